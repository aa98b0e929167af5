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
	priceListPage: {
		title: 'Prijslijst',
		pageTitle: 'Prijslijst - Baatwijzer',
		loading: 'Prijslijst laden...',
		intro:
			'Elk bedrag heeft een bron, een prijsjaar en een betrouwbaarheid. Bedragen uit één uitgewerkte case zijn samengesteld: ze laten zien hoe de methode werkt, het zijn geen landelijke gemiddelden.',
		activeList: 'Actieve prijslijst',
		activeHint:
			'Nieuwe kostenposten in de wizard komen uit deze lijst. Bestaande voorstellen houden hun eigen bedragen.',
		removeList: 'Deze eigen prijslijst verwijderen',
		confirmRemove: (name: string) =>
			`Prijslijst "${name}" verwijderen? Uw voorstellen houden hun eigen bedragen; de lijst zelf kunt u alleen terugkrijgen door het bestand opnieuw te laden.`,
		confirmYes: 'Ja, verwijderen',
		search: 'Zoek',
		searchHint: 'Op naam, omschrijving of domein.',
		domain: 'Domein',
		costHolder: 'Kostenhouder',
		grade: 'Betrouwbaarheid',
		kind: 'Soort',
		all: 'Alle',
		sort: 'Volgorde',
		sortOptions: {
			list: 'Zoals in de lijst',
			amountUp: 'Bedrag, laag naar hoog',
			amountDown: 'Bedrag, hoog naar laag'
		},
		indexYear: 'Toon bedragen ook in prijspeil',
		indexNone: 'Alleen in hun eigen prijsjaar',
		indexed: (amount: string, year: number) => `${amount} in prijspeil ${year}`,
		notIndexed: {
			laterPriceYear: 'prijsjaar ligt na het gekozen jaar; niet geïndexeerd',
			noCpi: 'geen CPI-cijfer voor dit jaar; niet geïndexeerd'
		},
		cpiSource: (source: string, first: number, last: number) =>
			`Indexering met ${source}, ${first}–${last}.`,
		count: (shown: number, total: number) => `${shown} van ${total} kostenposten`,
		showMore: (next: number, rest: number) => `Toon ${next} meer (nog ${rest} niet getoond)`,
		load: {
			title: 'Eigen prijslijst laden',
			intro:
				'Laad de prijslijst van uw gemeente als CSV (dezelfde kolommen als de standaardlijst) of als Baatwijzer-JSON. U ziet eerst wat er verandert.',
			name: 'Naam van de lijst',
			version: 'Versie',
			file: 'Bestand (CSV of JSON)',
			preview: 'Wat verandert er ten opzichte van de actieve lijst?',
			added: (count: number) => `${count} nieuw`,
			changed: (count: number) => `${count} gewijzigd`,
			removed: (count: number) => `${count} niet meer in de lijst`,
			unchanged: (count: number) => `${count} gelijk`,
			changedLine: (name: string, before: string, after: string) =>
				`${name}: ${before} wordt ${after}`,
			save: 'Opslaan en gebruiken',
			cancel: 'Annuleren',
			saved: (name: string) => `Prijslijst "${name}" is opgeslagen en in gebruik.`,
			needName: 'Geef de lijst een naam en een versie.',
			problemTitle: 'Deze prijslijst is niet geladen',
			nothingChanged: 'Er is niets gewijzigd.',
			reasons: {
				empty: 'Het bestand is leeg.',
				noItems:
					'Het bestand bevat geen kostenposten, alleen een kopregel. Zet onder de kopregel één regel per kostenpost en laad het opnieuw.',
				unreadable: 'Het bestand is geen leesbaar JSON-bestand.',
				tooLarge: 'Het bestand is groter dan 10 MB.',
				tooManyItems: 'De lijst heeft meer dan 5.000 kostenposten; splits hem op.',
				otherFormat: 'Dit JSON-bestand is geen Baatwijzer-prijslijst.',
				json: 'Dit is geen geldige Baatwijzer-prijslijst:',
				csv: 'De CSV bevat fouten:'
			},
			csvProblem: (line: number | null, column: string, problem: string) =>
				line === null
					? `Kolom "${column}": ${problem}`
					: `Regel ${line}, kolom "${column}": ${problem}`,
			csvCodes: {
				missingColumn: () => 'deze kolom ontbreekt',
				required: () => 'is leeg',
				notAnAmount: (value: string) =>
					`"${value}" is geen bedrag (gebruik een punt voor decimalen, bijvoorbeeld 1250.50)`,
				notAYear: (value: string) => `"${value}" is geen jaartal`,
				unknownHolder: (value: string) => `"${value}" is geen bekende kostenhouder`,
				unknownValue: (value: string) => `"${value}" is geen toegestane waarde`,
				splitNotSummed: () => 'de verdeling telt niet op tot het bedrag',
				badSplit: () => 'de verdeling is onleesbaar (schrijf houder=bedrag|houder=bedrag)',
				duplicateId: (value: string) => `id "${value}" komt twee keer voor`,
				noSource: () => 'een bron of een notitie waarom er geen bron is ontbreekt',
				tooLarge: (value: string) => `"${value}" is te groot (hoogstens 1.000.000.000 euro)`,
				tooLong: () => 'de tekst is te lang',
				duplicateHolder: () => 'de verdeling noemt een kostenhouder twee keer',
				lowAboveAmount: () => 'het lage bedrag is hoger dan het bedrag',
				highBelowAmount: () => 'het hoge bedrag is lager dan het bedrag',
				invalid: (value: string) => `"${value}" is ongeldig`
			},
			reading: 'Het bestand wordt gelezen…',
			encodingNote:
				'Het bestand was niet als UTF-8 opgeslagen; het is gelezen als Windows-1252 (zoals Excel op Windows opslaat). Controleer de namen met accenten in het voorbeeld hieronder.',
			saveFailed:
				'De prijslijst is niet opgeslagen: de browser kon niets bewaren (is de schijf vol?). Er is niets gewijzigd.'
		}
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
