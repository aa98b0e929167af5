/** English words inside the Excel workbooks (sheet names and headers), loaded when a file is made. */
import type { workbook as dutch } from '../nl/workbook';

export const workbook: typeof dutch = {
	summarySheet: 'Summary',
	linesSheet: 'Cost items',
	proposalsSheet: 'Proposals',
	holderLineHeader: ['Cost item', 'Recurrence', 'Over the period (EUR)'],
	holderProposalHeader: ['Proposal', 'Over the period (EUR)'],
	holderTotal: 'Total',
	portfolioTotal: 'Total avoided costs, together (EUR)',
	subsidies: 'Subsidy per year, together (EUR)'
};
