/**
 * Reading an exchange file: size, JSON, format and version are checked first, each with its own
 * refusal; then old versions are migrated and everything is validated before the caller stores
 * anything.
 */
import type { z } from 'zod';
import {
	CURRENT_FILE_VERSION,
	exchangeFileSchema,
	FILE_FORMAT,
	MAX_FILE_BYTES,
	type ExchangeDraft
} from './file-format';
import { up } from './migrations';

export interface ImportIssue {
	/** Where in the file, e.g. ["drafts", 0, "proposal", "lines", 1, "count", "persons"]. */
	readonly path: readonly (string | number)[];
	readonly code: string;
	/** For too_big/too_small: the limit; for invalid_type: the expected type. */
	readonly detail?: string;
}

export type ImportResult =
	| { readonly ok: true; readonly drafts: ExchangeDraft[]; readonly migratedFrom: number | null }
	| { readonly ok: false; readonly reason: 'tooLarge' | 'empty' | 'notJson' | 'otherFormat' }
	| {
			readonly ok: false;
			readonly reason: 'newerVersion' | 'unknownVersion';
			readonly version: unknown;
	  }
	| { readonly ok: false; readonly reason: 'invalid'; readonly issues: ImportIssue[] };

export function readExchangeFile(text: string, sizeBytes: number): ImportResult {
	if (sizeBytes > MAX_FILE_BYTES) return { ok: false, reason: 'tooLarge' };
	if (text.trim() === '') return { ok: false, reason: 'empty' };
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return { ok: false, reason: 'notJson' };
	}
	if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== FILE_FORMAT) {
		return { ok: false, reason: 'otherFormat' };
	}
	const version = (data as { version?: unknown }).version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, reason: 'unknownVersion', version };
	}
	if (version > CURRENT_FILE_VERSION) return { ok: false, reason: 'newerVersion', version };

	let file = data as Record<string, unknown>;
	for (let at = version; at < CURRENT_FILE_VERSION; at++) file = up[at]!(file);

	const parsed = exchangeFileSchema.safeParse(file);
	if (!parsed.success) return { ok: false, reason: 'invalid', issues: toIssues(parsed.error) };
	return {
		ok: true,
		drafts: parsed.data.drafts,
		migratedFrom: version === CURRENT_FILE_VERSION ? null : version
	};
}

function toIssues(error: z.ZodError): ImportIssue[] {
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
