/** Dutch UI text: comparing proposals, the portfolio and the comparison CSV. */
export const compare = {
	compare: {
		pageTitle: 'Voorstellen vergelijken',
		intro:
			'De gekozen voorstellen naast elkaar. Elk cijfer komt uit de berekening van het voorstel zelf; de aandachtspunten zeggen wat een beoordelaar zou moeten navragen.',
		priceLevel: (year: number) =>
			`Alle bedragen en subsidies zijn geïndexeerd naar prijspeil ${year} (CBS-consumentenprijsindex), zodat voorstellen met verschillende prijsjaren te vergelijken zijn. Bedragen in euro's kunnen daardoor hoger zijn dan op het resultaat van één voorstel; de subsidie groeit op dezelfde manier mee, zodat de verhouding niet door het prijspeil verschuift.`,
		csvPriceLevel: (year: number | null) =>
			year === null
				? 'Prijspeil: elk voorstel in zijn eigen prijspeil'
				: `Prijspeil: ${year} (bedragen en subsidies geïndexeerd met de CBS-consumentenprijsindex)`,
		loading: 'Voorstellen laden...',
		tooFew: 'Kies in Mijn voorstellen twee tot tien voorstellen om te vergelijken.',
		missing: (count: number) =>
			count === 1
				? 'Eén gekozen voorstel is niet (meer) in deze browser te vinden en ontbreekt hier.'
				: `${count} gekozen voorstellen zijn niet (meer) in deze browser te vinden en ontbreken hier.`,
		order: 'Volgorde',
		orders: {
			ratio: 'Verhouding tot de subsidie, hoog naar laag',
			total: 'Totaal vermeden kosten, hoog naar laag',
			subsidy: 'Subsidie, hoog naar laag',
			title: 'Naam'
		},
		tableCaption: 'Vergelijking van de gekozen voorstellen; elke kolom is één voorstel',
		figure: 'Cijfer',
		rows: {
			organisation: 'Organisatie',
			author: 'Opgesteld door',
			status: 'Status',
			verdict: 'Oordeel',
			remarks: 'Opmerkingen van de beoordelaar',
			subsidy: 'Subsidie (één jaar)',
			total: 'Totaal vermeden kosten over de looptijd',
			yearOne: 'Jaar 1',
			ratio: 'Verhouding tot de subsidie',
			net: 'Netto',
			municipality: 'Bij de gemeente',
			municipalityPerEuro: 'Bij de gemeente per euro subsidie',
			withoutRationale: 'Kostenposten zonder onderbouwing',
			prevention: 'Aandeel preventie',
			transfers: 'Waarvan overdrachten',
			intangible: 'Immateriële waarde (apart)',
			lines: 'Aantal kostenposten',
			flags: 'Aandachtspunten',
			realised: 'Gerealiseerd over de looptijd',
			realisedDifference: 'Verschil gerealiseerd met geschat'
		},
		notRealised: 'Nog geen realisatie',
		holder: (holder: string) => `Kostenhouder: ${holder}`,
		noFlags: 'Geen',
		flags: {
			customItems: (count: number) =>
				`${count} ${count === 1 ? 'eigen kostenpost' : 'eigen kostenposten'} (geen prijslijst)`,
			gradeC: (share: string) => `${share} rust op prijzen met betrouwbaarheid C`,
			customPercent: (count: number) =>
				`${count} ${count === 1 ? 'regel' : 'regels'} met een eigen percentage in plaats van de drie niveaus`,
			settingsChanged: (safety: number, years: number) =>
				`Afwijkende instellingen: veiligheidsmarge ${safety}%, ${years} herhalingsjaren`,
			dominantLine: (name: string, share: string) => `"${name}" levert ${share} van het totaal`,
			countAboveTargetGroup: (name: string) =>
				`"${name}" telt meer mensen dan de doelgroep groot is`,
			mixedYears: (years: string) => `Prijzen uit verschillende jaren (${years})`,
			ratioAboveReference: (ratio: string, reference: number) =>
				`Verhouding ${ratio} is meer dan tien keer de subsidie; het onderzoek naar dit werk in Helmond (Good2Consult / LEVgroep, 2020) vond ${reference}%`
		},
		chartTitle: 'Verhouding tot de subsidie tegen de subsidie, per voorstel',
		chartNote: 'Dezelfde cijfers staan in de tabel.',
		chartX: 'Subsidie (euro)',
		chartY: 'Verhouding (%)',
		portfolio: 'Portefeuille: de gekozen voorstellen samen',
		portfolioText: (total: string, subsidies: string) =>
			`Samen voorkomen de gekozen voorstellen naar schatting ${total} aan kosten, tegen ${subsidies} subsidie per jaar.`,
		municipality: (share: string, subsidies: string) =>
			`Daarvan komt ${share} bij de gemeente terecht (kostenhouders "Gemeente ..."), die ${subsidies} subsidie betaalt.`,
		realisation: (count: number, estimated: string, realised: string, difference: string) =>
			`${count === 1 ? 'Van één gekozen voorstel' : `Van ${count} gekozen voorstellen`} is de realisatie vastgelegd: geschat ${estimated}, gerealiseerd ${realised} (verschil ${difference}).`,
		perHolder: 'Per kostenhouder',
		perYear: 'Per jaar',
		csv: 'Download de vergelijking voor Excel (CSV)',
		xlsx: 'Download als Excel-werkmap (.xlsx)',
		print: 'Afdrukken',
		csvHeader: [
			'Voorstel',
			'Organisatie',
			'Opgesteld door',
			'Status',
			'Oordeel',
			'Reden van het oordeel',
			'Opmerkingen van de beoordelaar (aantal)',
			'Subsidie (EUR)',
			'Totaal over de looptijd (EUR)',
			'Jaar 1 (EUR)',
			'Verhouding tot de subsidie (%)',
			'Netto (EUR)',
			'Bij de gemeente (EUR)',
			'Bij de gemeente per euro subsidie (EUR)',
			'Preventie (EUR)',
			'Overdrachten (EUR)',
			'Immateriële waarde (EUR)',
			'Aantal kostenposten',
			'Kostenposten zonder onderbouwing',
			'Aandachtspunten',
			'Gerealiseerd over de looptijd (EUR)',
			'Verschil gerealiseerd met geschat (EUR)'
		],
		csvTotal: 'Totaal portefeuille',
		csvHolder: (holder: string) => `${holder} (EUR)`
	}
};
