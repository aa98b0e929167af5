/** English UI text. General words: app, navigation, levels, kinds, statuses, saving. */
import type { common as dutch } from '../nl/common';

export const common: typeof dutch = {
	errorPage: {
		notFoundTitle: 'Page not found',
		notFound:
			'This page does not exist (any more). Perhaps the link is out of date or was copied wrongly. Your proposals are safe in this browser.',
		title: 'Something went wrong',
		other:
			'This page could not be shown. Your proposals are safe in this browser. Try again through one of the links below.',
		home: 'To the start',
		drafts: 'To my proposals',
		priceList: 'To the price list'
	},
	app: {
		/** At the foot of every printed page: which Baatwijzer made it, and when. */
		reportFooter: (version: string, date: string) =>
			`Made with Baatwijzer ${version} on ${date}. All amounts in euros; rounded to whole euros, calculated to the cent.`,
		name: 'Baatwijzer',
		tagline:
			'Estimate in advance which costs to society a new prevention initiative in the social domain avoids, and set them against the subsidy.',
		skipToContent: 'Skip to content',
		privacy: 'Everything you enter stays in this browser. Nothing is sent.',
		footerStatement: 'Accessibility statement',
		footerPrivacy: 'Privacy',
		/** The switch to the other language, written in that language. */
		otherLanguage: 'Nederlands',
		footerLabel: 'About this app',
		update: {
			ready:
				'A new version of Baatwijzer is available. Your proposals are kept. Updating reloads the page.',
			now: 'Update now',
			later: 'Later'
		}
	},
	home: {
		title: 'Baatwijzer: costs your initiative avoids',
		start: 'Start a new estimate',
		fromTemplate: 'Start from an example',
		myDrafts: 'My proposals',
		startArena: 'Start an SCBA Arena (workshop)',
		continue: 'Continue with your last proposal:',
		howItWorks: 'How it works',
		steps: [
			'Describe the activity and the subsidy you ask for.',
			'Choose from the societal price list which costs the activity avoids.',
			'Estimate for each cost item the chance (A) and the contribution of the activity (B).',
			'Say how many people it applies to and whether the saving is one-off or yearly.',
			'See the result per cost holder, beside the subsidy.'
		],
		method:
			'The method is the weighted minimum saving: chance x contribution x cost x number of people, with a safety margin of 90% and two repeat years for yearly savings.'
	},
	nav: {
		label: 'Main menu',
		home: 'Start',
		drafts: 'My proposals',
		cases: 'Cases',
		priceList: 'Price list'
	},
	levels: {
		maybe: 'Maybe',
		likely: 'Likely',
		certain: 'Certain'
	},
	recurrence: {
		oneOff: 'One-off',
		yearly: 'Yearly'
	},
	kinds: {
		cost: 'Cost',
		transfer: 'Transfer',
		intangible: 'Intangible'
	},
	kindExplained: {
		cost: 'Real costs that are avoided.',
		transfer:
			'Transfer (for example a benefit payment): a saving for the cost holder, but no gain for society as a whole.',
		intangible: 'Intangible benefit (such as a healthy life year): no saving on any budget.'
	},
	grades: {
		A: 'A: official reference price or statutory amount',
		B: 'B: published research or price list',
		C: 'C: single example or weak source'
	},
	status: {
		draft: 'Draft',
		submitted: 'Handed in',
		reviewed: 'Reviewed'
	},
	verdicts: {
		positive: 'Positive',
		negative: 'Negative',
		incomplete: 'To be completed'
	},
	noVerdict: 'No verdict yet',
	rationale: {
		title: (count: number) =>
			count === 1
				? '1 cost item has no rationale yet.'
				: `${count} cost items have no rationale yet.`,
		why: 'For every cost item a reviewer asks why you chose these numbers, this chance and this contribution.',
		fix: (position: number, name: string) => `Write the rationale of line ${position}: ${name}`,
		line: (position: number, name: string) => `Line ${position}: ${name}`
	},
	exportDraft: {
		json: 'Export as a file (JSON)',
		csv: 'Download for Excel (CSV)',
		xlsx: 'Download as an Excel workbook (.xlsx)',
		title: 'Keep and share'
	},
	save: {
		saved: 'Saved',
		saving: 'Saving...',
		failed: 'Not saved',
		reasons: {
			unavailable:
				'This browser does not allow saving (for example in a private window). You can keep working; export your proposal to a file to keep it.',
			quota:
				"This browser's storage is full. Your earlier version is kept. Export your proposal to a file or delete old proposals.",
			closedByOtherTab: 'Another tab has updated the storage. Reload this page.',
			conflict:
				'This proposal was changed in another tab. Your changes here have not been saved yet.',
			deleted:
				'This proposal was deleted in another tab. Your text here is not lost: save it again or export it.',
			unknown: 'Saving failed. Try again or export your proposal to a file.'
		},
		loadNewer: 'Load the newer version (my changes are dropped)',
		keepMine: 'Save my version (over the other one)',
		saveCopy: 'Keep my version as a copy',
		copyTitle: (title: string) => `${title || 'Untitled proposal'} (my version)`,
		copySaved: 'Your version has been kept as a copy. You are now working in the copy.',
		restoreDeleted: 'Save again',
		recovered: 'Your last change from last time had not been saved yet and has been restored.'
	}
};
