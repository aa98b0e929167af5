/** English UI text. The column names of the CSV export (and the workbook's). */
import type { csv as dutch } from '../nl/csv';

export const csv: typeof dutch = {
	csv: {
		lineHeader: [
			'Line',
			'Cost item',
			'Price list id',
			'Kind',
			'Cost holder',
			'Amount (EUR)',
			'Unit',
			'Price year (price level)',
			'Number of people',
			'Chance A (%)',
			'Contribution B (%)',
			'Recurrence',
			'Per year, before safety margin (EUR)',
			'Over the period, after safety margin (EUR)',
			'Rationale',
			'Source',
			'Reliability (A/B/C)'
		],
		holderHeader: ['Cost holder', 'Over the period (EUR)'],
		yearHeader: ['Year', 'Avoided costs (EUR)'],
		year: (n: number) => (n === 1 ? 'Year 1 (year of the activity)' : `Year ${n} (repeat)`),
		total: 'Total avoided costs (EUR)',
		subsidy: 'Subsidy (EUR)',
		ratio: 'Avoided costs as a percentage of the subsidy (%)',
		net: 'Net (EUR)',
		safety: 'Safety margin (%)',
		repeatYears: 'Repeat years',
		unanswered: 'not filled in',
		custom: 'own item'
	}
};
