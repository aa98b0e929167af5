/** Dutch UI text. The column names of the CSV export (and the workbook's). */
export const csv = {
	csv: {
		lineHeader: [
			'Regel',
			'Kostenpost',
			'Prijslijst-id',
			'Soort',
			'Kostenhouder',
			'Bedrag (EUR)',
			'Eenheid',
			'Prijsjaar (prijspeil)',
			'Aantal personen',
			'Kans A (%)',
			'Bijdrage B (%)',
			'Herhaling',
			'Per jaar, voor veiligheidsmarge (EUR)',
			'Over de looptijd, na veiligheidsmarge (EUR)',
			'Onderbouwing',
			'Bron',
			'Betrouwbaarheid (A/B/C)'
		],
		holderHeader: ['Kostenhouder', 'Over de looptijd (EUR)'],
		yearHeader: ['Jaar', 'Vermeden kosten (EUR)'],
		year: (n: number) => (n === 1 ? 'Jaar 1 (activiteitsjaar)' : `Jaar ${n} (herhaling)`),
		total: 'Totaal vermeden kosten (EUR)',
		subsidy: 'Subsidie (EUR)',
		ratio: 'Vermeden kosten als percentage van de subsidie (%)',
		net: 'Netto (EUR)',
		safety: 'Veiligheidsmarge (%)',
		repeatYears: 'Herhalingsjaren',
		unanswered: 'niet ingevuld',
		custom: 'eigen post'
	}
};
