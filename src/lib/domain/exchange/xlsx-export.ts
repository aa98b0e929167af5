/**
 * A proposal, the comparison and a year's overview as Excel workbooks: one sheet for the summary,
 * one for the lines, one per cost holder. The rows are the CSV's own (csv-export.ts), so a figure
 * is the same in both files; here numbers stay numbers and euro amounts get a euro format. The
 * words are passed in, so the core holds no UI text.
 */
import type { Comparison } from '../comparison';
import { holderShares, type Evaluation } from '../evaluation';
import { addFractions, fraction, roundFraction, type Fraction } from '../fraction';
import { EXACT_PER_EURO, scaledToDecimalString } from '../money';
import type { PriceItem } from '../price-list/price-item';
import type { Proposal } from '../schemas/proposal';
import {
	comparisonRows,
	lineRows,
	summaryRows,
	type Cell,
	type ComparisonCsvLabels,
	type CsvLabels
} from './csv-export';
import type { XlsxCell, XlsxSheet } from './xlsx';

export interface WorkbookLabels {
	/** Sheet names. */
	readonly summarySheet: string;
	readonly linesSheet: string;
	/** A holder's sheet: line, recurrence, what it saves the holder (EUR). */
	readonly holderLineHeader: readonly string[];
	/** The last row of a holder's sheet. */
	readonly holderTotal: string;
}

/** A CSV cell as a workbook cell: its decimal text becomes a number, euros get their format. */
const cellOf = (cell: Cell | undefined, bold = false): XlsxCell => {
	if (!cell) return null;
	if ('text' in cell) return { text: cell.text, bold };
	return { number: cell.number, euro: cell.euro ?? false };
};

/** Rows as a sheet; a row is bold when `bold` says so (headers). */
function sheet(
	name: string,
	rows: readonly (readonly Cell[])[],
	bold: (index: number) => boolean,
	widths?: readonly number[]
): XlsxSheet {
	return {
		name,
		rows: rows.map((row, index) => row.map((cell) => cellOf(cell, bold(index)))),
		...(widths ? { widths } : {})
	};
}

/** Bold: the first row, and every row right after an empty one (the summary's table headers). */
const headersAfterGaps = (rows: readonly (readonly Cell[])[]) => (index: number) =>
	index === 0 || rows[index - 1]?.length === 0;

const euroOf = (value: Fraction): XlsxCell => ({
	number: scaledToDecimalString(
		roundFraction({
			numerator: value.numerator * 100n,
			denominator: value.denominator * EXACT_PER_EURO
		}),
		2
	),
	euro: true
});

/** One sheet per cost holder: each counted line's part for it, and the holder's total. */
function holderSheets(
	proposal: Proposal,
	result: Evaluation,
	labels: WorkbookLabels & { readonly recurrence: CsvLabels['recurrence'] }
): XlsxSheet[] {
	const shares = holderShares(proposal, result);
	return result.perCostHolder.map((holder) => {
		const rows: XlsxCell[][] = [
			[{ text: holder.costHolder, bold: true }],
			labels.holderLineHeader.map((word) => ({ text: word, bold: true }))
		];
		for (const share of shares.filter((each) => each.costHolder === holder.costHolder)) {
			const line = proposal.lines[share.line]!;
			rows.push([
				{ text: line.name },
				{ text: labels.recurrence[line.recurrence] },
				euroOf(share.share)
			]);
		}
		rows.push([{ text: labels.holderTotal, bold: true }, null, euroOf(holder.total)]);
		return { name: holder.costHolder, rows, widths: [48, 14, 22] };
	});
}

export function proposalWorkbook(
	proposal: Proposal,
	result: Evaluation,
	labels: CsvLabels & WorkbookLabels,
	findItem: (id: string, proposal: Proposal) => PriceItem | undefined = () => undefined
): XlsxSheet[] {
	const summary = [[{ text: proposal.title }], ...summaryRows(result, proposal.settings, labels)];
	const lines = lineRows(proposal, result, labels, findItem);
	return [
		sheet(labels.summarySheet, summary, headersAfterGaps(summary), [40, 22]),
		sheet(labels.linesSheet, lines, (index) => index === 0),
		...holderSheets(proposal, result, labels)
	];
}

export interface ComparisonWorkbookLabels extends ComparisonCsvLabels {
	readonly summarySheet: string;
	readonly proposalsSheet: string;
	/** The portfolio's summary: subsidies, total, the holders' and years' headers. */
	readonly subsidies: string;
	readonly portfolioTotal: string;
	readonly holderHeader: readonly string[];
	readonly yearHeader: readonly string[];
	readonly year: (n: number) => string;
	/** A holder's sheet: proposal, what it saves the holder (EUR). */
	readonly holderProposalHeader: readonly string[];
	readonly holderTotal: string;
	readonly untitled: string;
}

export function comparisonWorkbook(
	comparison: Comparison,
	portfolio: {
		readonly subsidies: bigint;
		readonly total: bigint;
		readonly perHolder: readonly { readonly costHolder: string; readonly total: Fraction }[];
		readonly perYear: readonly bigint[];
	},
	labels: ComparisonWorkbookLabels
): XlsxSheet[] {
	const exact = (value: bigint) => euroOf(fraction(value));
	const bold = (text: string): XlsxCell => ({ text, bold: true });
	const summary: XlsxCell[][] = [
		[bold(labels.priceLevel(comparison.priceLevel))],
		[{ text: labels.portfolioTotal }, exact(portfolio.total)],
		[{ text: labels.subsidies }, exact(portfolio.subsidies)],
		[],
		labels.holderHeader.map(bold),
		...portfolio.perHolder.map((holder) => [{ text: holder.costHolder }, euroOf(holder.total)]),
		[],
		labels.yearHeader.map(bold),
		...portfolio.perYear.map((amount, index) => [{ text: labels.year(index + 1) }, exact(amount)])
	];
	const rows = comparisonRows(comparison, labels);
	const perHolder = comparison.holders.map((costHolder): XlsxSheet => {
		let total = fraction(0n);
		const lines: XlsxCell[][] = [[bold(costHolder)], labels.holderProposalHeader.map(bold)];
		for (const row of comparison.rows) {
			const entry = row.result.perCostHolder.find((each) => each.costHolder === costHolder);
			if (!entry) continue;
			total = addFractions(total, entry.total);
			lines.push([{ text: row.proposal.title.trim() || labels.untitled }, euroOf(entry.total)]);
		}
		lines.push([bold(labels.holderTotal), euroOf(total)]);
		return { name: costHolder, rows: lines, widths: [48, 22] };
	});
	return [
		{ name: labels.summarySheet, rows: summary, widths: [48, 22] },
		sheet(labels.proposalsSheet, rows, (index) => index <= 1),
		...perHolder
	];
}

/** A year's overview: its summary rows, the year's lines (each case's, times its multiplier), per holder. */
export function overviewWorkbook(
	summary: readonly (readonly Cell[])[],
	proposal: Proposal,
	result: Evaluation,
	labels: CsvLabels & WorkbookLabels
): XlsxSheet[] {
	return [
		sheet(
			labels.summarySheet,
			summary,
			headersAfterGaps(summary),
			[32, 14, 14, 18, 18, 18, 18, 18, 10]
		),
		sheet(labels.linesSheet, lineRows(proposal, result, labels), (index) => index === 0),
		...holderSheets(proposal, result, labels)
	];
}
