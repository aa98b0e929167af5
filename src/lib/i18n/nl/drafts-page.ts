/** Dutch UI text: the drafts overview (the list, its actions, import and export). */
export const draftsPage = {
	draftsPage: {
		// Choosing drafts to compare, on the drafts overview.
		compareChoose: (title: string) => `Kies "${title}" om te vergelijken`,
		compareChosen: (count: number) => `Vergelijk de gekozen voorstellen (${count})`,
		compareChooseHint: 'Kies twee tot tien voorstellen om ze naast elkaar te zetten.',
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
		reading: (read: number, total: number) => `${read} van ${total} voorstellen gelezen...`,
		none: 'U heeft nog geen voorstellen. Start een nieuwe schatting of importeer een bestand.',
		noneFound: 'Geen voorstellen gevonden met deze titel.',
		loading: 'Voorstellen laden...',
		tableCaption: 'Uw voorstellen',
		columns: {
			status: 'Status',
			updated: 'Laatst gewijzigd',
			total: 'Vermeden kosten',
			subsidy: 'Subsidie',
			ratio: 'Ten opzichte van de subsidie',
			verdict: 'Oordeel'
		},
		open: 'Openen',
		openNamed: (title: string) => `Openen: ${title}`,
		rename: 'Naam wijzigen',
		renameNamed: (title: string) => `Naam wijzigen: ${title}`,
		renameLabel: 'Nieuwe naam',
		save: 'Bewaren',
		duplicate: 'Dupliceren',
		duplicateNamed: (title: string) => `Dupliceren: ${title}`,
		copyOf: (title: string) => `Kopie van ${title || 'voorstel'}`,
		delete: 'Verwijderen',
		deleteNamed: (title: string) => `Verwijderen: ${title}`,
		deleted: (title: string) => `"${title}" is verwijderd.`,
		undo: 'Ongedaan maken',
		statusLabel: (title: string) => `Status van "${title}"`,
		exportOne: 'Exporteren',
		exportNamed: (title: string) => `Exporteren: ${title}`,
		exportAll: 'Alle voorstellen exporteren',
		importTitle: 'Voorstellen importeren',
		importHint:
			'Kies een of meer Baatwijzer-bestanden (.json) van uzelf, een collega of een andere organisatie. Alles wordt eerst gecontroleerd; pas daarna wordt iets bewaard.',
		importLabel: 'Bestanden om te importeren',
		imported: (count: number) =>
			count === 1 ? '1 voorstel geïmporteerd.' : `${count} voorstellen geïmporteerd.`,
		conflictTitle: 'Dit voorstel bestaat al',
		conflictNames: 'Het gaat om:',
		author: 'Opgesteld door',
		handedIn: 'Ingediend',
		handInNumber: (number: number) => `indiening ${number}`,
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
		actionProblem: 'Het is niet gelukt: er is niets gewijzigd aan uw voorstellen.'
	}
};
