/** Dutch UI text. Every string the user sees lives here (English follows in en.ts). */
export const nl = {
	app: {
		name: 'Baatwijzer',
		tagline:
			'Schat vooraf welke maatschappelijke kosten een nieuw preventief initiatief in het sociaal domein voorkomt, en zet ze af tegen de subsidie.',
		skipToContent: 'Naar de inhoud',
		mainNav: 'Hoofdmenu',
		privacy: 'Alles wat u invult blijft in deze browser. Er wordt niets verstuurd.'
	},
	home: {
		title: 'Baatwijzer: vermeden kosten van uw initiatief',
		start: 'Start een nieuwe schatting',
		myDrafts: 'Mijn voorstellen',
		howItWorks: 'Zo werkt het',
		steps: [
			'Beschrijf de activiteit en de subsidie die u vraagt.',
			'Kies uit de maatschappelijke prijslijst welke kosten de activiteit voorkomt.',
			'Schat per kostenpost de kans (A) en de bijdrage van de activiteit (B).',
			'Geef aan voor hoeveel mensen het geldt en of de besparing eenmalig of jaarlijks is.',
			'Bekijk het resultaat per kostenhouder, naast de subsidie.'
		],
		method:
			'De methode is de gewogen minimale besparing: kans x bijdrage x kosten x aantal personen, met een veiligheidsmarge van 90% en twee herhalingsjaren voor jaarlijkse besparingen.'
	},
	nav: {
		label: 'Hoofdmenu',
		home: 'Start',
		drafts: 'Mijn voorstellen',
		priceList: 'Prijslijst'
	},
	levels: {
		maybe: 'Misschien',
		likely: 'Waarschijnlijk',
		certain: 'Zeker'
	},
	recurrence: {
		oneOff: 'Eenmalig',
		yearly: 'Jaarlijks'
	},
	kinds: {
		cost: 'Kosten',
		transfer: 'Overdracht',
		intangible: 'Immaterieel'
	},
	kindExplained: {
		cost: 'Echte kosten die worden voorkomen.',
		transfer:
			'Overdracht (bijvoorbeeld een uitkering): een besparing voor de kostenhouder, maar geen winst voor de samenleving als geheel.',
		intangible: 'Immateriële baat (zoals een gezond levensjaar): geen besparing op een budget.'
	},
	grades: {
		A: 'A: officiële referentieprijs of wettelijk bedrag',
		B: 'B: gepubliceerd onderzoek of prijslijst',
		C: 'C: enkel voorbeeld of zwakke bron'
	},
	status: {
		draft: 'Concept',
		submitted: 'Ingediend',
		reviewed: 'Beoordeeld'
	},
	fields: {
		title: 'Naam van de activiteit',
		organisation: 'Organisatie',
		orgUnit: 'Onderdeel',
		neighbourhoods: 'Wijken',
		targetGroup: 'Doelgroep',
		targetGroupSize: 'Grootte van de doelgroep',
		description: 'Beschrijving van de activiteit',
		problemAndGoal: 'Probleem en doel',
		referenceSituation: 'Wat gebeurt er zonder de activiteit? (nulalternatief)',
		lifeDomains: 'Leefdomeinen',
		period: 'Looptijd',
		periodStart: 'Startdatum',
		periodEnd: 'Einddatum',
		subsidy: 'Gevraagde subsidie per jaar (euro)',
		lines: 'Vermeden kosten',
		chance: 'Kans (A)',
		contribution: 'Bijdrage (B)',
		countKind: 'Hoe wilt u het aantal opgeven?',
		persons: 'Aantal personen',
		groupSize: 'Grootte van de groep',
		sharePercent: 'Aandeel voor wie deze kosten spelen (%)',
		recurrence: 'Eenmalig of jaarlijks?',
		justification: 'Korte onderbouwing',
		safetyPercent: 'Veiligheidsmarge (%)',
		repeatYears: 'Herhalingsjaren'
	},
	hints: {
		title: 'Een korte naam, bijvoorbeeld "Maatjes voor ouderen in Brouwhuis".',
		organisation: 'De organisatie die de activiteit uitvoert.',
		orgUnit: 'Het onderdeel dat de activiteit uitvoert.',
		neighbourhoods: 'Kies een of meer wijken.',
		targetGroup:
			'Voor wie is de activiteit? Bijvoorbeeld "alleenwonende ouderen met een kleine kring".',
		targetGroupSize: 'Hoeveel mensen bereikt de activiteit in een jaar? Een heel getal.',
		description: 'Wat gaat u doen, hoe vaak en met wie?',
		problemAndGoal: 'Welk probleem pakt u aan, en wat wilt u bereiken?',
		referenceSituation:
			'Beschrijf wat er met deze mensen gebeurt als de activiteit er niet komt. Daartegen worden de vermeden kosten afgezet.',
		lifeDomains: 'Aan welke doelen uit het beleidskader draagt de activiteit bij?',
		period: 'Wanneer loopt de activiteit? Laat leeg als dat nog niet vaststaat.',
		subsidy:
			'De subsidie voor één jaar activiteit, in euro. Bijvoorbeeld 48.500 of 48.500,50. Het resultaat zet de vermeden kosten hiertegen af.',
		persons: 'Voor hoeveel mensen (of gevallen, huishoudens) speelt deze kostenpost per jaar?',
		groupSize: 'Hoe groot is de groep waar het om gaat?',
		sharePercent:
			'Voor welk deel van die groep staan deze kosten echt op het spel? Een heel percentage.',
		justification:
			'Waarom deze antwoorden? Eén of twee zinnen zijn genoeg. Beleidsmedewerkers lezen dit mee.',
		safetyPercent:
			'Het totaal wordt voor de zekerheid met dit percentage vermenigvuldigd. Standaard 90%.',
		repeatYears:
			'Jaarlijkse besparingen tellen ook in zoveel jaren na het activiteitsjaar mee. Standaard 2.'
	},
	errors: {
		summaryTitle: 'Er is een probleem',
		required: (label: string) => `${label} is nog niet ingevuld`,
		noLines: () => 'Voeg minstens één vermeden kostenpost toe',
		chooseLevel: (label: string) => `Kies een antwoord bij ${label}`,
		wholeNumber: (label: string) => `${label} moet een heel getal van 0 of meer zijn`,
		euros: (label: string) =>
			`${label} moet een bedrag in euro zijn, bijvoorbeeld 12.500 of 12.500,50`,
		percent: (label: string) => `${label} moet een heel percentage van 0 tot en met 100 zijn`,
		repeatYears: (label: string) => `${label} moet een heel getal van 0 tot en met 10 zijn`,
		endBeforeStart: () => 'Einddatum moet op of na de startdatum liggen',
		linePrefix: (position: number, name: string) => `Regel ${position} (${name}): `,
		incompleteStep: (step: string) => `Stap "${step}" is nog niet compleet.`,
		goToStep: 'Ga naar die stap'
	},
	wizard: {
		stepOf: (current: number, total: number) => `Stap ${current} van ${total}`,
		progress: 'Voortgang',
		steps: {
			initiative: 'Initiatief',
			costs: 'Vermeden kosten',
			chanceContribution: 'Kans en bijdrage',
			reach: 'Doelgroep en herhaling',
			review: 'Controleren',
			result: 'Resultaat'
		},
		headings: {
			initiative: 'Welke activiteit stelt u voor?',
			costs: 'Welke kosten voorkomt de activiteit?',
			chanceContribution: 'Hoe groot is de kans, en hoeveel doet de activiteit zelf?',
			reach: 'Voor hoeveel mensen, en hoe lang?',
			review: 'Controleer uw antwoorden',
			result: 'Resultaat: vermeden kosten'
		},
		next: 'Volgende',
		previous: 'Vorige',
		toReview: 'Naar controleren',
		toResult: 'Bekijk het resultaat',
		change: 'Wijzigen',
		untitled: 'Nieuw voorstel',
		notFound: 'Dit voorstel is niet gevonden in deze browser.',
		loading: 'Voorstel laden...',
		backHome: 'Terug naar de start'
	},
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
		addNamed: (name: string) => `Voeg "${name}" toe`,
		added: (name: string) => `"${name}" is toegevoegd.`,
		chosen: 'Gekozen kostenposten',
		noneChosen: 'Nog geen kostenposten gekozen.',
		remove: 'Verwijder',
		removeNamed: (name: string) => `Verwijder "${name}"`,
		removed: (name: string) => `"${name}" is verwijderd.`,
		duplicate: 'Dupliceer',
		duplicateNamed: (name: string) => `Dupliceer "${name}"`,
		amount: 'Bedrag',
		unit: 'Eenheid',
		priceYear: 'Prijsjaar',
		costHolder: 'Kostenhouder',
		source: 'Bron',
		grade: 'Betrouwbaarheid',
		domain: 'Domein',
		kind: 'Soort',
		note: 'Let op',
		range: 'Bandbreedte',
		split: 'Verdeling over kostenhouders',
		noSource: 'Geen bron'
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
			year: (label: string) => `${label} moet een jaartal van vier cijfers zijn, bijvoorbeeld 2025`,
			sourceOrReason: () => 'Vul een bron in, of leg uit waarom er geen bron is'
		},
		keep: 'Ook bewaren bij mijn eigen kostenposten, voor volgende voorstellen',
		add: 'Eigen kostenpost toevoegen',
		added: (name: string) => `Eigen kostenpost "${name}" is toegevoegd.`,
		tag: 'eigen post'
	},
	priceListPage: {
		title: 'Prijslijst',
		pageTitle: 'Prijslijst - Baatwijzer',
		intro:
			'Elk bedrag heeft een bron, een prijsjaar en een betrouwbaarheid. Bedragen uit één uitgewerkte case zijn samengesteld: ze laten zien hoe de methode werkt, het zijn geen landelijke gemiddelden.',
		activeList: 'Actieve prijslijst',
		activeHint:
			'Nieuwe kostenposten in de wizard komen uit deze lijst. Bestaande voorstellen houden hun eigen bedragen.',
		removeList: 'Deze eigen prijslijst verwijderen',
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
		transferTag: 'overdracht',
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
				unreadable: 'Het bestand is geen leesbaar JSON-bestand.',
				duplicateIds: 'Een id komt meer dan eens voor in de lijst.',
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
				noSource: () => 'een bron of een notitie waarom er geen bron is ontbreekt'
			}
		}
	},
	priceUpdates: {
		title: 'Nieuwere prijzen beschikbaar',
		intro: (list: string) =>
			`De prijslijst "${list}" heeft andere bedragen dan dit voorstel. Uw voorstel houdt zijn eigen bedragen tot u ze bijwerkt.`,
		line: (name: string, before: string, after: string) => `${name}: ${before} wordt ${after}`,
		apply: 'Prijzen bijwerken',
		applied: 'De prijzen zijn bijgewerkt.'
	},
	priceListInfo: {
		using: (name: string, version: string) => `Prijslijst: ${name} (versie ${version})`,
		change: 'Andere prijslijst kiezen'
	},
	levelsQuestion: {
		chanceLegend: (name: string) =>
			`Kans (A): hoe waarschijnlijk is het dat zonder de activiteit binnen zes maanden (meer) hulp nodig is? (${name})`,
		contributionLegend: (name: string) =>
			`Bijdrage (B): hoeveel van die kosten voorkomt de activiteit zelf? (${name})`,
		chanceHint:
			'Denk aan de mensen voor wie deze kosten spelen. Zou er zonder de activiteit binnen zes maanden hulp van de eerste of tweede lijn nodig zijn?',
		custom: (percent: number) =>
			`Eigen percentage: ${percent}%. Kies een niveau om het te vervangen.`,
		contributionHint:
			'Hoeveel komt door de activiteit zelf, en niet door partners, toeval of de persoon zelf?',
		chance: {
			maybe:
				'Het kan gebeuren, maar het is niet waarschijnlijk. Voorbeeld: een oudere die eenzaam is, maar nog goed voor zichzelf zorgt. Dit is preventie.',
			likely:
				'Er zijn duidelijke signalen dat hulp nodig wordt. Voorbeeld: een gezin met oplopende betalingsachterstanden.',
			certain:
				'De hulp staat op het punt ingezet te worden. Voorbeeld: er is al een aanmelding voor schuldhulp of een opname.'
		},
		contribution: {
			maybe: 'De activiteit helpt mee, maar anderen (partners, familie) doen het meeste.',
			likely: 'De activiteit is de belangrijkste reden dat de hulp niet nodig is.',
			certain: 'Zonder de activiteit was het zeker niet gelukt; niemand anders deed iets.'
		}
	},
	reach: {
		direct: 'Direct aantal',
		share: 'Groep x aandeel',
		effective: (count: string) => `Dat is ${count} personen.`,
		methodSettings: 'Rekeninstellingen',
		indexYear: 'Prijspeil',
		indexYearHint:
			'Kies een jaar om alle bedragen met de consumentenprijsindex (CBS) naar dat jaar te indexeren. Standaard telt elk bedrag in zijn eigen prijsjaar.',
		indexNone: 'Elk bedrag in zijn eigen prijsjaar',
		methodIntro:
			'De standaardwaarden komen uit het onderzoek naar de methode. Pas ze alleen aan met een goede reden.',
		changed: 'gewijzigd',
		changedFrom: (value: string) => `Aangepast; de standaard is ${value}.`,
		reset: 'Terug naar standaard'
	},
	review: {
		initiative: 'Initiatief',
		lines: 'Vermeden kosten',
		settings: 'Rekeninstellingen',
		priceList: 'Prijslijst',
		notAnswered: 'Niet ingevuld',
		none: 'Geen',
		line: (position: number) => `Regel ${position}`,
		changeField: (label: string) => `${label} wijzigen`
	},
	summary: {
		title: 'Tussenstand',
		total: 'Vermeden kosten over de looptijd',
		ratio: 'Ten opzichte van de subsidie',
		noSubsidy: 'Nog geen subsidie ingevuld',
		unanswered: (count: number) =>
			count === 1
				? '1 regel telt nog niet mee: kans of bijdrage ontbreekt.'
				: `${count} regels tellen nog niet mee: kans of bijdrage ontbreekt.`
	},
	result: {
		explanation: (years: number) =>
			`Dit zijn de kosten die één jaar activiteit naar verwachting voorkomt, over ${years === 1 ? '1 jaar' : `${years} jaar`} (het activiteitsjaar${years > 1 ? ' en de herhalingsjaren' : ''}), afgezet tegen één jaar subsidie.`,
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
		matrixCaption: 'Vermeden kosten over de looptijd naar kans (A) en bijdrage (B)',
		chanceRow: 'Kans (A)',
		contributionColumn: 'Bijdrage (B)',
		lines: 'Per kostenpost',
		formula: 'Berekening',
		perYearLine: 'Per jaar',
		indexedAmount: (original: string, year: number | null, indexed: string, to: number) =>
			`${original} (prijsjaar ${year ?? '?'}) geïndexeerd naar ${indexed} (prijspeil ${to})`,
		priceLevel: (year: number) =>
			`Bedragen zijn geïndexeerd naar prijspeil ${year} (CBS-consumentenprijsindex).`,
		overHorizon: 'Over de looptijd, na veiligheidsmarge',
		transfer: 'overdracht',
		transfersNote:
			'Regels gemarkeerd als overdracht besparen het budget van de kostenhouder, maar zijn geen winst voor de samenleving als geheel.',
		settingsChanged: (safety: number, years: number) =>
			`Let op: afwijkende rekeninstellingen (veiligheidsmarge ${safety}%, ${years} herhalingsjaren).`,
		noLines: 'Er zijn nog geen kostenposten met kans en bijdrage.'
	},
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
			'Onderbouwing'
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
	},
	drafts: {
		title: 'Mijn voorstellen',
		pageTitle: 'Mijn voorstellen - Baatwijzer',
		intro:
			'Uw voorstellen worden in deze browser bewaard. Exporteer ze naar een bestand om ze te delen of elders verder te werken.',
		new: 'Nieuw voorstel',
		search: 'Zoek op titel',
		sort: 'Sorteer op',
		sortOptions: { updated: 'Laatst gewijzigd', title: 'Titel', status: 'Status' },
		count: (shown: number, total: number) =>
			shown === total
				? `${total} ${total === 1 ? 'voorstel' : 'voorstellen'}`
				: `${shown} van ${total} voorstellen`,
		none: 'U heeft nog geen voorstellen. Start een nieuwe schatting of importeer een bestand.',
		noneFound: 'Geen voorstellen gevonden met deze titel.',
		loading: 'Voorstellen laden...',
		tableCaption: 'Uw voorstellen',
		columns: {
			title: 'Titel',
			status: 'Status',
			updated: 'Laatst gewijzigd',
			total: 'Vermeden kosten',
			actions: 'Acties'
		},
		untitled: '(zonder titel)',
		open: 'Openen',
		openNamed: (title: string) => `Open "${title}"`,
		rename: 'Naam wijzigen',
		renameNamed: (title: string) => `Naam wijzigen van "${title}"`,
		renameLabel: 'Nieuwe naam',
		save: 'Bewaren',
		cancel: 'Annuleren',
		duplicate: 'Dupliceren',
		duplicateNamed: (title: string) => `Dupliceer "${title}"`,
		copyOf: (title: string) => `Kopie van ${title || 'voorstel'}`,
		delete: 'Verwijderen',
		deleteNamed: (title: string) => `Verwijder "${title}"`,
		deleted: (title: string) => `"${title}" is verwijderd.`,
		undo: 'Ongedaan maken',
		statusLabel: (title: string) => `Status van "${title}"`,
		exportOne: 'Exporteren',
		exportNamed: (title: string) => `Exporteer "${title}" als bestand`,
		exportAll: 'Alle voorstellen exporteren',
		importTitle: 'Voorstellen importeren',
		importHint:
			'Kies een Baatwijzer-bestand (.json) van uzelf of van een collega. Het wordt eerst gecontroleerd; pas daarna wordt iets bewaard.',
		importLabel: 'Bestand om te importeren',
		imported: (count: number) =>
			count === 1 ? '1 voorstel geïmporteerd.' : `${count} voorstellen geïmporteerd.`,
		conflictTitle: 'Dit voorstel bestaat al',
		conflictText: (count: number) =>
			count === 1
				? 'Eén voorstel in het bestand heeft u al in deze browser. Wat wilt u doen?'
				: `${count} voorstellen in het bestand heeft u al in deze browser. Wat wilt u doen?`,
		keepBoth: 'Beide bewaren (het geïmporteerde krijgt een nieuwe id)',
		replace: 'Vervangen door het bestand',
		importProblemTitle: 'Dit bestand is niet geïmporteerd',
		importNothingChanged: 'Er is niets gewijzigd aan uw voorstellen.',
		importReasons: {
			tooLarge: 'Het bestand is groter dan 10 MB.',
			empty: 'Het bestand is leeg.',
			notJson:
				'Het bestand is geen geldig JSON-bestand (misschien is het afgebroken of is het een ander soort bestand).',
			otherFormat: 'Dit is geen Baatwijzer-bestand met voorstellen.',
			newerVersion: (version: string) =>
				`Het bestand is gemaakt met een nieuwere versie van Baatwijzer (bestandsversie ${version}). Werk de app bij en probeer het opnieuw.`,
			unknownVersion: (version: string) => `Onbekende bestandsversie: ${version}.`,
			invalid: 'Het bestand bevat fouten:'
		},
		issue: {
			invalid_type: (expected: string) => `heeft het verkeerde type (verwacht: ${expected})`,
			too_big: (limit: string) => `is te groot (hoogstens ${limit})`,
			too_small: (limit: string) => `is te klein of te kort (minstens ${limit})`,
			invalid_value: () => 'heeft een onbekende waarde',
			invalid_format: () => 'heeft een ongeldige vorm',
			invalid_union: () => 'past bij geen van de toegestane vormen',
			custom: () => 'klopt niet (bijvoorbeeld: de verdeling telt niet op tot het bedrag)',
			other: () => 'is ongeldig'
		},
		typeNames: {
			string: 'tekst',
			number: 'getal',
			int: 'heel getal',
			boolean: 'ja of nee',
			array: 'lijst',
			object: 'gegevensblok',
			null: 'leeg'
		} as Record<string, string>,
		pathNames: {
			drafts: 'voorstel',
			proposal: '',
			lines: 'regel',
			priceItems: 'prijspost',
			title: 'titel',
			subsidyCents: 'subsidie in centen',
			amountCents: 'bedrag in centen',
			count: 'aantal',
			persons: 'personen',
			groupSize: 'groepsgrootte',
			sharePercent: 'aandeel',
			chance: 'kans (A)',
			contribution: 'bijdrage (B)',
			recurrence: 'herhaling',
			costHolder: 'kostenhouder',
			settings: 'rekeninstellingen',
			safetyPercent: 'veiligheidsmarge',
			repeatYears: 'herhalingsjaren',
			id: 'id',
			split: 'verdeling'
		} as Record<string, string>
	},
	exportDraft: {
		json: 'Exporteer als bestand (JSON)',
		csv: 'Download voor Excel (CSV)',
		title: 'Bewaren en delen'
	},
	save: {
		saved: 'Opgeslagen',
		saving: 'Opslaan...',
		failed: 'Niet opgeslagen',
		reasons: {
			unavailable:
				'Deze browser staat opslaan niet toe (bijvoorbeeld in een privévenster). U kunt doorwerken; exporteer uw voorstel naar een bestand om het te bewaren.',
			quota:
				'De opslag van deze browser is vol. Uw eerdere versie is bewaard. Exporteer uw voorstel naar een bestand of verwijder oude voorstellen.',
			closedByOtherTab: 'Een ander tabblad heeft de opslag bijgewerkt. Herlaad deze pagina.',
			conflict:
				'Dit voorstel is in een ander tabblad gewijzigd. Uw wijzigingen hier zijn nog niet opgeslagen.',
			unknown: 'Opslaan is mislukt. Probeer het opnieuw of exporteer uw voorstel naar een bestand.'
		},
		loadNewer: 'Laad de nieuwere versie'
	}
};

export type Messages = typeof nl;
