/** Dutch words inside the Excel workbooks (sheet names and headers), loaded when a file is made. */
export const workbook = {
	summarySheet: 'Samenvatting',
	linesSheet: 'Kostenposten',
	proposalsSheet: 'Voorstellen',
	holderLineHeader: ['Kostenpost', 'Herhaling', 'Over de looptijd (EUR)'],
	holderProposalHeader: ['Voorstel', 'Over de looptijd (EUR)'],
	holderTotal: 'Totaal',
	portfolioTotal: 'Totaal vermeden kosten, samen (EUR)',
	subsidies: 'Subsidie per jaar, samen (EUR)'
};
