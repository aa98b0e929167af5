/** Dutch UI text: how sure an estimate is (ranges, simulation, sensitivity, what-if). */
export const uncertainty = {
	uncertainty: {
		title: 'Hoe zeker is deze schatting?',
		intro:
			'De uitkomst van de methode hierboven blijft het antwoord. Geef per regel aan hoe onzeker het aantal, de kans en de bijdrage zijn; de app trekt dan 10.000 keer een mogelijke uitkomst en laat de bandbreedte zien.',
		rangesCaption: 'Bandbreedte per regel',
		columns: {
			line: 'Regel',
			persons: 'Aantal: laag en hoog',
			chance: 'Kans (A): tussen',
			contribution: 'Bijdrage (B): tussen',
			price: 'Bedrag: laag tot hoog'
		},
		lowShort: 'Laagste aantal',
		highShort: 'Hoogste aantal',
		forLine: (name: string) => `voor ${name}`,
		personsLow: (name: string) => `Laagste aantal voor ${name}`,
		personsHigh: (name: string) => `Hoogste aantal voor ${name}`,
		chanceLow: (name: string) => `Kans (A) laag voor ${name}`,
		chanceHigh: (name: string) => `Kans (A) hoog voor ${name}`,
		contributionLow: (name: string) => `Bijdrage (B) laag voor ${name}`,
		contributionHigh: (name: string) => `Bijdrage (B) hoog voor ${name}`,
		sure: 'geen bandbreedte',
		overlapColumn: 'Overlapt met (dubbeltelling)',
		overlapOf: (name: string) => `Overlapt met, voor ${name}`,
		noOverlap: 'geen overlap',
		noPriceRange: 'geen bandbreedte',
		band: (p10: string, p90: string) =>
			`In 8 van de 10 gevallen ligt de besparing tussen ${p10} en ${p90} (P10 tot P90).`,
		belowBandCautious: (total: string, lines: readonly string[]) =>
			`De schatting hierboven (${total}) ligt onder deze bandbreedte. Dat is zo bedoeld: bij ${lines.join(', ')} rekent u met het lage bedrag uit de prijslijst, de voorzichtige keuze van de methode. De simulatie trekt het bedrag ergens tussen laag en hoog.`,
		belowBand: (total: string) =>
			`De schatting hierboven (${total}) ligt onder deze bandbreedte: de bandbreedtes die u gaf liggen vooral boven uw antwoorden. De methode rekent met uw antwoorden.`,
		aboveBand: (total: string) =>
			`De schatting hierboven (${total}) ligt boven deze bandbreedte: de bandbreedtes die u gaf liggen vooral onder uw antwoorden, bijvoorbeeld een lagere kans of minder mensen. De methode rekent met uw antwoorden; de bandbreedte laat zien hoeveel lager het kan uitvallen.`,
		median: (p50: string) =>
			`De middelste uitkomst (P50) is ${p50}: de helft van de uitkomsten ligt lager, de helft hoger.`,
		aboveSubsidy: (percent: string) =>
			`Kans dat de vermeden kosten hoger zijn dan de subsidie: ${percent}`,
		ratioBand: (p10: string, p90: string) =>
			`Vermeden kosten als percentage van de subsidie: in 8 van de 10 gevallen tussen ${p10} en ${p90}`,
		ratioOne: (ratio: string) =>
			`Vermeden kosten als percentage van de subsidie: ongeveer ${ratio}, in bijna alle uitkomsten`,
		noRanges:
			'Nog geen bandbreedte: alle regels zijn een puntschatting. Vul hieronder een laag en hoog aantal in, of kies een kans of bijdrage tussen twee niveaus.',
		computing: 'Bezig met rekenen...',
		histogram: 'Verdeling van 10.000 mogelijke uitkomsten',
		histogramLabel: (p10: string, p90: string, subsidy: string | null) =>
			`Histogram van de mogelijke vermeden kosten; 80% ligt tussen ${p10} en ${p90}` +
			(subsidy ? `; de subsidie (${subsidy}) is gemarkeerd` : ''),
		subsidyMark: 'subsidie',
		tornado: 'Welke aanname beslist?',
		tornadoIntro:
			'Hoe ver het totaal verschuift als één aanname van laag naar hoog gaat, de rest gelijk. Bovenaan de aanname die het meest uitmaakt.',
		inputs: {
			persons: 'aantal',
			amountCents: 'bedrag',
			chancePercent: 'kans (A)',
			contributionPercent: 'bijdrage (B)'
		},
		tornadoRow: (name: string, input: string, low: string, high: string) =>
			`${name}, ${input}: ${low} tot ${high}`,
		switching: (name: string, persons: string) =>
			`Het totaal is gelijk aan de subsidie als ${name} ${persons} mensen bereikt (de rest gelijk).`,
		whatIf: 'Wat als?',
		whatIfIntro:
			'Probeer een andere veiligheidsmarge of een ander aantal herhalingsjaren. Dit verandert het voorstel niet.',
		safety: 'Veiligheidsmarge',
		repeatYears: 'Herhalingsjaren',
		whatIfTotal: (total: string) => `Totaal met deze keuzes: ${total}`
	}
};
