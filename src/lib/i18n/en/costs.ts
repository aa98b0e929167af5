/** English UI text. Choosing costs: the price list in the wizard and on its own page, custom items. */
import type { costs as dutch } from '../nl/costs';

export const costs: typeof dutch = {
	costs: {
		intro:
			'Search the societal price list for the help or service that would be needed without the activity. Add a line for every kind of avoided cost.',
		search: 'Search the price list',
		resultsList: 'Search results',
		searchHint:
			'Search by name, description or domain, for example "schuld" (debt), "jeugd" (youth) or "verpleeghuis" (nursing home). The price list itself is in Dutch.',
		results: (count: number) => (count === 1 ? '1 cost item found' : `${count} cost items found`),
		noResults: 'Nothing found. Try another word.',
		add: 'Add',
		addNamed: (name: string) => `Add: ${name}`,
		added: (name: string) => `"${name}" has been added.`,
		chosen: 'Chosen cost items',
		noneChosen: 'No cost items chosen yet.',
		remove: 'Remove',
		removeNamed: (name: string) => `Remove "${name}"`,
		removed: (name: string) => `"${name}" has been removed.`,
		duplicate: 'Duplicate',
		duplicateNamed: (name: string) => `Duplicate "${name}"`,
		copyName: (name: string) => `${name} (2)`,
		amount: 'Amount',
		priceYear: 'Price year',
		costHolder: 'Cost holder',
		source: 'Source',
		grade: 'Reliability',
		domain: 'Domain',
		kind: 'Kind',
		note: 'Note',
		range: 'Range',
		split: 'Split over cost holders',
		noSource: 'No source',
		browse: 'Or choose a domain',
		allDomains: 'All domains',
		ownItems: 'Own items',
		domainButton: (domain: string, count: number) => `${domain} (${count})`,
		startHint: 'Type a search word or choose a domain to see cost items.',
		details: 'Details and source',
		detailsOf: (name: string) => `of ${name}`,
		gradeShort: (grade: string) => `reliability ${grade}`,
		showMore: (next: number, rest: number) => `Show ${next} more (${rest} left)`
	},
	lineSettings: {
		open: 'Adjust: name, cost holder, split',
		name: 'Name of this line',
		nameHint: 'Give a duplicated line its own name, for example "Eviction – families".',
		range: 'Which amount of the range?',
		rangeHint:
			'The method calculates a minimum saving: the low amount is the careful choice. Choose the middle or high only with a reason in the rationale.',
		rangeChoices: { low: 'Low (careful)', central: 'Middle', high: 'High' },
		costHolder: 'Cost holder of this line',
		split: 'Split over more cost holders',
		splitHint:
			"Does the cost item fall on more parties (an eviction, say, on the housing association, the municipality and the shelter)? Give each other party's part; the cost holder above keeps the rest.",
		partHolder: (position: number) => `Cost holder ${position}`,
		partAmount: (holder: string) => `Part of ${holder} (euro)`,
		removePart: (holder: string) => `Take ${holder} out of the split`,
		rest: (holder: string, amount: string) => `${holder} keeps the rest: ${amount}`,
		addPart: 'Add a cost holder'
	},
	customItem: {
		open: 'Is the cost item not listed? Add an own cost item',
		intro:
			'An own cost item needs a source, or an explanation why there is none. It is marked as an own item everywhere.',
		fields: {
			name: 'Name of the cost item',
			description: 'Description',
			unit: 'Unit',
			amount: 'Amount (euro)',
			priceYear: 'Price year',
			costHolder: 'Cost holder',
			recurrence: 'One-off or yearly?',
			kind: 'Kind',
			direction: 'What does the activity do with these costs?',
			sourceTitle: 'Source (publisher and title)',
			sourceYear: 'Year of the source',
			sourceLink: 'Link to the source',
			noSourceReason: 'No source? Explain why not'
		},
		hints: {
			unit: 'For example "per person per year" or "per programme".',
			amount: 'For example 1,250 or 85.50.',
			priceYear: 'The year in which the amount applies, for example 2025.',
			sourceTitle: 'Where does the amount come from?',
			noSourceReason: 'For example: own records, not published.'
		},
		errors: {
			required: (label: string) => `${label} has not been filled in`,
			euros: (label: string) => `${label} must be an amount in euros, for example 1,250 or 85.50`,
			year: (label: string) => `${label} must be a year between 1900 and 2200, for example 2025`,
			tooLarge: (label: string) => `${label} is too large (at most 1,000,000,000 euros)`,
			tooLong: (label: string) => `${label} is too long`,
			sourceOrReason: () => 'Enter a source, or explain why there is no source'
		},
		directions: {
			avoided: 'They are avoided (a saving)',
			caused: 'The activity causes them in addition (for example extra care)'
		},
		keep: 'Also keep it with my own cost items, for future proposals',
		add: 'Add own cost item',
		added: (name: string) => `Own cost item "${name}" has been added.`,
		tag: 'own item'
	},
	priceUpdates: {
		title: 'Newer prices available',
		intro: (list: string) =>
			`The price list "${list}" has other amounts than this proposal. Your proposal keeps its own amounts until you update them.`,
		line: (name: string, before: string, after: string) => `${name}: ${before} becomes ${after}`,
		apply: 'Update prices'
	},
	priceListInfo: {
		using: (name: string, version: string) => `Price list: ${name} (version ${version})`,
		change: 'Choose another price list'
	}
};
