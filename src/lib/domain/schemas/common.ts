/** Building blocks shared by the schemas of the exchange format and the app's state. */
import { z } from 'zod/mini';
import { levels } from '../levels';
import { MAX_CENTS, textLimits } from './limits';

export { MAX_CENTS };

export const centsSchema = z
	.int()
	.check(
		z.gte(-MAX_CENTS),
		z.lte(MAX_CENTS),
		z.describe('Euro cents as a whole number: 123.45 euro is 12345')
	);

export const percentSchema = z
	.int()
	.check(z.gte(0), z.lte(100), z.describe('Whole percentage, 0 to 100'));

export const levelOrPercentSchema = z
	.union([z.enum(levels), percentSchema])
	.check(z.describe('maybe (35 %), likely (70 %), certain (100 %), or a custom whole percentage'));

export const recurrenceSchema = z
	.enum(['oneOff', 'yearly'])
	.check(z.describe('oneOff: saved once; yearly: saved every year, also in the repeat years'));
export type Recurrence = z.infer<typeof recurrenceSchema>;

export const costHolderSchema = z
	.string()
	.check(
		z.trim(),
		z.minLength(1),
		z.maxLength(textLimits.costHolder),
		z.describe('Who would have paid the avoided cost (kostenhouder)')
	);

export const idSchema = z
	.string()
	.check(z.minLength(1), z.maxLength(100), z.describe('Stable identifier'));

/**
 * Codes of the app's own rules (beyond types and limits). A refused value carries its code in the
 * issue's `params.rule`, and the UI has one Dutch sentence per code.
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

/** Adds a rule issue at `path` (relative to the value being refined). */
export function addRule(
	ctx: { addIssue: (issue: z.core.$ZodRawIssue) => void },
	rule: RuleCode,
	path: (string | number)[],
	input: unknown = undefined
): void {
	ctx.addIssue({ code: 'custom', message: rule, path, params: { rule }, input });
}

/**
 * Flags every element whose key was already seen, at `[index, ...keyPath]`: the first stays, the
 * later ones are named, so the user sees which element to change.
 */
export function uniqueBy<T>(
	rule: 'duplicateId' | 'duplicateHolder' | 'duplicateParty',
	key: (item: T) => string,
	keyPath: (string | number)[]
) {
	return (items: readonly T[], ctx: { addIssue: (issue: z.core.$ZodRawIssue) => void }) => {
		const seen = new Set<string>();
		items.forEach((item, index) => {
			const value = key(item);
			if (seen.has(value)) addRule(ctx, rule, [index, ...keyPath], value);
			seen.add(value);
		});
	};
}

/** A date as YYYY-MM-DD that exists, or empty (the default); `description` for the JSON schema. */
export const optionalDateSchema = (description: string) =>
	z
		._default(
			z.string().check(
				z.maxLength(10),
				z.superRefine((text, ctx) => {
					if (text !== '' && !isRealDate(text)) addRule(ctx, 'notADate', [], text);
				})
			),
			''
		)
		.check(z.describe(description));

/** A calendar date as YYYY-MM-DD that exists (no 2027-13-45, no 30 February). */
export function isRealDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day <= daysInMonth;
}
