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

/** What stood in a file's `version` field, described without echoing anything large. */
export type VersionSeen =
	| { readonly kind: 'number' | 'text'; readonly text: string }
	| { readonly kind: 'missing' | 'array' | 'object' | 'boolean' | 'null' | 'longText' };

export function describeVersion(value: unknown): VersionSeen {
	if (value === undefined) return { kind: 'missing' };
	if (value === null) return { kind: 'null' };
	if (Array.isArray(value)) return { kind: 'array' };
	if (typeof value === 'number') return { kind: 'number', text: String(value).slice(0, 24) };
	if (typeof value === 'string')
		return value.length <= 24 ? { kind: 'text', text: value } : { kind: 'longText' };
	if (typeof value === 'boolean') return { kind: 'boolean' };
	return { kind: 'object' };
}

export type ImportResult =
	| { readonly ok: true; readonly drafts: ExchangeDraft[]; readonly migratedFrom: number | null }
	| { readonly ok: false; readonly reason: 'tooLarge' | 'empty' | 'notJson' | 'otherFormat' }
	| {
			readonly ok: false;
			readonly reason: 'newerVersion' | 'unknownVersion';
			readonly version: VersionSeen;
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
		return { ok: false, reason: 'unknownVersion', version: describeVersion(version) };
	}
	if (version > CURRENT_FILE_VERSION)
		return { ok: false, reason: 'newerVersion', version: describeVersion(version) };

	let file = data as Record<string, unknown>;
	for (let at = version; at < CURRENT_FILE_VERSION; at++) file = up[at]!(file);

	const parsed = exchangeFileSchema.safeParse(file);
	if (!parsed.success)
		return { ok: false, reason: 'invalid', issues: zodIssues(parsed.error, file) };
	return {
		ok: true,
		drafts: parsed.data.drafts,
		migratedFrom: version === CURRENT_FILE_VERSION ? null : version
	};
}
