/**
 * Reads a price list in the columns of shared/data/prijslijst-bronnen.csv. Every row is checked;
 * problems name the row (line in the file) and the column.
 */
import { parseCsv } from '../csv';
import { parseDecimalEuros } from '../money';
import type { SplitPart } from '../schemas/effect-line';
import type { Grade, PriceItem } from './price-item';

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

export type CsvProblemCode =
	| 'missingColumn'
	| 'required'
	| 'notAnAmount'
	| 'notAYear'
	| 'unknownHolder'
	| 'unknownValue'
	| 'splitNotSummed'
	| 'badSplit'
	| 'duplicateId'
	| 'noSource';

export interface CsvProblem {
	readonly code: CsvProblemCode;
	/** Line in the file, 1 being the header; null for the header itself. */
	readonly line: number | null;
	readonly column: Column;
	readonly value: string;
}

export type PriceListCsvResult =
	| { readonly ok: true; readonly items: PriceItem[] }
	| { readonly ok: false; readonly problems: CsvProblem[] };

const kinds = { kosten: 'cost', overdracht: 'transfer', immaterieel: 'intangible' } as const;
const recurrences = { eenmalig: 'oneOff', jaarlijks: 'yearly' } as const;

export function priceListFromCsv(
	text: string,
	knownHolders: readonly string[]
): PriceListCsvResult {
	const table = parseCsv(text);
	const problems: CsvProblem[] = [];
	for (const column of priceListColumns) {
		if (!table.header.includes(column))
			problems.push({ code: 'missingColumn', line: null, column, value: '' });
	}
	if (problems.length > 0) return { ok: false, problems };

	const index = Object.fromEntries(table.header.map((name, i) => [name, i])) as Record<
		Column,
		number
	>;
	const holders = new Set(knownHolders);
	const seen = new Set<string>();
	const items: PriceItem[] = [];

	for (const row of table.rows) {
		const cell = (column: Column) => (row.cells[index[column]] ?? '').trim();
		const problem = (code: CsvProblemCode, column: Column) =>
			problems.push({ code, line: row.line, column, value: cell(column) });
		const required = (column: Column) => {
			if (cell(column) === '') problem('required', column);
			return cell(column);
		};
		const amount = (column: Column, optional: boolean): number | null => {
			if (optional && cell(column) === '') return null;
			const cents = parseDecimalEuros(cell(column));
			if (cents === null || cents < 0n) {
				problem('notAnAmount', column);
				return null;
			}
			return Number(cents);
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
			const value = values[cell(column)];
			if (!value) problem('unknownValue', column);
			return value ?? null;
		};
		const holder = (column: Column, name: string) => {
			if (!holders.has(name))
				problems.push({ code: 'unknownHolder', line: row.line, column, value: name });
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
		else if (split) {
			split.forEach((part) => holder('verdeling', part.costHolder));
			if (
				amountCents !== null &&
				split.reduce((sum, part) => sum + part.amountCents, 0) !== amountCents
			) {
				problem('splitNotSummed', 'verdeling');
			}
		}
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
			grade: oneOf('betrouwbaarheid', { A: 'A', B: 'B', C: 'C' } as Record<string, Grade>),
			note,
			custom: false
		};
		if (
			item.amountCents !== null &&
			item.priceYear !== null &&
			item.recurrence !== null &&
			item.kind !== null &&
			item.grade !== null
		) {
			items.push(item as PriceItem);
		}
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, items };
}

/** `holder=euros|holder=euros`; null when empty, 'bad' when it cannot be read. */
function readSplit(text: string): SplitPart[] | null | 'bad' {
	if (text === '') return null;
	const parts: SplitPart[] = [];
	for (const piece of text.split('|')) {
		const at = piece.lastIndexOf('=');
		const cents = at > 0 ? parseDecimalEuros(piece.slice(at + 1)) : null;
		if (cents === null) return 'bad';
		parts.push({ costHolder: piece.slice(0, at).trim(), amountCents: Number(cents) });
	}
	return parts;
}
