/**
 * Reading an exchange file: size, JSON, format and version are checked first, each with its own
 * refusal; then old versions are migrated and everything is validated before the caller stores
 * anything.
 */
import {
	CURRENT_FILE_VERSION,
	exchangeFileSchema,
	FILE_FORMAT,
	MAX_FILE_BYTES,
	type ExchangeDraft
} from './file-format';
import { zodIssues, type ImportIssue } from '../zod-issues';
import { up } from './migrations';

export type { ImportIssue };

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
	if (!parsed.success) return { ok: false, reason: 'invalid', issues: zodIssues(parsed.error) };
	return {
		ok: true,
		drafts: parsed.data.drafts,
		migratedFrom: version === CURRENT_FILE_VERSION ? null : version
	};
}
