/** English UI text. The result page and the report (loaded with them only: i18n/result-text.ts). */
import type { result as dutch } from '../nl/result';

export const result: typeof dutch = {
	report: {
		pageTitle: (title: string) => `Report: ${title}`,
		kind: 'Baatwijzer – estimate of avoided costs to society',
		meta: 'Details of the proposal',
		author: 'Written by',
		date: 'Date of this report',
		updated: 'Last changed',
		status: 'Status',
		verdict: "Reviewer's verdict",
		texts: 'The proposal',
		method: 'Method and settings',
		methodText:
			'Weighted minimum saving: chance (A) × contribution (B) × cost from the societal price list (C) × number. One-off savings count once, yearly ones also in the repeat years; the safety margin applies to the total.',
		safety: 'Safety margin',
		repeatYears: 'Repeat years',
		priceLevel: 'Price level',
		ownYears: 'every amount in its own price year',
		priceList: 'Price list',
		remarks: "Reviewer's remarks",
		noRemarks: 'No remarks.',
		print: 'Print or save as PDF',
		back: 'Back to the result'
	},
	result: {
		nextReport: 'Report for the council file (A4, also as PDF)',
		nextArena: 'SCBA Arena of this proposal',
		nextRealisation: 'Realisation: what actually happened?',
		byline: (organisation: string, unit: string) =>
			[organisation, unit].filter((part) => part.trim() !== '').join(' – '),
		incompleteTitle: 'This estimate is not complete yet',
		incomplete: {
			noLines: 'No avoided costs have been chosen yet.',
			unanswered:
				'One or more lines lack the number, the chance or the contribution; those lines do not count yet.',
			zeroPeople: 'One or more lines apply to 0 people and so save nothing.',
			noSubsidy: 'The subsidy asked has not been filled in, so no ratio can be calculated.',
			zeroSubsidy: 'The subsidy is 0 euros, so no ratio can be calculated.'
		} as Record<string, string>,
		nextTitle: 'What now?',
		nextPrint: 'Print or save as PDF (to go with your subsidy application)',
		nextSteps:
			'Export the proposal as a file to send it to the municipality or to work on it elsewhere; the municipality opens it in Baatwijzer and sees the same figures, sources and rationale. The Excel version is for those who want to calculate themselves.',
		horizon: (years: number) =>
			years === 1
				? 'The costs count in 1 year: the year of the activity.'
				: `The costs count over ${years} years: the year of the activity and ${years === 2 ? '1 repeat year' : `${years - 1} repeat years`}.`,
		total: 'Total avoided costs',
		subsidy: 'Subsidy (one year)',
		ratio: 'Avoided costs as a percentage of the subsidy',
		net: 'Net (avoided costs minus subsidy)',
		perYear: 'Per year',
		yearColumn: 'Year',
		perYearSuffix: 'per year',
		oneOffSuffix: 'one-off',
		transfersPart: (amount: string) => `Of which transfers: ${amount}.`,
		year: (n: number) => (n === 1 ? 'Year 1 (year of the activity)' : `Year ${n} (repeat)`),
		perHolder: 'Per cost holder',
		perHolderChart: 'Avoided costs per cost holder (bar chart; the table has the same figures)',
		holder: 'Cost holder',
		amount: 'Amount',
		breakEven: 'Breaking even',
		breakEvenText: (people: string, size: string) =>
			`With the same proportions the activity must reach at least ${people} people to earn back the subsidy (the target group is now ${size}).`,
		breakEvenNoSize:
			'Fill in the size of the target group to see how many people the activity must reach to break even.',
		breakEvenNever: 'Without avoided costs the activity never breaks even.',
		matrix: 'Prevention or intervention',
		matrixIntro:
			'Avoided costs by chance (rows) and contribution (columns). The row "Maybe" is prevention; "Likely" and "Certain" are intervention.',
		preventionSplit: (
			prevention: string,
			preventionShare: string,
			intervention: string,
			interventionShare: string
		) =>
			`Prevention: ${prevention} (${preventionShare}). Intervention: ${intervention} (${interventionShare}).`,
		matrixCaption: 'Avoided costs over the period by chance (A) and contribution (B)',
		lines: 'Per cost item',
		formula: 'Calculation',
		indexedAmount: (original: string, year: number | null, indexed: string, to: number) =>
			`${original} (price year ${year ?? '?'}) indexed to ${indexed} (price level ${to})`,
		priceLevel: (year: number) =>
			`Amounts and subsidy are indexed to price level ${year} (CBS consumer price index).`,
		subsidyYear: (
			year: number,
			level: number | null,
			basis: 'given' | 'period' | 'lines' | 'created'
		) =>
			`The subsidy was asked in prices of ${year}${
				{
					given: '',
					period: ' (assumed: the first year of the period)',
					lines: ' (assumed: the price year of the lines)',
					created: ' (assumed: the year in which the proposal was made)'
				}[basis]
			}${level !== null && level !== year ? ` and counts here in prices of ${level}` : ''}.`,
		subsidyNotIndexed: {
			laterPriceYear:
				'Note: the subsidy was asked in a later year than the price level and stays in its own year (nothing is calculated backwards).',
			noCpi:
				'Note: the subsidy could not be indexed: CBS figures are missing for a year. It stays in its own year.'
		},
		overHorizon: 'Over the period, after safety margin',
		transfer: 'transfer',
		extraCost: 'extra costs: subtracted from the saving',
		extraCostsPart: (avoided: string, extra: string) =>
			`The total is net: ${avoided} of avoided costs, minus ${extra} of extra costs the activity causes.`,
		overlapped: 'counts once: overlaps',
		overlapNote: (name: string) =>
			`This line avoids the same help for the same people as "${name}". The overlap counts once: only the line that saves most counts in the total.`,
		overlapNotice: (count: number) =>
			`${count === 1 ? 'One line overlaps' : `${count} lines overlap`} with another line for the same people and ${count === 1 ? 'does' : 'do'} not count again: the overlap counts once.`,
		countMissing: 'number not filled in yet',
		horizonFormula: (perYear: string, safety: number, years: number, total: string) =>
			`× ${safety}% safety × ${years} ${years === 1 ? 'year' : 'years'} = ${total} over the period`,
		oneOffFormula: (safety: number, total: string) =>
			`× ${safety}% safety, one-off = ${total} over the period`,
		source: 'Source',
		grade: 'Reliability',
		gradeNames: {
			A: 'A (official rate or law)',
			B: 'B (published research or price list)',
			C: 'C (single example or weak source)'
		} as Record<string, string>,
		noSource: 'no known source',
		intangible: 'intangible value, not in the total',
		intangiblePart: (amount: string) =>
			`Intangible value (for example QALYs or informal care hours), kept apart: ${amount} over the period.`,
		intangibleNote:
			'This is not an avoided cost item: it does not count in the total, the ratio to the subsidy, the cost holders or the prevention/intervention table.',
		transfersNote:
			"Lines marked as transfer save the cost holder's budget, but are no gain for society as a whole.",
		settingsChanged: (safety: number, years: number) =>
			`Note: changed calculation settings (safety margin ${safety}%, ${years} repeat years).`,
		noLines: 'There are no cost items with chance and contribution yet.'
	}
};
