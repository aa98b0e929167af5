/** Dutch UI text. Choosing costs: the price list in the wizard and on its own page, custom items. */
export const costs = {
	costs: {
		intro:
			'Zoek in de maatschappelijke prijslijst de hulp of voorziening die zonder de activiteit nodig zou zijn. Voeg voor elke soort vermeden kosten een regel toe.',
		search: 'Zoek in de prijslijst',
		resultsList: 'Zoekresultaten',
		searchHint:
			'Zoek op naam, omschrijving of domein, bijvoorbeeld "schuld", "jeugd" of "verpleeghuis".',
		results: (count: number) =>
			count === 1 ? '1 kostenpost gevonden' : `${count} kostenposten gevonden`,
		noResults: 'Niets gevonden. Probeer een ander woord.',
		add: 'Voeg toe',
		addNamed: (name: string) => `Voeg toe: ${name}`,
		added: (name: string) => `"${name}" is toegevoegd.`,
		chosen: 'Gekozen kostenposten',
		noneChosen: 'Nog geen kostenposten gekozen.',
		remove: 'Verwijder',
		removeNamed: (name: string) => `Verwijder "${name}"`,
		removed: (name: string) => `"${name}" is verwijderd.`,
		duplicate: 'Dupliceer',
		duplicateNamed: (name: string) => `Dupliceer "${name}"`,
		copyName: (name: string) => `${name} (2)`,
		amount: 'Bedrag',
		priceYear: 'Prijsjaar',
		costHolder: 'Kostenhouder',
		source: 'Bron',
		grade: 'Betrouwbaarheid',
		domain: 'Domein',
		kind: 'Soort',
		note: 'Let op',
		range: 'Bandbreedte',
		split: 'Verdeling over kostenhouders',
		noSource: 'Geen bron',
		browse: 'Of kies een domein',
		allDomains: 'Alle domeinen',
		ownItems: 'Eigen posten',
		domainButton: (domain: string, count: number) => `${domain} (${count})`,
		startHint: 'Typ een zoekwoord of kies een domein om kostenposten te zien.',
		details: 'Details en bron',
		detailsOf: (name: string) => `van ${name}`,
		gradeShort: (grade: string) => `betrouwbaarheid ${grade}`,
		showMore: (next: number, rest: number) => `Toon ${next} meer (nog ${rest})`
	},
	lineSettings: {
		open: 'Aanpassen: naam, kostenhouder, verdeling',
		name: 'Naam van deze regel',
		nameHint:
			'Geef een gedupliceerde regel een eigen naam, bijvoorbeeld "Huisuitzetting – gezinnen".',
		range: 'Welk bedrag uit de bandbreedte?',
		rangeHint:
			'De methode rekent een minimale besparing: het lage bedrag is de voorzichtige keuze. Kies het midden of hoog alleen met een reden in de onderbouwing.',
		rangeChoices: { low: 'Laag (voorzichtig)', central: 'Midden', high: 'Hoog' },
		costHolder: 'Kostenhouder van deze regel',
		split: 'Verdelen over meer kostenhouders',
		splitHint:
			'Valt de kostenpost op meer partijen (een huisuitzetting bijvoorbeeld op de woningcorporatie, de gemeente en de opvang)? Geef het deel van elke andere partij; de kostenhouder hierboven houdt de rest.',
		partHolder: (position: number) => `Kostenhouder ${position}`,
		partAmount: (holder: string) => `Deel van ${holder} (euro)`,
		removePart: (holder: string) => `${holder} uit de verdeling halen`,
		rest: (holder: string, amount: string) => `${holder} houdt de rest: ${amount}`,
		addPart: 'Kostenhouder toevoegen'
	},
	customItem: {
		open: 'Staat de kostenpost er niet bij? Voeg een eigen kostenpost toe',
		intro:
			'Een eigen kostenpost heeft een bron nodig, of een uitleg waarom er geen bron is. Hij wordt overal gemarkeerd als eigen post.',
		fields: {
			name: 'Naam van de kostenpost',
			description: 'Omschrijving',
			unit: 'Eenheid',
			amount: 'Bedrag (euro)',
			priceYear: 'Prijsjaar',
			costHolder: 'Kostenhouder',
			recurrence: 'Eenmalig of jaarlijks?',
			kind: 'Soort',
			direction: 'Wat doet de activiteit met deze kosten?',
			sourceTitle: 'Bron (uitgever en titel)',
			sourceYear: 'Jaar van de bron',
			sourceLink: 'Link naar de bron',
			noSourceReason: 'Geen bron? Leg uit waarom niet'
		},
		hints: {
			unit: 'Bijvoorbeeld "per persoon per jaar" of "per traject".',
			amount: 'Bijvoorbeeld 1.250 of 85,50.',
			priceYear: 'Het jaar waarin het bedrag geldt, bijvoorbeeld 2025.',
			sourceTitle: 'Waar komt het bedrag vandaan?',
			noSourceReason: 'Bijvoorbeeld: eigen registratie, niet gepubliceerd.'
		},
		errors: {
			required: (label: string) => `${label} is nog niet ingevuld`,
			euros: (label: string) =>
				`${label} moet een bedrag in euro zijn, bijvoorbeeld 1.250 of 85,50`,
			year: (label: string) =>
				`${label} moet een jaartal tussen 1900 en 2200 zijn, bijvoorbeeld 2025`,
			tooLarge: (label: string) => `${label} is te groot (hoogstens 1.000.000.000 euro)`,
			tooLong: (label: string) => `${label} is te lang`,
			sourceOrReason: () => 'Vul een bron in, of leg uit waarom er geen bron is'
		},
		directions: {
			avoided: 'Ze worden vermeden (een besparing)',
			caused: 'Ze ontstaan extra door de activiteit (bijvoorbeeld extra zorg)'
		},
		keep: 'Ook bewaren bij mijn eigen kostenposten, voor volgende voorstellen',
		add: 'Eigen kostenpost toevoegen',
		added: (name: string) => `Eigen kostenpost "${name}" is toegevoegd.`,
		tag: 'eigen post'
	},
	priceUpdates: {
		title: 'Nieuwere prijzen beschikbaar',
		intro: (list: string) =>
			`De prijslijst "${list}" heeft andere bedragen dan dit voorstel. Uw voorstel houdt zijn eigen bedragen tot u ze bijwerkt.`,
		line: (name: string, before: string, after: string) => `${name}: ${before} wordt ${after}`,
		apply: 'Prijzen bijwerken'
	},
	priceListInfo: {
		using: (name: string, version: string) => `Prijslijst: ${name} (versie ${version})`,
		change: 'Andere prijslijst kiezen'
	}
};
