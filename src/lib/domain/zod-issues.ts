/** Validation problems of a file, as plain data the UI turns into Dutch sentences. */
import type { z } from 'zod/mini';

/** At most this many problems are listed; the rest are counted. */
export const MAX_LISTED_ISSUES = 50;

export interface ImportIssue {
	/** Where in the file, e.g. ["drafts", 0, "proposal", "lines", 1, "count", "persons"]. */
	readonly path: readonly (string | number)[];
	/** A zod issue code, 'missing' for an absent field, or 'rule' for one of the app's own rules. */
	readonly code: string;
	/** For too_big/too_small: the limit; for invalid_type: the expected type; for rule: its code. */
	readonly detail?: string;
	/** For a list over its limit: how many it holds (so the message names both numbers). */
	readonly actual?: number;
}

/** The value at `path` inside `data`, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value: unknown = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/** True when the value at `path` inside `data` is absent (its parent has no such key). */
function isAbsent(data: unknown, path: readonly PropertyKey[]): boolean {
	let parent: unknown = data;
	for (const key of path.slice(0, -1)) {
		if (parent === null || typeof parent !== 'object') return false;
		parent = (parent as Record<PropertyKey, unknown>)[key];
	}
	if (parent === null || typeof parent !== 'object') return false;
	const last = path.at(-1);
	return last !== undefined && !Object.prototype.hasOwnProperty.call(parent, last);
}

/**
 * One issue per field and kind, keeping the tightest limit: a huge number breaks both the
 * safe-integer limit and the schema's own, and the schema's is the one worth telling. `data` is
 * what was validated, so that a missing field is told apart from one of the wrong type.
 */
export function zodIssues(error: z.core.$ZodError, data?: unknown): ImportIssue[] {
	const byKey = new Map<string, ImportIssue>();
	for (const issue of error.issues) {
		const missing = issue.code === 'invalid_type' && isAbsent(data, issue.path);
		const rule =
			issue.code === 'custom' ? (issue.params as { rule?: string } | undefined)?.rule : undefined;
		// Limits on text and lists read differently from limits on numbers.
		const origin = 'origin' in issue ? issue.origin : undefined;
		const sized =
			(issue.code === 'too_big' || issue.code === 'too_small') &&
			(origin === 'string' || origin === 'array')
				? `${issue.code}_${origin}`
				: issue.code;
		const code = missing ? 'missing' : rule ? 'rule' : sized;
		const detail =
			code === 'rule'
				? rule
				: issue.code === 'too_big'
					? String(issue.maximum)
					: issue.code === 'too_small'
						? String(issue.minimum)
						: issue.code === 'invalid_type' && !missing
							? issue.expected
							: undefined;
		const list = code === 'too_big_array' ? valueAt(data, issue.path) : undefined;
		const entry: ImportIssue = {
			path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
			code,
			...(detail !== undefined ? { detail } : {}),
			...(Array.isArray(list) ? { actual: list.length } : {})
		};
		const key = `${entry.path.join('.')}:${code}`;
		const previous = byKey.get(key);
		const tighter =
			!previous ||
			(code.startsWith('too_big') && Number(detail) < Number(previous.detail)) ||
			(code.startsWith('too_small') && Number(detail) > Number(previous.detail));
		if (tighter) byKey.set(key, entry);
	}
	return [...byKey.values()];
}
