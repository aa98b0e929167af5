/**
 * CSV for the user's Excel: for Dutch Excel semicolons and a decimal comma, for English Excel
 * commas and a decimal point; never grouping, UTF-8 BOM, CRLF, RFC 4180 quoting, and the OWASP
 * guard against formula injection on every text cell. Currency is named in the headers, never in
 * cells.
 */
import {
	portfolioOf,
	remarkCount,
	type Comparison,
	type Flag,
	type ProposalFigures
} from '../comparison';
import type { Evaluation } from '../evaluation';
import { DUTCH_CSV, type CsvDialect } from './csv-dialect';
import { fraction, roundFraction, type Fraction } from '../fraction';
import { toPercent, type LevelOrPercent } from '../levels';
import { EXACT_PER_EURO, exactToCents, scaledToDecimalString, type Exact } from '../money';
import { isCustomLine } from '../custom-item';
import { countHundredths } from '../schemas/count';
import type { Proposal } from '../schemas/proposal';
import type { ProposalStatus, ReviewVerdict } from '../schemas/proposal-status';
import type { PriceItem } from '../price-list/price-item';

export { DUTCH_CSV, ENGLISH_CSV, type CsvDialect } from './csv-dialect';

/** The Dutch words of the CSV; passed in so the core holds no UI text. */
export interface CsvLabels {
	readonly lineHeader: readonly string[];
	readonly holderHeader: readonly string[];
	readonly yearHeader: readonly string[];
	readonly year: (n: number) => string;
	readonly total: string;
	readonly subsidy: string;
	readonly ratio: string;
	readonly net: string;
	readonly safety: string;
	readonly repeatYears: string;
	readonly recurrence: Record<'oneOff' | 'yearly', string>;
	readonly kind: Record<'cost' | 'transfer' | 'intangible', string>;
	readonly unanswered: string;
	readonly custom: string;
}

/** A cell: text, or a number as plain decimal text ("1234.50"); `euro` marks an amount in euros. */
export type Cell = { readonly text: string } | { readonly number: string; readonly euro?: boolean };

export const text = (value: string): Cell => ({ text: value });
export const num = (value: string): Cell => ({ number: value });

const decimal = (value: string): Cell => num(value);
/** Whole cents as "1234.50": always two decimals, so money columns line up in Excel. */
const fixedCents = (cents: bigint): Cell => {
	const [whole, fraction = ''] = scaledToDecimalString(cents, 2).split('.');
	return { number: `${whole}.${fraction.padEnd(2, '0')}`, euro: true };
};
/** Exact euros, rounded half away from zero to cents. */
export const euros = (value: Exact): Cell => fixedCents(exactToCents(value));
const centsCell = (cents: number): Cell => fixedCents(BigInt(cents));

/** The rows as a file for the dialect's Excel: BOM, its separator, CRLF. */
export const csvDocument = (
	rows: readonly (readonly Cell[])[],
	dialect: CsvDialect = DUTCH_CSV
): string =>
	`\uFEFF${rows.map((row) => row.map((cell) => csvCell(cell, dialect)).join(dialect.separator)).join('\r\n')}\r\n`;

/** Quotes and guards one cell. Numbers are written as they are, so negatives stay numbers. */
export function csvCell(cell: Cell, dialect: CsvDialect = DUTCH_CSV): string {
	if ('number' in cell) return cell.number.replace('.', dialect.decimal);
	const guarded = /^[=+\-@\t\r\n]/.test(cell.text) ? `'${cell.text}` : cell.text;
	return guarded.includes(dialect.separator) || /["\r\n]/.test(guarded)
		? `"${guarded.replace(/"/g, '""')}"`
		: guarded;
}

export function proposalCsv(
	proposal: Proposal,
	result: Evaluation,
	labels: CsvLabels,
	findItem: (id: string, proposal: Proposal) => PriceItem | undefined = () => undefined,
	dialect: CsvDialect = DUTCH_CSV
): string {
	return csvDocument(
		[
			[text(proposal.title)],
			...lineRows(proposal, result, labels, findItem),
			...summaryRows(result, proposal.settings, labels)
		],
		dialect
	);
}

/** The lines' header and one row per line: its answers, amount, source and what it saves. */
export function lineRows(
	proposal: Proposal,
	result: Evaluation,
	labels: CsvLabels,
	findItem: (id: string, proposal: Proposal) => PriceItem | undefined = () => undefined
): Cell[][] {
	const rows: Cell[][] = [];
	const level = (value: LevelOrPercent | null) =>
		value === null ? text(labels.unanswered) : num(String(toPercent(value)));

	rows.push(labels.lineHeader.map(text));
	proposal.lines.forEach((line, index) => {
		const lineResult = result.lines[index]!;
		// The amount the calculation used (indexed when the draft chose a price level).
		const amount = lineResult.amount;
		const custom = isCustomLine(proposal, line.priceItemId);
		const item = line.priceItemId === null ? undefined : findItem(line.priceItemId, proposal);
		rows.push([
			num(String(index + 1)),
			text(line.name),
			text(line.priceItemId ?? ''),
			text(custom ? `${labels.kind[line.kind]} (${labels.custom})` : labels.kind[line.kind]),
			text(line.split ? line.split.map((part) => part.costHolder).join(', ') : line.costHolder),
			centsCell(amount.cents),
			text(line.unit),
			num(
				amount.kind === 'indexed'
					? String(amount.toYear)
					: line.priceYear === null
						? ''
						: String(line.priceYear)
			),
			line.count === null
				? text(labels.unanswered)
				: decimal(scaledToDecimalString(BigInt(countHundredths(line.count)), 2)),
			level(line.chance),
			level(line.contribution),
			text(labels.recurrence[line.recurrence]),
			euros(lineResult.weighted),
			euros(lineResult.overHorizon),
			text(line.justification),
			text(
				item?.source
					? `${item.source.title}${item.source.year ? ` (${item.source.year})` : ''}`
					: (item?.note ?? '')
			),
			text(item?.grade ?? '')
		]);
	});
	return rows;
}

/** The Dutch words of the comparison CSV; passed in so the core holds no UI text. */
export type SummaryLabels = Pick<
	CsvLabels,
	| 'holderHeader'
	| 'yearHeader'
	| 'year'
	| 'total'
	| 'subsidy'
	| 'net'
	| 'ratio'
	| 'safety'
	| 'repeatYears'
>;

/** Per cost holder, per year, the total against the subsidy, and the method settings. */
export function summaryRows(
	result: Evaluation,
	settings: Proposal['settings'],
	labels: SummaryLabels
): Cell[][] {
	const rows: Cell[][] = [];
	rows.push([]);
	rows.push(labels.holderHeader.map(text));
	for (const holder of result.perCostHolder) {
		const cents = roundFraction({
			numerator: holder.total.numerator * 100n,
			denominator: holder.total.denominator * EXACT_PER_EURO
		});
		rows.push([text(holder.costHolder), fixedCents(cents)]);
	}
	rows.push([]);
	rows.push(labels.yearHeader.map(text));
	result.years.forEach((amount, index) => rows.push([text(labels.year(index + 1)), euros(amount)]));
	rows.push([text(labels.total), euros(result.total)]);
	if (result.subsidy) {
		rows.push([text(labels.subsidy), euros(result.subsidy.subsidy)]);
		rows.push([text(labels.net), euros(result.subsidy.net)]);
		if (result.subsidy.ratio) {
			const percent = roundFraction({
				numerator: result.subsidy.ratio.numerator * 10_000n,
				denominator: result.subsidy.ratio.denominator
			});
			rows.push([text(labels.ratio), decimal(scaledToDecimalString(percent, 2))]);
		}
	}
	rows.push([text(labels.safety), num(String(settings.safetyPercent))]);
	rows.push([text(labels.repeatYears), num(String(settings.repeatYears))]);

	return rows;
}

export interface ComparisonCsvLabels {
	readonly header: readonly string[];
	readonly holderColumn: (holder: string) => string;
	readonly flag: (flag: Flag) => string;
	/** The row that names the comparison's price level (null: each proposal's own). */
	readonly priceLevel: (year: number | null) => string;
	readonly status: (status: ProposalStatus) => string;
	/** The reviewer's verdict in words; '' when none is given. */
	readonly verdict: (verdict: ReviewVerdict | null) => string;
	/** The first cell of the portfolio's total row. */
	readonly total: string;
}

/** The comparison as CSV for the user's Excel: one row per proposal, one column per figure. */
export function comparisonCsv(
	comparison: Comparison,
	labels: ComparisonCsvLabels,
	dialect: CsvDialect = DUTCH_CSV
): string {
	return csvDocument(comparisonRows(comparison, labels), dialect);
}

/** The price level, the header, one row per proposal and the portfolio's total row. */
export function comparisonRows(comparison: Comparison, labels: ComparisonCsvLabels): Cell[][] {
	const ratioPercent = (ratio: Fraction | null | undefined) =>
		ratio
			? decimal(
					scaledToDecimalString(
						roundFraction({
							numerator: ratio.numerator * 10_000n,
							denominator: ratio.denominator
						}),
						2
					)
				)
			: text('');
	const holderCents = (holder: Fraction | undefined) =>
		fixedCents(
			holder
				? roundFraction({
						numerator: holder.numerator * 100n,
						denominator: holder.denominator * EXACT_PER_EURO
					})
				: 0n
		);
	const rows: Cell[][] = [
		[text(labels.priceLevel(comparison.priceLevel))],
		[...labels.header, ...comparison.holders.map(labels.holderColumn)].map(text)
	];
	const perEuro = (value: Fraction | null) =>
		value === null
			? text('')
			: fixedCents(
					roundFraction({ numerator: value.numerator * 100n, denominator: value.denominator })
				);
	for (const row of comparison.rows) {
		const { proposal, result } = row;
		rows.push([
			text(proposal.title),
			text([proposal.organisation, proposal.orgUnit].filter(Boolean).join(' – ')),
			text(proposal.author),
			text(labels.status(proposal.status)),
			text(labels.verdict(proposal.verdict)),
			text(proposal.verdictReason),
			num(String(remarkCount(proposal))),
			result.subsidyAtLevel === null ? text('') : centsCell(result.subsidyAtLevel.amount.cents),
			euros(result.total),
			euros(row.result.yearOne),
			ratioPercent(result.subsidy?.ratio),
			result.subsidy ? euros(result.subsidy.net) : text(''),
			holderCents(result.municipality),
			perEuro(result.municipalityPerEuro),
			euros(row.result.prevention),
			euros(row.result.transfers),
			euros(result.intangible),
			num(String(proposal.lines.length)),
			num(String(result.withoutRationale.length)),
			text(row.flags.map(labels.flag).join('; ')),
			row.realised ? euros(row.realised.total) : text(''),
			row.realised ? euros(row.realised.total - result.total) : text(''),
			...comparison.holders.map((holder) =>
				holderCents(result.perCostHolder.find((entry) => entry.costHolder === holder)?.total)
			)
		]);
	}
	// The portfolio: every figure that adds up, added up; the ratios of the sums.
	const portfolio = portfolioOf(comparison);
	const sum = (pick: (row: ProposalFigures) => bigint) =>
		comparison.rows.reduce((total, row) => total + pick(row), 0n);
	const hasSubsidy = comparison.rows.some((row) => row.result.subsidy !== null);
	rows.push([
		text(labels.total),
		text(''),
		text(''),
		text(''),
		text(''),
		text(''),
		num(String(comparison.rows.reduce((total, row) => total + remarkCount(row.proposal), 0))),
		hasSubsidy ? euros(portfolio.subsidies) : text(''),
		euros(portfolio.total),
		euros(sum((row) => row.result.yearOne)),
		ratioPercent(
			portfolio.subsidies === 0n ? null : fraction(portfolio.total, portfolio.subsidies)
		),
		hasSubsidy ? euros(portfolio.total - portfolio.subsidies) : text(''),
		holderCents(portfolio.municipality),
		perEuro(
			portfolio.subsidies === 0n
				? null
				: fraction(
						portfolio.municipality.numerator,
						portfolio.municipality.denominator * portfolio.subsidies
					)
		),
		euros(sum((row) => row.result.prevention)),
		euros(sum((row) => row.result.transfers)),
		euros(sum((row) => row.result.intangible)),
		num(String(comparison.rows.reduce((total, row) => total + row.proposal.lines.length, 0))),
		num(String(comparison.rows.reduce((n, row) => n + row.result.withoutRationale.length, 0))),
		text(''),
		portfolio.realisation ? euros(portfolio.realisation.realised) : text(''),
		portfolio.realisation
			? euros(portfolio.realisation.realised - portfolio.realisation.estimated)
			: text(''),
		...portfolio.perHolder.map((holder) => holderCents(holder.total))
	]);
	return rows;
}
