/**
 * The app's own rules (beyond types and limits), without zod: the schemas run them in their
 * refinements, and the plain check of stored records (plain-check/) runs the same functions, so a
 * rule is written once.
 */
import type { z } from 'zod/mini';
import { toPercent, type LevelOrPercent } from '../levels';
import { countHundredths } from './count';
import type { Count } from './effect-line';

/**
 * Codes of the app's own rules. A refused value carries its code in the issue's `params.rule`,
 * and the UI has one Dutch sentence per code.
 */
export const ruleCodes = [
	'duplicateId',
	'duplicateHolder',
	'splitSum',
	'lowAboveAmount',
	'highBelowAmount',
	'notADate',
	'needsSource',
	'unknownHolder',
	'clashesWithDefault',
	'duplicateParty',
	'duplicateLink',
	'overlapsItself',
	'unknownLine',
	'unknownEffect',
	'clashesWithLine',
	'rangeOrder',
	'rangeExcludesAnswer',
	'rangeWithoutAnswer',
	'handInOrder'
] as const;
export type RuleCode = (typeof ruleCodes)[number];

/** Where a rule reports what it refuses: a zod refinement's context, or the plain check's. */
export interface RuleContext {
	addIssue: (issue: z.core.$ZodRawIssue) => void;
}

/** Adds a rule issue at `path` (relative to the value being refined). */
export function addRule(
	ctx: RuleContext,
	rule: RuleCode,
	path: (string | number)[],
	input: unknown = undefined
): void {
	ctx.addIssue({ code: 'custom', message: rule, path, params: { rule }, input });
}

/** Adds every issue of `rules` under `prefix`, for a rule run on a part of the value. */
export const under = (ctx: RuleContext, prefix: (string | number)[]): RuleContext => ({
	addIssue: (issue) => ctx.addIssue({ ...issue, path: [...prefix, ...(issue.path ?? [])] })
});

/**
 * Flags every element whose key was already seen, at `[index, ...keyPath]`: the first stays, the
 * later ones are named, so the user sees which element to change.
 */
export function uniqueBy<T>(
	rule: 'duplicateId' | 'duplicateHolder' | 'duplicateParty',
	key: (item: T) => string,
	keyPath: (string | number)[]
) {
	return (items: readonly T[], ctx: RuleContext) => {
		const seen = new Set<string>();
		items.forEach((item, index) => {
			const value = key(item);
			if (seen.has(value)) addRule(ctx, rule, [index, ...keyPath], value);
			seen.add(value);
		});
	};
}

/** A calendar date as YYYY-MM-DD that exists (no 2027-13-45, no 30 February). */
export function isRealDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day <= daysInMonth;
}

interface SplitPart {
	readonly costHolder: string;
	readonly amountCents: number;
}

/** A split names each cost holder once: two parts for one holder would double its row. */
export const uniqueHolders = uniqueBy<SplitPart>('duplicateHolder', (part) => part.costHolder, [
	'costHolder'
]);

/** The rules every amount with a split and a range obeys (lines and price items alike). */
export function checkAmountRules(
	value: {
		amountCents: number;
		lowCents: number | null;
		highCents: number | null;
		split?: readonly SplitPart[] | null;
	},
	ctx: RuleContext
): void {
	if (
		value.split &&
		value.split.reduce((sum, part) => sum + part.amountCents, 0) !== value.amountCents
	)
		addRule(ctx, 'splitSum', ['split']);
	if (value.lowCents !== null && value.lowCents > value.amountCents)
		addRule(ctx, 'lowAboveAmount', ['lowCents']);
	if (value.highCents !== null && value.highCents < value.amountCents)
		addRule(ctx, 'highBelowAmount', ['highCents']);
}

type LevelRange = { readonly low: LevelOrPercent; readonly high: LevelOrPercent };

/**
 * A range runs from low to high and holds the line's answer: the simulation draws between its
 * ends around the answer, so a range that excludes it would say two things at once.
 */
export function checkRanges(
	line: {
		readonly count: Count | null;
		readonly chance: LevelOrPercent | null;
		readonly contribution: LevelOrPercent | null;
		readonly countRange?: { readonly low: number; readonly high: number } | null;
		readonly chanceRange?: LevelRange | null;
		readonly contributionRange?: LevelRange | null;
	},
	ctx: RuleContext
): void {
	if (line.countRange) {
		const { low, high } = line.countRange;
		if (low > high) addRule(ctx, 'rangeOrder', ['countRange']);
		else if (line.count !== null) {
			const point = countHundredths(line.count);
			if (point < low * 100 || point > high * 100)
				addRule(ctx, 'rangeExcludesAnswer', ['countRange']);
		}
	}
	for (const [answer, key] of [
		['chance', 'chanceRange'],
		['contribution', 'contributionRange']
	] as const) {
		const range = line[key];
		if (!range) continue;
		const low = toPercent(range.low);
		const high = toPercent(range.high);
		const point = line[answer];
		if (low > high) addRule(ctx, 'rangeOrder', [key]);
		else if (point !== null && (toPercent(point) < low || toPercent(point) > high))
			addRule(ctx, 'rangeExcludesAnswer', [key]);
	}
}

/** A price item's amount rules, and a source or else a note saying why there is none. */
export function checkPriceItemRules(
	item: Parameters<typeof checkAmountRules>[0] & { source: unknown; note: string },
	ctx: RuleContext
): void {
	checkAmountRules(item, ctx);
	if (item.source === null && item.note.trim() === '') addRule(ctx, 'needsSource', ['source']);
}

/** A line's amount rules and its ranges. */
export function checkLineRules(
	line: Parameters<typeof checkAmountRules>[0] & Parameters<typeof checkRanges>[0],
	ctx: RuleContext
): void {
	checkAmountRules(line, ctx);
	checkRanges(line, ctx);
}
