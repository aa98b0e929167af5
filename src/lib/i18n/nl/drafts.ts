/** Dutch UI text. The drafts overview, import and export. */
export const drafts = {
	drafts: {
		title: 'Mijn voorstellen',
		pageTitle: 'Mijn voorstellen - Baatwijzer',
		intro:
			'Uw voorstellen worden in deze browser bewaard. Exporteer ze naar een bestand om ze te delen of elders verder te werken.',
		new: 'Nieuw voorstel',
		search: 'Zoek op titel',
		sort: 'Sorteer op',
		sortOptions: { updated: 'Laatst gewijzigd', title: 'Titel', status: 'Status' },
		showMore: (next: number, rest: number) => `Toon ${next} meer (nog ${rest} niet getoond)`,
		count: (shown: number, total: number) =>
			shown === total
				? `${total} ${total === 1 ? 'voorstel' : 'voorstellen'}`
				: `${shown} van ${total} voorstellen`,
		none: 'U heeft nog geen voorstellen. Start een nieuwe schatting of importeer een bestand.',
		noneFound: 'Geen voorstellen gevonden met deze titel.',
		loading: 'Voorstellen laden...',
		tableCaption: 'Uw voorstellen',
		columns: {
			status: 'Status',
			updated: 'Laatst gewijzigd',
			total: 'Vermeden kosten'
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
			'Kies een of meer Baatwijzer-bestanden (.json) van uzelf, een collega of een andere organisatie. Alles wordt eerst gecontroleerd; pas daarna wordt iets bewaard.',
		importLabel: 'Bestanden om te importeren',
		imported: (count: number) =>
			count === 1 ? '1 voorstel geïmporteerd.' : `${count} voorstellen geïmporteerd.`,
		conflictTitle: 'Dit voorstel bestaat al',
		conflictNames: 'Het gaat om:',
		problemInFile: (name: string) => `In het bestand "${name}":`,
		author: 'Opgesteld door',
		organisation: 'Organisatie',
		conflictText: (count: number) =>
			count === 1
				? 'Eén voorstel in het bestand heeft u al in deze browser. Wat wilt u doen?'
				: `${count} voorstellen in het bestand heeft u al in deze browser. Wat wilt u doen?`,
		keepBoth: 'Beide bewaren (het geïmporteerde krijgt een nieuwe id)',
		replace: 'Vervangen door het bestand',
		importProblemTitle: 'Dit bestand is niet geïmporteerd',
		importNothingChanged: 'Er is niets gewijzigd aan uw voorstellen.',
		undoProblems: {
			newerExists:
				'Niet teruggezet: het voorstel is intussen in een ander tabblad opnieuw opgeslagen, met nieuwere wijzigingen. Die versie staat in de lijst.',
			storage: 'Niet teruggezet: de browser kon niets opslaan (is de schijf vol?).'
		},
		brokenTitle: 'Voorstellen die niet kunnen worden geopend',
		brokenIntro:
			'Deze voorstellen zijn opgeslagen, maar hun gegevens kloppen niet meer. Open er een om het te exporteren of te herstellen.',
		brokenOpen: (id: string) => `Beschadigd voorstel ${id} bekijken`,
		importReasons: {
			tooLarge: 'Het bestand is groter dan 10 MB.',
			empty: 'Het bestand is leeg.',
			notJson:
				'Het bestand is geen geldig JSON-bestand (misschien is het afgebroken of is het een ander soort bestand).',
			otherFormat: 'Dit is geen Baatwijzer-bestand met voorstellen.',
			newerVersion: (version: string) =>
				`Het bestand is gemaakt met een nieuwere versie van Baatwijzer (bestandsversie ${version}). Werk de app bij en probeer het opnieuw.`,
			unknownVersion: (version: string) => `Onbekende bestandsversie: ${version}.`,
			invalid: 'Het bestand bevat fouten:',
			storage:
				'Het importeren is niet gelukt: de browser kon niets opslaan (is de schijf vol?). Er is niets gewijzigd aan uw voorstellen.',
			sameProposalTwice: (title: string) =>
				`Het voorstel "${title}" staat in meer dan één gekozen bestand. Kies elk voorstel één keer.`
		},
		/** How an odd `version` field is described, without echoing what it holds. */
		versionSeen: {
			missing: 'het veld ontbreekt',
			array: 'een lijst in plaats van een getal',
			object: 'een gegevensblok in plaats van een getal',
			boolean: 'ja/nee in plaats van een getal',
			null: 'leeg',
			longText: 'een lange tekst in plaats van een getal'
		},
		unknownField: 'veld',
		wholeFile: 'het bestand',
		moreProblems: (count: number) =>
			`En nog ${count} ${count === 1 ? 'probleem' : 'problemen'}. Los eerst deze op en probeer het opnieuw.`,
		issue: {
			missing: () => 'ontbreekt',
			invalid_type: (expected: string) => `heeft het verkeerde type (verwacht: ${expected})`,
			too_big: (limit: string) => `is te groot (hoogstens ${limit})`,
			too_big_string: (limit: string) => `is te lang (hoogstens ${limit} tekens)`,
			too_big_array: (limit: string) => `heeft te veel onderdelen (hoogstens ${limit})`,
			too_small_string: (limit: string) =>
				limit === '1' ? 'is leeg' : `is te kort (minstens ${limit} tekens)`,
			too_small_array: (limit: string) =>
				limit === '1' ? 'is leeg' : `heeft te weinig onderdelen (minstens ${limit})`,
			too_small: (limit: string) => `is te klein of te kort (minstens ${limit})`,
			invalid_value: () => 'heeft een onbekende waarde',
			invalid_format: () => 'heeft een ongeldige vorm',
			invalid_union: () => 'past bij geen van de toegestane vormen',
			unrecognized_keys: () => 'bevat onbekende velden',
			not_multiple_of: () => 'moet een heel getal zijn',
			other: () => 'is ongeldig'
		} as Record<string, (detail: string) => string>,
		/** The app's own rules (RuleCode in the core). */
		rules: {
			duplicateId: 'komt twee keer voor: elke id moet uniek zijn',
			duplicateHolder: 'noemt dezelfde kostenhouder twee keer in één verdeling',
			splitSum: 'telt niet op tot het bedrag',
			lowAboveAmount: 'is hoger dan het bedrag (laag moet kleiner of gelijk zijn)',
			highBelowAmount: 'is lager dan het bedrag (hoog moet groter of gelijk zijn)',
			notADate: 'is geen bestaande datum (JJJJ-MM-DD)',
			needsSource: 'ontbreekt: een post heeft een bron nodig, of een notitie waarom die er niet is',
			unknownHolder: 'is geen bekende kostenhouder',
			clashesWithDefault: 'is al de id van een post in de standaardprijslijst'
		} as Record<string, string>,
		typeNames: {
			string: 'tekst',
			number: 'getal',
			int: 'heel getal',
			boolean: 'ja of nee',
			array: 'lijst',
			object: 'gegevensblok',
			null: 'leeg',
			nan: 'getal',
			other: 'een andere waarde'
		} as Record<string, string>,
		pathNames: {
			format: 'bestandssoort',
			version: 'bestandsversie',
			exportedAt: 'exportdatum',
			drafts: 'voorstel',
			proposal: '',
			priceItems: 'prijspost',
			items: 'post',
			customItems: 'eigen post',
			id: 'id',
			title: 'titel',
			organisation: 'organisatie',
			orgUnit: 'onderdeel',
			neighbourhoods: 'wijk',
			targetGroup: 'doelgroep',
			targetGroupSize: 'grootte van de doelgroep',
			description: 'omschrijving',
			problemAndGoal: 'probleem en doel',
			referenceSituation: 'situatie zonder de activiteit',
			lifeDomains: 'leefdomein',
			periodStart: 'startdatum',
			periodEnd: 'einddatum',
			subsidyCents: 'subsidie in centen',
			lines: 'regel',
			settings: 'rekeninstellingen',
			safetyPercent: 'veiligheidsmarge',
			repeatYears: 'herhalingsjaren',
			priceIndexYear: 'prijspeil',
			priceList: 'prijslijst',
			author: 'auteur',
			status: 'status',
			reviewerRemarks: 'opmerkingen van de beoordelaar',
			createdAt: 'aanmaakdatum',
			updatedAt: 'wijzigingsdatum',
			priceItemId: 'prijspost-id',
			name: 'naam',
			unit: 'eenheid',
			amountCents: 'bedrag in centen',
			priceYear: 'prijsjaar',
			kind: 'soort',
			count: 'aantal',
			persons: 'personen',
			groupSize: 'groepsgrootte',
			sharePercent: 'aandeel',
			lowCents: 'laag bedrag in centen',
			highCents: 'hoog bedrag in centen',
			chance: 'kans (A)',
			contribution: 'bijdrage (B)',
			recurrence: 'herhaling',
			costHolder: 'kostenhouder',
			split: 'verdeling',
			justification: 'toelichting',
			reviewerRemark: 'opmerking van de beoordelaar',
			domain: 'domein',
			source: 'bron',
			grade: 'betrouwbaarheid',
			note: 'notitie',
			custom: 'eigen post (ja/nee)',
			year: 'jaar',
			link: 'link',
			listVersion: 'versie',
			arena: 'arena',
			investors: 'financier',
			effects: 'effect zonder prijs',
			unintended: 'onbedoeld effect',
			indirect: 'indirect effect',
			links: 'pijl',
			effectId: 'effect-id',
			party: 'partij',
			parties: 'partij'
		} as Record<string, string>
	}
};
