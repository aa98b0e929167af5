/** Dutch UI text: the short summary (B1) to paste into a subsidy application. */
export const summary = {
	summaryText: {
		title: 'Samenvatting voor uw aanvraag',
		intro: 'Een korte tekst in gewone taal. Kopieer hem naar uw subsidieaanvraag.',
		copy: 'Kopieer de samenvatting',
		copied: 'De samenvatting is gekopieerd.',
		copyFailed: 'Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.',
		opening: (title: string, total: string, years: number) =>
			`${title || 'Deze activiteit'} voorkomt naar schatting ${total} aan maatschappelijke kosten in ${years === 1 ? '1 jaar' : `${years} jaar`}.`,
		subsidy: (subsidy: string, ratio: string | null) =>
			`Daar staat ${subsidy} subsidie per jaar tegenover.` +
			(ratio ? ` De vermeden kosten zijn ${ratio} van de subsidie.` : ''),
		defaultList: 'Maatschappelijke prijslijst',
		noSubsidy: 'Het subsidiebedrag is nog niet ingevuld.',
		band: (p10: string, p90: string) =>
			`In 8 van de 10 gevallen ligt de besparing tussen ${p10} en ${p90}.`,
		belowBand:
			'Onze schatting ligt daaronder, omdat we voorzichtig rekenen met het lage bedrag uit de prijslijst.',
		aboveBand:
			'Onze schatting ligt daarboven: de onzekerheid die we opgaven ligt vooral onder onze antwoorden.',
		noBand: 'Dit is één schatting: er is geen bandbreedte opgegeven.',
		restsOn: (count: number, list: string) =>
			`De schatting rust op ${count === 1 ? '1 kostenpost' : `${count} kostenposten`} met prijzen uit de ${list}.`,
		mainLine: (name: string, share: string) =>
			`De grootste post is ${name} (${share} van het totaal).`,
		careful: (safety: number) =>
			`We rekenen voorzichtig: met de kans dat hulp nodig is, wat de activiteit zelf bijdraagt en een veiligheidsmarge van ${safety}%.`,
		caveat: {
			withoutRationale: (count: number) =>
				`Let op: bij ${count === 1 ? '1 kostenpost' : `${count} kostenposten`} staat nog geen onderbouwing.`,
			gradeC: (share: string) =>
				`Let op: ${share} van het bedrag rust op prijzen met een zwakke bron (betrouwbaarheid C).`,
			dominantLine: (name: string, share: string) =>
				`Let op: één post, ${name}, is ${share} van het totaal. Klopt die niet, dan verandert de uitkomst veel.`,
			estimate:
				'Let op: dit zijn kosten die waarschijnlijk niet gemaakt hoeven te worden, geen geld dat terugkomt op een begroting.'
		}
	}
};
