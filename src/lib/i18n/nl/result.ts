/** Dutch UI text. The result page and the report (loaded with them only: i18n/result-text.ts). */
export const result = {
	report: {
		pageTitle: (title: string) => `Rapport: ${title}`,
		kind: 'Baatwijzer – schatting van vermeden maatschappelijke kosten',
		meta: 'Gegevens van het voorstel',
		author: 'Opgesteld door',
		date: 'Datum van dit rapport',
		updated: 'Laatst gewijzigd',
		status: 'Status',
		verdict: 'Oordeel van de beoordelaar',
		texts: 'Het voorstel',
		method: 'Methode en instellingen',
		methodText:
			'Gewogen minimale besparing: kans (A) × bijdrage (B) × kosten uit de maatschappelijke prijslijst (C) × aantal. Eenmalige besparingen tellen één keer, jaarlijkse ook in de herhalingsjaren; over het totaal geldt de veiligheidsmarge.',
		safety: 'Veiligheidsmarge',
		repeatYears: 'Herhalingsjaren',
		priceLevel: 'Prijspeil',
		ownYears: 'elk bedrag in zijn eigen prijsjaar',
		priceList: 'Prijslijst',
		remarks: 'Opmerkingen van de beoordelaar',
		noRemarks: 'Geen opmerkingen.',
		print: 'Afdrukken of als pdf bewaren',
		back: 'Terug naar het resultaat'
	},
	result: {
		nextReport: 'Rapport voor het raadsdossier (A4, ook als pdf)',
		nextArena: 'MKBA-Arena van dit voorstel',
		nextRealisation: 'Realisatie: wat is er werkelijk gebeurd?',
		byline: (organisation: string, unit: string) =>
			[organisation, unit].filter((part) => part.trim() !== '').join(' – '),
		incompleteTitle: 'Deze schatting is nog niet compleet',
		incomplete: {
			noLines: 'Er zijn nog geen vermeden kosten gekozen.',
			unanswered:
				'Bij een of meer regels ontbreekt het aantal, de kans of de bijdrage; die regels tellen nog niet mee.',
			zeroPeople: 'Een of meer regels gelden voor 0 personen en besparen dus niets.',
			noSubsidy: 'De gevraagde subsidie is niet ingevuld, dus er is geen verhouding te berekenen.',
			zeroSubsidy: 'De subsidie is 0 euro, dus er is geen verhouding te berekenen.'
		} as Record<string, string>,
		nextTitle: 'Wat nu?',
		nextPrint: 'Afdrukken of als pdf bewaren (voor bij uw subsidieaanvraag)',
		nextSteps:
			'Exporteer het voorstel als bestand om het naar de gemeente te sturen of elders verder te werken; de gemeente opent het in Baatwijzer en ziet dezelfde cijfers, bronnen en onderbouwing. De Excel-versie is voor wie zelf wil rekenen.',
		horizon: (years: number) =>
			years === 1
				? 'De kosten tellen in 1 jaar: het activiteitsjaar.'
				: `De kosten tellen over ${years} jaar: het activiteitsjaar en ${years === 2 ? '1 herhalingsjaar' : `${years - 1} herhalingsjaren`}.`,
		total: 'Totaal vermeden kosten',
		subsidy: 'Subsidie (één jaar)',
		ratio: 'Vermeden kosten als percentage van de subsidie',
		net: 'Netto (vermeden kosten min subsidie)',
		perYear: 'Per jaar',
		yearColumn: 'Jaar',
		perYearSuffix: 'per jaar',
		oneOffSuffix: 'eenmalig',
		transfersPart: (amount: string) => `Waarvan overdrachten: ${amount}.`,
		year: (n: number) => (n === 1 ? 'Jaar 1 (activiteitsjaar)' : `Jaar ${n} (herhaling)`),
		perHolder: 'Per kostenhouder',
		perHolderChart:
			'Vermeden kosten per kostenhouder (staafdiagram; dezelfde cijfers staan in de tabel)',
		holder: 'Kostenhouder',
		amount: 'Bedrag',
		breakEven: 'Quitte spelen',
		breakEvenText: (people: string, size: string) =>
			`Bij gelijke verhoudingen moet de activiteit minstens ${people} personen bereiken om de subsidie terug te verdienen (de doelgroep is nu ${size}).`,
		breakEvenNoSize:
			'Vul de grootte van de doelgroep in om te zien hoeveel mensen de activiteit moet bereiken om quitte te spelen.',
		breakEvenNever: 'Zonder vermeden kosten speelt de activiteit nooit quitte.',
		matrix: 'Preventie of interventie',
		matrixIntro:
			'Vermeden kosten naar kans (rijen) en bijdrage (kolommen). De rij "Misschien" is preventie; "Waarschijnlijk" en "Zeker" zijn interventie.',
		preventionSplit: (
			prevention: string,
			preventionShare: string,
			intervention: string,
			interventionShare: string
		) =>
			`Preventie: ${prevention} (${preventionShare}). Interventie: ${intervention} (${interventionShare}).`,
		matrixCaption: 'Vermeden kosten over de looptijd naar kans (A) en bijdrage (B)',
		lines: 'Per kostenpost',
		formula: 'Berekening',
		indexedAmount: (original: string, year: number | null, indexed: string, to: number) =>
			`${original} (prijsjaar ${year ?? '?'}) geïndexeerd naar ${indexed} (prijspeil ${to})`,
		priceLevel: (year: number) =>
			`Bedragen en subsidie zijn geïndexeerd naar prijspeil ${year} (CBS-consumentenprijsindex).`,
		subsidyYear: (
			year: number,
			level: number | null,
			basis: 'given' | 'period' | 'lines' | 'created'
		) =>
			`De subsidie is gevraagd in prijzen van ${year}${
				{
					given: '',
					period: ' (aangenomen: het eerste jaar van de periode)',
					lines: ' (aangenomen: het prijsjaar van de regels)',
					created: ' (aangenomen: het jaar waarin het voorstel is gemaakt)'
				}[basis]
			}${level !== null && level !== year ? ` en telt hier in prijzen van ${level}` : ''}.`,
		subsidyNotIndexed: {
			laterPriceYear:
				'Let op: de subsidie is gevraagd in een later jaar dan het prijspeil en blijft in haar eigen jaar (er wordt niet terug gerekend).',
			noCpi:
				'Let op: de subsidie kon niet worden geïndexeerd: voor een jaar ontbreken CBS-cijfers. Zij blijft in haar eigen jaar.'
		},
		overHorizon: 'Over de looptijd, na veiligheidsmarge',
		transfer: 'overdracht',
		extraCost: 'extra kosten: telt af van de besparing',
		extraCostsPart: (avoided: string, extra: string) =>
			`Het totaal is netto: ${avoided} aan vermeden kosten, min ${extra} aan extra kosten die de activiteit veroorzaakt.`,
		overlapped: 'telt één keer: overlapt',
		overlapNote: (name: string) =>
			`Deze regel voorkomt dezelfde hulp voor dezelfde mensen als "${name}". De overlap telt één keer: alleen de regel die het meest bespaart telt mee in het totaal.`,
		overlapNotice: (count: number) =>
			`${count === 1 ? 'Eén regel overlapt' : `${count} regels overlappen`} met een andere regel voor dezelfde mensen en ${count === 1 ? 'telt' : 'tellen'} niet nog eens mee: de overlap telt één keer.`,
		countMissing: 'aantal nog niet ingevuld',
		horizonFormula: (perYear: string, safety: number, years: number, total: string) =>
			`× ${safety}% veiligheid × ${years} ${years === 1 ? 'jaar' : 'jaar'} = ${total} over de looptijd`,
		oneOffFormula: (safety: number, total: string) =>
			`× ${safety}% veiligheid, eenmalig = ${total} over de looptijd`,
		source: 'Bron',
		grade: 'Betrouwbaarheid',
		gradeNames: {
			A: 'A (officieel tarief of wet)',
			B: 'B (gepubliceerd onderzoek of prijslijst)',
			C: 'C (enkel voorbeeld of zwakke bron)'
		} as Record<string, string>,
		noSource: 'geen bron bekend',
		intangible: 'immateriële waarde, niet in het totaal',
		intangiblePart: (amount: string) =>
			`Immateriële waarde (bijvoorbeeld QALY's of mantelzorguren), apart gehouden: ${amount} over de looptijd.`,
		intangibleNote:
			'Dit is geen vermeden kostenpost: het telt niet mee in het totaal, de verhouding tot de subsidie, de kostenhouders of de tabel preventie/interventie.',
		transfersNote:
			'Regels gemarkeerd als overdracht besparen het budget van de kostenhouder, maar zijn geen winst voor de samenleving als geheel.',
		settingsChanged: (safety: number, years: number) =>
			`Let op: afwijkende rekeninstellingen (veiligheidsmarge ${safety}%, ${years} herhalingsjaren).`,
		noLines: 'Er zijn nog geen kostenposten met kans en bijdrage.'
	}
};
