/** English UI text: comparing proposals, the portfolio and the comparison CSV. */
import type { compare as dutch } from '../nl/compare';

export const compare: typeof dutch = {
	compare: {
		pageTitle: 'Compare proposals',
		intro:
			"The chosen proposals side by side. Every figure comes from the proposal's own calculation; the points of attention say what a reviewer should ask about.",
		priceLevel: (year: number) =>
			`All amounts and subsidies are indexed to price level ${year} (CBS consumer price index), so that proposals with different price years can be compared. Amounts in euros can therefore be higher than on the result of a single proposal; the subsidy grows the same way, so the ratio does not shift with the price level.`,
		csvPriceLevel: (year: number | null) =>
			year === null
				? 'Price level: each proposal at its own price level'
				: `Price level: ${year} (amounts and subsidies indexed with the CBS consumer price index)`,
		loading: 'Loading proposals...',
		tooFew: 'In My proposals, choose two to ten proposals to compare.',
		missing: (count: number) =>
			count === 1
				? 'One chosen proposal can no longer be found in this browser and is missing here.'
				: `${count} chosen proposals can no longer be found in this browser and are missing here.`,
		order: 'Order',
		orders: {
			ratio: 'Ratio to the subsidy, high to low',
			total: 'Total avoided costs, high to low',
			subsidy: 'Subsidy, high to low',
			title: 'Name'
		},
		tableCaption: 'Comparison of the chosen proposals; each column is one proposal',
		figure: 'Figure',
		rows: {
			organisation: 'Organisation',
			author: 'Written by',
			status: 'Status',
			verdict: 'Verdict',
			remarks: "Reviewer's remarks",
			subsidy: 'Subsidy (one year)',
			total: 'Total avoided costs over the period',
			yearOne: 'Year 1',
			ratio: 'Ratio to the subsidy',
			net: 'Net',
			municipality: 'At the municipality',
			municipalityPerEuro: 'At the municipality per euro of subsidy',
			withoutRationale: 'Cost items without rationale',
			prevention: 'Share of prevention',
			transfers: 'Of which transfers',
			intangible: 'Intangible value (apart)',
			lines: 'Number of cost items',
			flags: 'Points of attention',
			realised: 'Realised over the period',
			realisedDifference: 'Difference realised and estimated'
		},
		notRealised: 'No realisation yet',
		holder: (holder: string) => `Cost holder: ${holder}`,
		noFlags: 'None',
		flags: {
			customItems: (count: number) =>
				`${count} ${count === 1 ? 'own cost item' : 'own cost items'} (no price list)`,
			gradeC: (share: string) => `${share} rests on prices with reliability C`,
			customPercent: (count: number) =>
				`${count} ${count === 1 ? 'line' : 'lines'} with an own percentage instead of the three levels`,
			settingsChanged: (safety: number, years: number) =>
				`Changed settings: safety margin ${safety}%, ${years} repeat years`,
			dominantLine: (name: string, share: string) => `"${name}" gives ${share} of the total`,
			countAboveTargetGroup: (name: string) =>
				`"${name}" counts more people than the target group holds`,
			mixedYears: (years: string) => `Prices from different years (${years})`,
			ratioAboveReference: (ratio: string, reference: number) =>
				`Ratio ${ratio} is more than ten times the subsidy; the study of this work in Helmond (Good2Consult / LEVgroep, 2020) found ${reference}%`
		},
		chartTitle: 'Ratio to the subsidy against the subsidy, per proposal',
		chartNote: 'The table has the same figures.',
		chartX: 'Subsidy (euro)',
		chartY: 'Ratio (%)',
		portfolio: 'Portfolio: the chosen proposals together',
		portfolioText: (total: string, subsidies: string) =>
			`Together the chosen proposals are estimated to avoid ${total} of costs, against ${subsidies} of subsidy per year.`,
		municipality: (share: string, subsidies: string) =>
			`Of that, ${share} ends up at the municipality (cost holders "Gemeente ..."), which pays ${subsidies} of subsidy.`,
		realisation: (count: number, estimated: string, realised: string, difference: string) =>
			`${count === 1 ? 'For one chosen proposal' : `For ${count} chosen proposals`} the realisation has been recorded: estimated ${estimated}, realised ${realised} (difference ${difference}).`,
		perHolder: 'Per cost holder',
		perYear: 'Per year',
		csv: 'Download the comparison for Excel (CSV)',
		xlsx: 'Download as an Excel workbook (.xlsx)',
		print: 'Print',
		csvHeader: [
			'Proposal',
			'Organisation',
			'Written by',
			'Status',
			'Verdict',
			'Reason for the verdict',
			"Reviewer's remarks (number)",
			'Subsidy (EUR)',
			'Total over the period (EUR)',
			'Year 1 (EUR)',
			'Ratio to the subsidy (%)',
			'Net (EUR)',
			'At the municipality (EUR)',
			'At the municipality per euro of subsidy (EUR)',
			'Prevention (EUR)',
			'Transfers (EUR)',
			'Intangible value (EUR)',
			'Number of cost items',
			'Cost items without rationale',
			'Points of attention',
			'Realised over the period (EUR)',
			'Difference realised and estimated (EUR)'
		],
		csvTotal: 'Total portfolio',
		csvHolder: (holder: string) => `${holder} (EUR)`
	}
};
