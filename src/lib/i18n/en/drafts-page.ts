/** English UI text: the drafts overview (the list, its actions, import and export). */
import type { draftsPage as dutch } from '../nl/drafts-page';
export const draftsPage: typeof dutch = {
	draftsPage: {
		compareChoose: (title: string) => `Choose "${title}" to compare`,
		compareChosen: (count: number) => `Compare the chosen proposals (${count})`,
		compareChooseHint: 'Choose two to ten proposals to set them side by side.',
		title: 'My proposals',
		pageTitle: 'My proposals - Baatwijzer',
		intro:
			'Your proposals are kept in this browser. Export them to a file to share them or to work on them elsewhere.',
		new: 'New proposal',
		search: 'Search by title',
		sort: 'Sort by',
		sortOptions: { updated: 'Last changed', title: 'Title', status: 'Status' },
		showMore: (next: number, rest: number) => `Show ${next} more (${rest} not shown yet)`,
		count: (shown: number, total: number) =>
			shown === total
				? `${total} ${total === 1 ? 'proposal' : 'proposals'}`
				: `${shown} of ${total} proposals`,
		reading: (read: number, total: number) => `${read} of ${total} proposals read...`,
		none: 'You have no proposals yet. Start a new estimate or import a file.',
		noneFound: 'No proposals found with this title.',
		loading: 'Loading proposals...',
		tableCaption: 'Your proposals',
		columns: {
			status: 'Status',
			updated: 'Last changed',
			total: 'Avoided costs',
			subsidy: 'Subsidy',
			ratio: 'Compared with the subsidy',
			verdict: 'Verdict'
		},
		open: 'Open',
		openNamed: (title: string) => `Open: ${title}`,
		rename: 'Rename',
		renameNamed: (title: string) => `Rename: ${title}`,
		renameLabel: 'New name',
		save: 'Save',
		duplicate: 'Duplicate',
		duplicateNamed: (title: string) => `Duplicate: ${title}`,
		copyOf: (title: string) => `Copy of ${title || 'proposal'}`,
		delete: 'Delete',
		deleteNamed: (title: string) => `Delete: ${title}`,
		deleted: (title: string) => `"${title}" has been deleted.`,
		undo: 'Undo',
		statusLabel: (title: string) => `Status of "${title}"`,
		exportOne: 'Export',
		exportNamed: (title: string) => `Export: ${title}`,
		exportAll: 'Export all proposals',
		importTitle: 'Import proposals',
		importHint:
			'Choose one or more Baatwijzer files (.json) of your own, a colleague or another organisation. Everything is checked first; only then is anything stored.',
		importLabel: 'Files to import',
		imported: (count: number) =>
			count === 1 ? '1 proposal imported.' : `${count} proposals imported.`,
		conflictTitle: 'This proposal already exists',
		conflictNames: 'It concerns:',
		author: 'Written by',
		handedIn: 'Handed in',
		handInNumber: (number: number) => `hand-in ${number}`,
		organisation: 'Organisation',
		conflictText: (count: number) =>
			count === 1
				? 'You already have one proposal of the file in this browser. What do you want to do?'
				: `You already have ${count} proposals of the file in this browser. What do you want to do?`,
		keepBoth: 'Keep both (the imported one gets a new id)',
		replace: 'Replace with the file',
		importProblemTitle: 'This file has not been imported',
		importNothingChanged: 'Nothing has changed in your proposals.',
		undoProblems: {
			newerExists:
				'Not restored: the proposal has meanwhile been saved again in another tab, with newer changes. That version is in the list.',
			storage: 'Not restored: the browser could not save anything (is the disk full?).'
		},
		brokenTitle: 'Proposals that cannot be opened',
		brokenIntro:
			'These proposals are stored, but their data no longer add up. Open one to export or repair it.',
		brokenOpen: (id: string) => `View damaged proposal ${id}`,
		actionProblem: 'It did not work: nothing has changed in your proposals.'
	}
};
