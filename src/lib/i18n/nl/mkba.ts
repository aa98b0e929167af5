/** Dutch UI text: the cost-benefit (MKBA) view. */
export const mkba = {
	mkba: {
		title: 'Maatschappelijke kosten-batenanalyse (MKBA)',
		toggle: 'Toon de MKBA: kosten en baten per partij, contant gemaakt',
		intro:
			'Naast de vermeden kosten: wat het project kost (subsidie, medefinanciers, eigen bijdrage, vrijwilligers) en wat het oplevert zonder prijskaartje (gezondheid, mantelzorg). Latere jaren tellen minder mee (disconteren). Overdrachten verschuiven geld tussen partijen en tellen niet mee in het maatschappelijk saldo.',
		discount: 'Disconteringsvoet (procent per jaar, reëel)',
		discountHint: 'De Nederlandse standaard is 2,25.',
		dropOff: 'Uitdoving van jaarlijkse effecten (procent per jaar)',
		qalys: 'Gewonnen QALY’s per jaar',
		qalyValue: 'Waarde van een QALY (euro)',
		careHours: 'Bespaarde mantelzorguren per jaar',
		careHourValue: 'Waarde van een mantelzorguur (euro)',
		volunteerHours: 'Vrijwilligersuren',
		volunteerHourValue: 'Waarde van een vrijwilligersuur (euro)',
		ownContribution: 'Eigen bijdrage van de organisatie (euro)',
		benefits: 'Baten (contante waarde)',
		costs: 'Kosten',
		npv: 'Netto contante waarde (NCW)',
		ratio: 'Maatschappelijke baten/kosten-verhouding',
		municipalityRatio: 'Financiële verhouding van de gemeente',
		municipalityRatioHint:
			'Wat de gemeente zelf aan kosten vermijdt (met overdrachten) per euro die zij betaalt.',
		noRatio: 'geen kosten ingevuld',
		perParty: 'Wie betaalt, wie wint',
		perPartyCaption:
			'Per partij: baten en kosten (contante waarde), saldo, verhoudingen en overdrachten. Een negatieve baat is een kost die de activiteit bij die partij veroorzaakt.',
		columns: {
			party: 'Partij',
			benefits: 'Baten',
			costs: 'Kosten',
			net: 'Saldo',
			ratio: 'Maatschappelijke verhouding',
			financialRatio: 'Financiële verhouding',
			transfers: 'Overdrachten'
		},
		parties: {
			Gemeente: 'Gemeente (subsidiegever en kostenhouder)',
			organisation: 'Eigen organisatie',
			volunteers: 'Vrijwilligers',
			residents: 'Bewoners (gezondheid)',
			carers: 'Mantelzorgers'
		} as Record<string, string>,
		none: '–'
	}
};
