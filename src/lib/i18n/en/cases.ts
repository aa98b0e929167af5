/** English UI text of the described cases and a year's overview. */
import type { CaseColumn, CaseCsvProblemCode } from '$lib/domain/cases/cases-csv';
import type { cases as dutch } from '../nl/cases';

const columnNames: Record<CaseColumn, string> = {
	casus: 'Case',
	onderdeel: 'Unit',
	datum: 'Date',
	beschrijving: 'Description',
	vermenigvuldiger: 'Multiplier',
	prijspost: 'Price item',
	aantal: 'Number',
	kans: 'Chance (A)',
	bijdrage: 'Contribution (B)',
	herhaling: 'Recurrence',
	kostenhouder: 'Cost holder'
};

const problemText: Record<CaseCsvProblemCode, (value: string) => string> = {
	missingColumn: (value) => `the column "${value}" is missing from the header row`,
	required: () => 'is empty; fill it in',
	notADate: (value) => `"${value}" is not a date; write for example 2025-03-14 or 14-3-2025`,
	notAWholeNumber: (value) => `"${value}" is not a whole number`,
	multiplierRange: (value) => `"${value}" is not possible: the multiplier is 1 to 100`,
	unknownItem: (value) =>
		`"${value}" is not in the price list; use the code or the name as in the price list`,
	notALevel: (value) =>
		`"${value}" is not an answer; choose Misschien (maybe), Waarschijnlijk (likely), Zeker (certain) or a percentage from 0 to 100`,
	unknownValue: (value) =>
		`"${value}" is not possible; choose eenmalig (one-off) or jaarlijks (yearly), or leave it empty`,
	differsInCase: (value) =>
		`"${value}" differs from the earlier lines of this case; one case has one unit, date and multiplier`,
	tooManyLines: () => 'a case has at most 50 avoided services',
	tooLong: () => 'is too long',
	tooManyRows: (value) => `a file has at most ${value} rows`,
	empty: () => 'it holds no case at all',
	invalid: (value) => `the case is not right (${value})`
};

export const cases: typeof dutch = {
	title: 'Cases',
	pageTitle: 'Cases - Baatwijzer',
	intro:
		'Describe cases from the past year in which your work avoided costs, as the 2020 study did: per case the avoided services with chance and contribution, and how often you see such a case per year (the multiplier). The year overview adds them up per unit and cost holder.',
	privacy:
		'Write anonymously: no names, addresses, dates of birth or other details by which someone can be recognised. A few sentences about what was going on are enough.',
	loading: 'Loading cases...',
	year: 'Year',
	none: (year: number) => `No cases in ${year} yet.`,
	count: (count: number, year: number) =>
		count === 1 ? `1 case in ${year}.` : `${count} cases in ${year}.`,
	unreadable: (count: number) =>
		count === 1
			? 'One stored case is no longer valid (changed outside the app) and is not counted.'
			: `${count} stored cases are no longer valid (changed outside the app) and are not counted.`,
	overviewLink: (year: number) => `Year overview ${year}`,
	listCaption: (year: number) => `Cases in ${year}`,
	listHeader: {
		date: 'Date',
		unit: 'Unit',
		description: 'Description',
		services: 'Avoided services',
		multiplier: 'Per year',
		total: 'Over the period, extrapolated'
	},
	remove: (date: string, unit: string) => `Remove the case of ${date} (${unit})`,
	removeShort: 'Remove',
	showAll: (count: number) => `Show all ${count} cases`,
	removed: 'The case has been removed.',
	undo: 'Undo',
	restored: 'The case has been restored.',
	gridTitle: 'Enter cases',
	gridHint:
		"One row per avoided service. Rows with the same case number form one case. Leave recurrence and cost holder empty to take the price item's.",
	column: columnNames,
	cellLabel: (column: CaseColumn, row: number) => `${columnNames[column]}, row ${row}`,
	addRow: 'Add a row',
	removeRow: (row: number) => `Remove row ${row}`,
	asItem: 'as the price item',
	save: 'Save cases',
	gridEmpty: 'First fill in at least one row: unit, date, price item, chance and contribution.',
	saved: (count: number) =>
		count === 1 ? 'One case has been saved.' : `${count} cases have been saved.`,
	saveFailed:
		'The cases have not been saved: the browser could not store anything (is the disk full?). What you entered is still there.',
	problemsTitle: 'Nothing has been saved. First correct:',
	rowProblem: (
		row: number | null,
		column: CaseColumn | null,
		code: CaseCsvProblemCode,
		value: string
	) =>
		`${row === null ? '' : `Row ${row}`}${row !== null && column ? ', ' : ''}${column ? columnNames[column] : ''}${row !== null || column ? ': ' : ''}${problemText[code](value)}.`,
	fileProblem: (
		line: number | null,
		column: CaseColumn | null,
		code: CaseCsvProblemCode,
		value: string
	) =>
		`${line === null ? 'The file' : `Line ${line}`}${column ? `, column "${column}"` : ''}: ${problemText[code](value)}.`,
	importTitle: 'Cases from a file',
	importHint:
		'A CSV file (semicolons or commas) with one row per avoided service, in the columns of the template. The column names stay Dutch, as in the template, so one file works in both languages.',
	importLabel: 'CSV file with cases',
	template: 'Download the template (CSV)',
	importing: 'Reading the file…',
	imported: (count: number, name: string) =>
		count === 1
			? `One case from ${name} has been saved.`
			: `${count} cases from ${name} have been saved.`,
	importProblems: (name: string) =>
		`${name} has not been read in; nothing has been saved. Correct the file:`,
	overview: {
		title: (year: number) => `Year overview ${year}`,
		pageTitle: (year: number) => `Year overview ${year} - Baatwijzer`,
		intro:
			"Every case times its multiplier, added up per unit, per cost holder and by chance and contribution, with the safety margin and the repeat years, against the year's subsidy.",
		back: 'Back to the cases',
		settingsTitle: 'Details of the year',
		subsidy: 'Subsidy of the year (euro)',
		subsidyHint: 'For the units that described cases; empty if you do not want to compare them.',
		safety: 'Safety margin (%)',
		repeatYears: 'Repeat years',
		fte: (unit: string) => `Size of ${unit} (FTE)`,
		saveSettings: 'Save details',
		printedSettings: (safety: number, repeatYears: number) =>
			`Safety margin ${safety}%; ${repeatYears === 1 ? '1 repeat year' : `${repeatYears} repeat years`}. Amounts in the price years of the price items.`,
		settingsSaved: 'The details of the year have been saved.',
		errors: {
			subsidy:
				'Subsidy of the year: enter an amount in euros, such as 2,290,000, or leave it empty',
			safety: 'Safety margin: enter a whole percentage from 0 to 100',
			repeat: (max: number) => `Repeat years: enter a whole number from 0 to ${max}`,
			fte: (unit: string) =>
				`Size of ${unit}: enter a number of FTE with at most two decimals, such as 4.5, or leave it empty`
		},
		unitsTitle: 'Per unit',
		unitsCaption: (year: number) =>
			`Avoided costs per unit in ${year}: described (each case once) and extrapolated (times the multiplier)`,
		unitHeader: [
			'Unit',
			'Cases described',
			'Cases per year',
			'One-off, described (EUR)',
			'Yearly, described (EUR)',
			'One-off, extrapolated (EUR)',
			'Yearly, extrapolated (EUR)',
			'Over the period (EUR)',
			'Size (FTE)'
		],
		described: 'Described (each case once)',
		extrapolated: 'Extrapolated (times the multiplier)',
		unitColumns: [
			'Unit',
			'Cases',
			'Per year',
			'One-off',
			'Yearly',
			'One-off',
			'Yearly',
			'Over the period'
		],
		allUnits: 'All units',
		representative: (unit: string, cases: number, fte: string) =>
			`${unit}: ${cases} ${cases === 1 ? 'case' : 'cases'} described at ${fte} FTE.`,
		representativeHint:
			'The more cases per FTE are described, the better the year overview shows what a unit does. A unit with few cases counts only what is described.',
		noSize: (unit: string, cases: number) =>
			`${unit}: ${cases} ${cases === 1 ? 'case' : 'cases'} described; no size given.`,
		empty: (year: number) => `There are no cases in ${year}; add them under Cases.`,
		csv: 'Year overview as CSV (Excel)',
		xlsx: 'Year overview as an Excel workbook (.xlsx)',
		print: 'Print or save as PDF',
		csvTitle: (year: number) => `Year overview ${year}`,
		matrixCorner: 'Chance \\ contribution'
	}
};
