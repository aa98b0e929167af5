/**
 * Reads a price list in the columns of shared/data/prijslijst-bronnen.csv. Every row is checked,
 * first cell by cell and then as a whole with the same schema as a JSON list; problems name the
 * row (line in the file) and the column. Rows are read in slices so a caller can let the page
 * breathe between them (`readPriceListCsv` with a `pause`).
 */
import { csvRecords } from '../csv';
import { parseDecimalEuros } from '../money';
import { MAX_CENTS } from '../schemas/common';
import type { SplitPart } from '../schemas/effect-line';
import { priceItemSchema, type Grade, type PriceItem } from './price-item';

export const priceListColumns = [
	'id',
	'naam',
	'omschrijving',
	'eenheid',
	'bedrag',
	'laag',
	'hoog',
	'prijsjaar',
	'kostenhouder',
	'verdeling',
	'herhaling',
	'domein',
	'soort',
	'bron',
	'bron_jaar',
	'bron_link',
	'betrouwbaarheid',
	'notitie'
] as const;
type Column = (typeof priceListColumns)[number];

/** Largest own price list, in items (rows). */
export const MAX_PRICE_LIST_ITEMS = 5000;
/** Rows read between two pauses. */
const ROWS_PER_SLICE = 250;

export type CsvProblemCode =
	| 'missingColumn'
	| 'required'
	| 'notAnAmount'
	| 'tooLarge'
	| 'tooLong'
	| 'notAYear'
	| 'unknownHolder'
	| 'unknownValue'
	| 'splitNotSummed'
	| 'badSplit'
	| 'duplicateId'
	| 'duplicateHolder'
	| 'lowAboveAmount'
	| 'highBelowAmount'
	| 'noSource'
	| 'invalid';

export interface CsvProblem {
	readonly code: CsvProblemCode;
	/** Line in the file, 1 being the header; null for the header itself. */
	readonly line: number | null;
	readonly column: Column;
	/** The cell as read, cut to 80 characters. */
	readonly value: string;
}

export type PriceListCsvResult =
	| { readonly ok: true; readonly items: PriceItem[] }
	| { readonly ok: false; readonly problems: CsvProblem[] }
	| { readonly ok: false; readonly tooManyItems: true };

const kinds = { kosten: 'cost', overdracht: 'transfer', immaterieel: 'intangible' } as const;
const recurrences = { eenmalig: 'oneOff', jaarlijks: 'yearly' } as const;
const grades: Record<string, Grade> = { A: 'A', B: 'B', C: 'C' };

/** The column a schema path of a price item comes from. */
const columnOfField: Record<string, Column> = {
	id: 'id',
	name: 'naam',
	description: 'omschrijving',
	unit: 'eenheid',
	amountCents: 'bedrag',
	lowCents: 'laag',
	highCents: 'hoog',
	priceYear: 'prijsjaar',
	costHolder: 'kostenhouder',
	split: 'verdeling',
	recurrence: 'herhaling',
	domain: 'domein',
	kind: 'soort',
	source: 'bron',
	grade: 'betrouwbaarheid',
	note: 'notitie'
};
const columnOfSourceField: Record<string, Column> = {
	title: 'bron',
	year: 'bron_jaar',
	link: 'bron_link'
};
const ruleProblem: Record<string, CsvProblemCode> = {
	splitSum: 'splitNotSummed',
	duplicateHolder: 'duplicateHolder',
	lowAboveAmount: 'lowAboveAmount',
	highBelowAmount: 'highBelowAmount',
	needsSource: 'noSource'
};
const amountColumns = new Set<Column>(['bedrag', 'laag', 'hoog', 'verdeling']);
const yearColumns = new Set<Column>(['prijsjaar', 'bron_jaar']);

/** Reads the whole text at once (tests, data generation). */
export function priceListFromCsv(
	text: string,
	knownHolders: readonly string[]
): PriceListCsvResult {
	const reading = readRows(text, knownHolders);
	for (;;) {
		const step = reading.next();
		if (step.done) return step.value;
	}
}

/** Reads slice by slice, awaiting `pause` between slices so the page stays responsive. */
export async function readPriceListCsv(
	text: string,
	knownHolders: readonly string[],
	pause: () => Promise<void>
): Promise<PriceListCsvResult> {
	const reading = readRows(text, knownHolders);
	for (;;) {
		const step = reading.next();
		if (step.done) return step.value;
		await pause();
	}
}

function* readRows(
	text: string,
	knownHolders: readonly string[]
): Generator<void, PriceListCsvResult, void> {
	const records = csvRecords(text);
	const first = records.next();
	const header = first.done ? [] : first.value.cells.map((name) => name.trim());
	const problems: CsvProblem[] = [];
	for (const column of priceListColumns) {
		if (!header.includes(column))
			problems.push({ code: 'missingColumn', line: null, column, value: '' });
	}
	if (problems.length > 0) return { ok: false, problems };

	const index = Object.fromEntries(header.map((name, i) => [name, i])) as Record<Column, number>;
	const holders = new Set(knownHolders);
	const seen = new Set<string>();
	const items: PriceItem[] = [];
	let rows = 0;

	for (const row of records) {
		if (++rows > MAX_PRICE_LIST_ITEMS) return { ok: false, tooManyItems: true };
		if (rows % ROWS_PER_SLICE === 0) yield;
		const before = problems.length;
		const item = readRow(row, index, holders, seen, problems);
		if (item && problems.length === before) {
			const checked = priceItemSchema.safeParse(item);
			if (checked.success) items.push(checked.data);
			else problems.push(...schemaProblems(checked.error.issues, row.line, item));
		}
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, items };
}

function readRow(
	row: { line: number; cells: readonly string[] },
	index: Record<Column, number>,
	holders: ReadonlySet<string>,
	seen: Set<string>,
	problems: CsvProblem[]
): PriceItem | null {
	const cell = (column: Column) => (row.cells[index[column]] ?? '').trim();
	const problem = (code: CsvProblemCode, column: Column, value = cell(column)) =>
		problems.push({ code, line: row.line, column, value: value.slice(0, 80) });
	const required = (column: Column) => {
		if (cell(column) === '') problem('required', column);
		return cell(column);
	};
	const amount = (column: Column, optional: boolean): number | null => {
		if (optional && cell(column) === '') return null;
		const cents = parseDecimalEuros(cell(column));
		if (cents === null || cents < 0n) problem('notAnAmount', column);
		else if (cents > BigInt(MAX_CENTS)) problem('tooLarge', column);
		else return Number(cents);
		return null;
	};
	const year = (column: Column, optional: boolean): number | null => {
		if (optional && cell(column) === '') return null;
		if (!/^\d{4}$/.test(cell(column))) {
			problem('notAYear', column);
			return null;
		}
		return Number(cell(column));
	};
	const oneOf = <T extends string>(column: Column, values: Record<string, T>): T | null => {
		const value = Object.hasOwn(values, cell(column)) ? values[cell(column)] : undefined;
		if (!value) problem('unknownValue', column);
		return value ?? null;
	};
	const holder = (column: Column, name: string) => {
		if (!holders.has(name)) problem('unknownHolder', column, name);
	};

	const id = required('id');
	if (id && seen.has(id)) problem('duplicateId', 'id');
	seen.add(id);
	const name = required('naam');
	const amountCents = amount('bedrag', false);
	const costHolder = required('kostenhouder');
	if (costHolder) holder('kostenhouder', costHolder);
	const split = readSplit(cell('verdeling'));
	if (split === 'bad') problem('badSplit', 'verdeling');
	else if (split) split.forEach((part) => holder('verdeling', part.costHolder));
	const sourceTitle = cell('bron');
	const note = cell('notitie');
	if (!sourceTitle && !note) problem('noSource', 'bron');

	const item = {
		id,
		name,
		description: cell('omschrijving'),
		unit: cell('eenheid'),
		amountCents,
		lowCents: amount('laag', true),
		highCents: amount('hoog', true),
		priceYear: year('prijsjaar', false),
		costHolder,
		split: split === 'bad' ? null : split,
		recurrence: oneOf('herhaling', recurrences),
		domain: cell('domein'),
		kind: oneOf('soort', kinds),
		source: sourceTitle
			? { title: sourceTitle, year: year('bron_jaar', true), link: cell('bron_link') || null }
			: null,
		grade: oneOf('betrouwbaarheid', grades),
		note,
		custom: false
	};
	return item.amountCents === null ||
		item.priceYear === null ||
		item.recurrence === null ||
		item.kind === null ||
		item.grade === null
		? null
		: (item as PriceItem);
}

/** The schema's verdict on a row whose cells each read well, told per column. */
function schemaProblems(
	issues: readonly {
		code: string;
		path: readonly PropertyKey[];
		params?: unknown;
	}[],
	line: number,
	item: PriceItem
): CsvProblem[] {
	const found = new Map<Column, CsvProblem>();
	for (const issue of issues) {
		const [field, sub] = issue.path;
		const column =
			field === 'source' && typeof sub === 'string'
				? (columnOfSourceField[sub] ?? 'bron')
				: (columnOfField[String(field)] ?? 'id');
		const rule = (issue.params as { rule?: string } | undefined)?.rule;
		const code: CsvProblemCode =
			issue.code === 'custom'
				? (ruleProblem[rule ?? ''] ?? 'invalid')
				: yearColumns.has(column)
					? 'notAYear'
					: issue.code === 'too_big'
						? amountColumns.has(column)
							? 'tooLarge'
							: 'tooLong'
						: issue.code === 'too_small'
							? amountColumns.has(column)
								? 'notAnAmount'
								: 'required'
							: 'invalid';
		const value = String(cellValue(item, column)).slice(0, 80);
		if (!found.has(column)) found.set(column, { code, line, column, value });
	}
	return [...found.values()];
}

function cellValue(item: PriceItem, column: Column): unknown {
	if (column === 'bron_jaar') return item.source?.year ?? '';
	if (column === 'bron_link') return item.source?.link ?? '';
	if (column === 'bron') return item.source?.title ?? '';
	if (column === 'verdeling')
		return (item.split ?? [])
			.map((part) => `${part.costHolder}=${part.amountCents / 100}`)
			.join('|');
	const field = Object.entries(columnOfField).find(([, name]) => name === column)?.[0];
	return field ? (item as unknown as Record<string, unknown>)[field] : '';
}

/** `holder=euros|holder=euros`; null when empty, 'bad' when it cannot be read. */
function readSplit(text: string): SplitPart[] | null | 'bad' {
	if (text === '') return null;
	const parts: SplitPart[] = [];
	for (const piece of text.split('|')) {
		const at = piece.lastIndexOf('=');
		const cents = at > 0 ? parseDecimalEuros(piece.slice(at + 1)) : null;
		if (cents === null || cents > BigInt(MAX_CENTS) || cents < -BigInt(MAX_CENTS)) return 'bad';
		parts.push({ costHolder: piece.slice(0, at).trim(), amountCents: Number(cents) });
	}
	return parts;
}
