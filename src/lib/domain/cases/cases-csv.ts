/**
 * Described cases from a CSV file (Dutch Excel: semicolons; commas work too): one row per avoided
 * service of a case; rows with the same `casus` form one case. Every cell is checked, then each
 * case as a whole with the same schema as a stored case; a problem names the row (its line in the
 * file) and the column, and a file with any problem stores nothing.
 *
 * Columns: casus; onderdeel; datum; beschrijving; vermenigvuldiger; prijspost; aantal; kans;
 * bijdrage; herhaling; kostenhouder. `prijspost` is a price item's id or its exact name;
 * `herhaling` and `kostenhouder` may be left empty for the item's own.
 */
import { csvRecords } from '../csv';
import { lineForItem, withCostHolder } from '../line-edits';
import type { LevelOrPercent } from '../levels';
import type { PriceItem } from '../price-list/price-item';
import { describedCaseSchema, type DescribedCase } from '../schemas/described-case';
import { caseLimits, listLimits, textLimits } from '../schemas/limits';
import { MAX_COUNT } from '../schemas/count';

export const caseColumns = [
	'casus',
	'onderdeel',
	'datum',
	'beschrijving',
	'vermenigvuldiger',
	'prijspost',
	'aantal',
	'kans',
	'bijdrage',
	'herhaling',
	'kostenhouder'
] as const;
export type CaseColumn = (typeof caseColumns)[number];
const required: readonly CaseColumn[] = [
	'casus',
	'onderdeel',
	'datum',
	'vermenigvuldiger',
	'prijspost',
	'kans',
	'bijdrage'
];

export type CaseCsvProblemCode =
	| 'missingColumn'
	| 'required'
	| 'notADate'
	| 'notAWholeNumber'
	| 'multiplierRange'
	| 'unknownItem'
	| 'notALevel'
	| 'unknownValue'
	| 'differsInCase'
	| 'tooManyLines'
	| 'tooLong'
	| 'tooManyRows'
	| 'empty'
	| 'invalid';

export interface CaseCsvProblem {
	readonly code: CaseCsvProblemCode;
	/** Line in the file (1 is the header); null for the file as a whole. */
	readonly line: number | null;
	readonly column: CaseColumn | null;
	/** The cell as read, cut to 80 characters. */
	readonly value: string;
}

export type CasesCsvResult =
	| { readonly ok: true; readonly cases: DescribedCase[] }
	| { readonly ok: false; readonly problems: CaseCsvProblem[] };

const levelWords: Record<string, LevelOrPercent> = {
	misschien: 'maybe',
	waarschijnlijk: 'likely',
	zeker: 'certain'
};
const recurrenceWords = { eenmalig: 'oneOff', jaarlijks: 'yearly' } as const;

/** "2025-03-14" or Dutch Excel's "14-3-2025" (also with slashes), as YYYY-MM-DD. */
export function readCaseDate(text: string): string | null {
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
	const dutch = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(text);
	const [year, month, day] = iso
		? [iso[1]!, iso[2]!, iso[3]!]
		: dutch
			? [dutch[3]!, dutch[2]!, dutch[1]!]
			: [];
	if (!year) return null;
	const date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
	const parsed = new Date(`${date}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : null;
}

/** Misschien / Waarschijnlijk / Zeker, or a whole percentage ("35" or "35%"). */
function readLevel(text: string): LevelOrPercent | null {
	const word = levelWords[text.toLowerCase()];
	if (word) return word;
	const percent = /^(\d{1,3})\s*%?$/.exec(text);
	return percent && Number(percent[1]) <= 100 ? Number(percent[1]) : null;
}

const wholeNumber = (text: string, max: number): number | null =>
	/^\d{1,9}$/.test(text) && Number(text) <= max ? Number(text) : null;

interface CaseRows {
	readonly key: string;
	readonly first: number;
	readonly unit: string;
	readonly date: string;
	readonly description: string;
	readonly multiplier: number;
	readonly lines: DescribedCase['lines'];
}

/** A row of cells by column, with its line in the file (or its row in the grid). */
export interface CaseRow {
	readonly line: number;
	readonly cells: Readonly<Partial<Record<CaseColumn, string>>>;
}

export function casesFromCsv(
	text: string,
	findItem: (idOrName: string) => PriceItem | undefined,
	now: Date,
	newId: () => string
): CasesCsvResult {
	const records = csvRecords(text);
	const header = records.next();
	if (header.done)
		return { ok: false, problems: [{ code: 'empty', line: null, column: null, value: '' }] };
	const names = header.value.cells.map((cell) => cell.trim().toLowerCase());
	const missing = required.filter((column) => !names.includes(column));
	if (missing.length > 0)
		return {
			ok: false,
			problems: missing.map((column) => ({
				code: 'missingColumn',
				line: null,
				column,
				value: column
			}))
		};
	function* rows(): Generator<CaseRow> {
		for (const { line, cells } of records)
			yield {
				line,
				cells: Object.fromEntries(
					caseColumns.map((column) => [column, cells[names.indexOf(column)] ?? ''])
				)
			};
	}
	return casesFromRows(rows(), findItem, now, newId);
}

/**
 * Cases from rows (a file's or the grid's): every cell checked, rows with the same `casus` one
 * case, then each case checked as a whole. Empty rows are skipped.
 */
export function casesFromRows(
	source: Iterable<CaseRow>,
	findItem: (idOrName: string) => PriceItem | undefined,
	now: Date,
	newId: () => string
): CasesCsvResult {
	const problems: CaseCsvProblem[] = [];
	const problem = (
		code: CaseCsvProblemCode,
		line: number | null,
		column: CaseColumn | null,
		value = ''
	) => problems.push({ code, line, column, value: value.slice(0, 80) });
	const cases = new Map<string, CaseRows>();
	let rows = 0;
	for (const { line, cells } of source) {
		const cell = (column: CaseColumn) => (cells[column] ?? '').trim();
		if (caseColumns.every((column) => cell(column) === '')) continue;
		if (++rows > caseLimits.casesPerFile) {
			problem('tooManyRows', line, null, String(caseLimits.casesPerFile));
			break;
		}
		const before = problems.length;
		for (const column of required) if (cell(column) === '') problem('required', line, column);
		if (problems.length > before) continue;

		const date = readCaseDate(cell('datum'));
		if (!date) problem('notADate', line, 'datum', cell('datum'));
		const multiplier = wholeNumber(cell('vermenigvuldiger'), 1_000_000);
		if (multiplier === null)
			problem('notAWholeNumber', line, 'vermenigvuldiger', cell('vermenigvuldiger'));
		else if (multiplier < 1 || multiplier > caseLimits.multiplier)
			problem('multiplierRange', line, 'vermenigvuldiger', cell('vermenigvuldiger'));
		const item = findItem(cell('prijspost'));
		if (!item) problem('unknownItem', line, 'prijspost', cell('prijspost'));
		const persons = cell('aantal') === '' ? 1 : wholeNumber(cell('aantal'), MAX_COUNT);
		if (persons === null) problem('notAWholeNumber', line, 'aantal', cell('aantal'));
		const chance = readLevel(cell('kans'));
		if (chance === null) problem('notALevel', line, 'kans', cell('kans'));
		const contribution = readLevel(cell('bijdrage'));
		if (contribution === null) problem('notALevel', line, 'bijdrage', cell('bijdrage'));
		const recurrenceText = cell('herhaling').toLowerCase();
		const recurrence =
			recurrenceText === ''
				? item?.recurrence
				: recurrenceWords[recurrenceText as keyof typeof recurrenceWords];
		if (!recurrence) problem('unknownValue', line, 'herhaling', cell('herhaling'));
		if (cell('onderdeel').length > textLimits.orgUnit)
			problem('tooLong', line, 'onderdeel', cell('onderdeel'));
		if (cell('beschrijving').length > textLimits.caseDescription)
			problem('tooLong', line, 'beschrijving', cell('beschrijving'));
		if (cell('kostenhouder').length > textLimits.costHolder)
			problem('tooLong', line, 'kostenhouder', cell('kostenhouder'));
		if (problems.length > before) continue;

		const key = cell('casus');
		const existing = cases.get(key);
		const facts = {
			unit: cell('onderdeel'),
			date: date!,
			description: cell('beschrijving'),
			multiplier: multiplier!
		};
		if (existing) {
			const differs = (['unit', 'date', 'multiplier'] as const).find(
				(field) => existing[field] !== facts[field]
			);
			if (differs) {
				const column = {
					unit: 'onderdeel',
					date: 'datum',
					multiplier: 'vermenigvuldiger'
				} as const;
				problem('differsInCase', line, column[differs], cell(column[differs]));
				continue;
			}
			if (existing.lines.length >= listLimits.caseLines) {
				problem('tooManyLines', line, 'casus', key);
				continue;
			}
		}
		let effect = {
			...lineForItem(item!, newId()),
			count: { kind: 'direct' as const, persons: persons! },
			chance: chance!,
			contribution: contribution!,
			recurrence: recurrence!
		};
		const holder = cell('kostenhouder');
		if (holder !== '' && holder !== effect.costHolder) effect = withCostHolder(effect, holder);
		if (existing) (existing.lines as DescribedCase['lines'][number][]).push(effect);
		else cases.set(key, { key, first: line, ...facts, lines: [effect] });
	}
	if (problems.length === 0 && rows === 0) problem('empty', null, null);
	if (problems.length > 0) return { ok: false, problems };

	const stamp = now.toISOString();
	const built: DescribedCase[] = [];
	for (const rows of cases.values()) {
		const parsed = describedCaseSchema.safeParse({
			id: newId(),
			unit: rows.unit,
			date: rows.date,
			description: rows.description,
			multiplier: rows.multiplier,
			lines: rows.lines,
			createdAt: stamp,
			updatedAt: stamp
		});
		if (parsed.success) built.push(parsed.data);
		else
			problem('unknownValue', rows.first, 'kostenhouder', parsed.error.issues[0]?.path.join('.'));
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, cases: built };
}
