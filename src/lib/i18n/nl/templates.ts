/** Dutch UI text: starting an estimate from a worked example (voorbeeld). */
export const templates = {
	templates: {
		pageTitle: 'Begin met een voorbeeld - Baatwijzer',
		title: 'Begin met een voorbeeld',
		intro:
			'Kies een voorbeeld dat lijkt op uw activiteit. Alle kostenposten, aantallen, kansen en bijdragen zijn al ingevuld, met de redenering erbij. U past daarna aan wat voor uw situatie anders is.',
		scratch: 'Liever zelf beginnen? Start een lege schatting.',
		listTitle: (name: string) => `Voorbeelden: ${name}`,
		lines: (count: number) => (count === 1 ? '1 kostenpost' : `${count} kostenposten`),
		estimate: (total: string, years: number) =>
			`Schatting: ${total} aan vermeden kosten over ${years} jaar`,
		subsidy: (subsidy: string) => `tegen ${subsidy} subsidie`,
		noSubsidy: 'nog zonder subsidie',
		basis: (basis: string) => `Bron: ${basis}`,
		use: 'Begin met dit voorbeeld',
		/** The button's accessible name starts with its visible text (WCAG 2.5.3). */
		useNamed: (name: string) => `Begin met dit voorbeeld: ${name}`,
		creating: 'Het voorstel wordt gemaakt...',
		loading: 'Voorbeelden laden...',
		ownTitle: 'Eigen voorbeelden laden',
		ownHint:
			'Heeft uw organisatie een eigen set voorbeelden (een Baatwijzer-bestand met voorbeelden)? Kies het bestand; het wordt eerst helemaal gecontroleerd.',
		ownLabel: 'Bestand met voorbeelden',
		ownLoaded: (name: string, count: number) =>
			`${count === 1 ? '1 voorbeeld' : `${count} voorbeelden`} uit "${name}" staan bovenaan deze pagina.`,
		ownKept: 'Ze blijven in deze browser bewaard tot u ze verwijdert of een ander bestand kiest.',
		ownNotKept:
			'Deze browser bewaart ze niet: na het sluiten van de pagina moet u het bestand opnieuw kiezen.',
		ownForget: 'Eigen voorbeelden verwijderen',
		ownKeptBroken: (name: string) =>
			`De bewaarde voorbeelden uit "${name}" kunnen niet meer worden gelezen en worden niet aangeboden. Kies het bestand opnieuw, of verwijder ze.`,
		ownProblemTitle: 'Dit bestand kan niet worden geladen',
		otherFormat:
			'Dit is geen Baatwijzer-bestand met voorbeelden. Kies een bestand dat met "baatwijzer-voorbeelden" begint.',
		notice: (name: string) =>
			`Dit voorstel is gemaakt vanuit het voorbeeld "${name}". Controleer elke kostenpost: pas de titel, de aantallen en de subsidie aan uw eigen situatie aan met "Wijzigen".`
	}
};
