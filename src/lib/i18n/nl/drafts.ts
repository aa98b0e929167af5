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
			items: 'post',
			name: 'naam',
			listVersion: 'versie',
			format: 'bestandssoort',
			version: 'bestandsversie',
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
	}
};
