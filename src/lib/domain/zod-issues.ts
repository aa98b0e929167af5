/** Validation problems of a file, as plain data the UI turns into Dutch sentences. */
import type { z } from 'zod';

export interface ImportIssue {
	/** Where in the file, e.g. ["drafts", 0, "proposal", "lines", 1, "count", "persons"]. */
	readonly path: readonly (string | number)[];
	readonly code: string;
	/** For too_big/too_small: the limit; for invalid_type: the expected type. */
	readonly detail?: string;
}

export function zodIssues(error: z.ZodError): ImportIssue[] {
	// One issue per field and kind, keeping the tightest limit: a huge number breaks both the
	// safe-integer limit and the schema's own, and the schema's is the one worth telling.
	const byKey = new Map<string, ImportIssue>();
	for (const issue of error.issues) {
		const detail =
			issue.code === 'too_big'
				? String(issue.maximum)
				: issue.code === 'too_small'
					? String(issue.minimum)
					: issue.code === 'invalid_type'
						? issue.expected
						: undefined;
		const entry: ImportIssue = {
			path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
			code: issue.code,
			...(detail !== undefined ? { detail } : {})
		};
		const key = `${entry.path.join('.')}:${issue.code}`;
		const previous = byKey.get(key);
		const tighter =
			!previous ||
			(issue.code === 'too_big' && Number(detail) < Number(previous.detail)) ||
			(issue.code === 'too_small' && Number(detail) > Number(previous.detail));
		if (tighter) byKey.set(key, entry);
	}
	return [...byKey.values()].slice(0, 50);
}
