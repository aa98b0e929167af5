/** English UI text of the price-list page: searching, filtering, indexing and loading an own list. */
import type { priceList as dutch } from '../nl/price-list';

export const priceList: typeof dutch = {
	priceListPage: {
		title: 'Price list',
		pageTitle: 'Price list - Baatwijzer',
		loading: 'Loading price list...',
		intro:
			'Every amount has a source, a price year and a reliability. Amounts from one worked-out case are composed: they show how the method works, they are not national averages. The price list itself is in Dutch, as its sources are.',
		activeList: 'Active price list',
		activeHint:
			'New cost items in the wizard come from this list. Existing proposals keep their own amounts.',
		removeList: 'Delete this own price list',
		confirmRemove: (name: string) =>
			`Delete price list "${name}"? Your proposals keep their own amounts; you can only get the list itself back by loading the file again.`,
		confirmYes: 'Yes, delete',
		search: 'Search',
		searchHint: 'By name, description or domain.',
		domain: 'Domain',
		costHolder: 'Cost holder',
		grade: 'Reliability',
		kind: 'Kind',
		all: 'All',
		sort: 'Order',
		sortOptions: {
			list: 'As in the list',
			amountUp: 'Amount, low to high',
			amountDown: 'Amount, high to low'
		},
		indexYear: 'Also show amounts at price level',
		indexNone: 'Only in their own price year',
		indexed: (amount: string, year: number) => `${amount} at price level ${year}`,
		notIndexed: {
			laterPriceYear: 'price year is after the chosen year; not indexed',
			noCpi: 'no CPI figure for this year; not indexed'
		},
		cpiSource: (source: string, first: number, last: number) =>
			`Indexed with ${source}, ${first}–${last}.`,
		count: (shown: number, total: number) => `${shown} of ${total} cost items`,
		showMore: (next: number, rest: number) => `Show ${next} more (${rest} not shown yet)`,
		load: {
			title: 'Load an own price list',
			intro:
				"Load your municipality's price list as CSV (the same columns as the default list) or as Baatwijzer JSON. You first see what changes.",
			name: 'Name of the list',
			version: 'Version',
			file: 'File (CSV or JSON)',
			preview: 'What changes compared with the active list?',
			added: (count: number) => `${count} new`,
			changed: (count: number) => `${count} changed`,
			removed: (count: number) => `${count} no longer in the list`,
			unchanged: (count: number) => `${count} the same`,
			changedLine: (name: string, before: string, after: string) =>
				`${name}: ${before} becomes ${after}`,
			save: 'Save and use',
			cancel: 'Cancel',
			saved: (name: string) => `Price list "${name}" has been saved and is in use.`,
			needName: 'Give the list a name and a version.',
			problemTitle: 'This price list has not been loaded',
			nothingChanged: 'Nothing has changed.',
			reasons: {
				empty: 'The file is empty.',
				noItems:
					'The file holds no cost items, only a header row. Put one row per cost item under the header row and load it again.',
				unreadable: 'The file is not a readable JSON file.',
				tooLarge: 'The file is larger than 10 MB.',
				tooManyItems: 'The list has more than 5,000 cost items; split it up.',
				otherFormat: 'This JSON file is not a Baatwijzer price list.',
				json: 'This is not a valid Baatwijzer price list:',
				csv: 'The CSV contains errors:'
			},
			csvProblem: (line: number | null, column: string, problem: string) =>
				line === null
					? `Column "${column}": ${problem}`
					: `Line ${line}, column "${column}": ${problem}`,
			csvCodes: {
				missingColumn: () => 'this column is missing',
				required: () => 'is empty',
				notAnAmount: (value: string) =>
					`"${value}" is not an amount (use a point for decimals, for example 1250.50)`,
				notAYear: (value: string) => `"${value}" is not a year`,
				unknownHolder: (value: string) => `"${value}" is not a known cost holder`,
				unknownValue: (value: string) => `"${value}" is not an allowed value`,
				splitNotSummed: () => 'the split does not add up to the amount',
				badSplit: () => 'the split cannot be read (write holder=amount|holder=amount)',
				duplicateId: (value: string) => `id "${value}" occurs twice`,
				noSource: () => 'a source or a note why there is no source is missing',
				tooLarge: (value: string) => `"${value}" is too large (at most 1,000,000,000 euros)`,
				tooLong: () => 'the text is too long',
				duplicateHolder: () => 'the split names a cost holder twice',
				lowAboveAmount: () => 'the low amount is higher than the amount',
				highBelowAmount: () => 'the high amount is lower than the amount',
				invalid: (value: string) => `"${value}" is invalid`
			},
			reading: 'Reading the file…',
			encodingNote:
				'The file was not saved as UTF-8; it has been read as Windows-1252 (as Excel on Windows saves). Check the names with accents in the preview below.',
			saveFailed:
				'The price list has not been saved: the browser could not store anything (is the disk full?). Nothing has changed.'
		}
	}
};
