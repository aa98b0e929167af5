/**
 * The plain check's building blocks: each answers whether a value is one the schema would take and
 * return unchanged. A value the schema would change (a default to fill in, text to trim) counts as
 * not taken: the plain check then leaves the record to the schema, which knows what to do.
 */
import type { RuleContext } from '../schemas/rules';
import { levels } from '../levels';
import { MAX_CENTS } from '../schemas/limits';

export type Fields = Record<string, unknown>;

export const isObject = (value: unknown): value is Fields =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

export const isText = (value: unknown, max: number): value is string =>
	typeof value === 'string' && value.length <= max;

/** Text the schema trims first: taken only when already trimmed, at least `min` long. */
export const isTrimmed = (value: unknown, min: number, max: number): value is string =>
	typeof value === 'string' && value.length >= min && value.length <= max && value.trim() === value;

export const isInt = (value: unknown, min: number, max: number): value is number =>
	Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;

export const isCents = (value: unknown, min = -MAX_CENTS): value is number =>
	isInt(value, min, MAX_CENTS);

export const isId = (value: unknown): value is string =>
	typeof value === 'string' && value.length >= 1 && value.length <= 100;

export const isOneOf = <T extends string>(value: unknown, options: readonly T[]): value is T =>
	typeof value === 'string' && (options as readonly string[]).includes(value);

export const isLevelOrPercent = (value: unknown): boolean =>
	isOneOf(value, levels) || isInt(value, 0, 100);

/** `check` on every element of a list of at most `max`; the list itself when all pass. */
export function everyOf<T>(
	value: unknown,
	max: number,
	check: (element: unknown) => T | null
): T[] | null {
	if (!Array.isArray(value) || value.length > max) return null;
	const out: T[] = new Array(value.length);
	for (let index = 0; index < value.length; index++) {
		const read = check(value[index]);
		if (read === null) return null;
		out[index] = read;
	}
	return out;
}

/** ISO 8601 date and time in UTC, as `z.iso.datetime()` takes it (zod's own pattern). */
const DATE_TIME =
	/^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z))$/;
export const isDateTime = (value: unknown): value is string =>
	typeof value === 'string' && DATE_TIME.test(value);

/** A rule context that only notes that some rule refused. */
export class Refusals implements RuleContext {
	refused = false;
	readonly addIssue = (): void => {
		this.refused = true;
	};
}

/** Whether `rules` accept `value`. */
export function passes<T>(value: T, rules: (value: T, ctx: RuleContext) => void): boolean {
	const refusals = new Refusals();
	rules(value, refusals);
	return !refusals.refused;
}
