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
	proposalVersionOfFile,
	type ExchangeDraft
} from './file-format';
import { migrateProposal } from '../proposal-versions';
import { zodIssues, type ImportIssue } from '../zod-issues';
import { up } from './migrations';

export type { ImportIssue };

/** What stood in a file's `version` field, described without echoing anything large. */
export type VersionSeen =
	| { readonly kind: 'number' | 'text'; readonly text: string }
	| {
			readonly kind:
				| 'missing'
				| 'array'
				| 'object'
				| 'boolean'
				| 'null'
				| 'longText'
				| 'oddNumber'
				| 'hugeNumber';
	  };

/** Versions are small whole numbers; anything beyond this is described, not echoed. */
const LARGEST_SHOWN_VERSION = 9999;

export function describeVersion(value: unknown): VersionSeen {
	if (value === undefined) return { kind: 'missing' };
	if (value === null) return { kind: 'null' };
	if (Array.isArray(value)) return { kind: 'array' };
	if (typeof value === 'number') {
		if (!Number.isInteger(value)) return { kind: 'oddNumber' };
		return Math.abs(value) <= LARGEST_SHOWN_VERSION
			? { kind: 'number', text: String(value) }
			: { kind: 'hugeNumber' };
	}
	if (typeof value === 'string')
		return value.length <= 24 ? { kind: 'text', text: value } : { kind: 'longText' };
	if (typeof value === 'boolean') return { kind: 'boolean' };
	return { kind: 'object' };
}

/** A file refused before its content is read: too large, empty, or not JSON. */
export type FileRefusal = { readonly ok: false; readonly reason: 'tooLarge' | 'empty' | 'notJson' };
/** A version field that is not a version this app reads. */
export type VersionRefusal = {
	readonly ok: false;
	readonly reason: 'newerVersion' | 'unknownVersion';
	readonly version: VersionSeen;
};

export type ImportResult =
	| { readonly ok: true; readonly drafts: ExchangeDraft[]; readonly migratedFrom: number | null }
	| FileRefusal
	| { readonly ok: false; readonly reason: 'otherFormat' }
	| VersionRefusal
	| { readonly ok: false; readonly reason: 'invalid'; readonly issues: ImportIssue[] };

/** Size, emptiness and JSON of a file, each with its own refusal. */
export function parseFileJson(
	text: string,
	sizeBytes: number
): { readonly ok: true; readonly data: unknown } | FileRefusal {
	if (sizeBytes > MAX_FILE_BYTES) return { ok: false, reason: 'tooLarge' };
	if (text.trim() === '') return { ok: false, reason: 'empty' };
	try {
		return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
	} catch {
		return { ok: false, reason: 'notJson' };
	}
}

/** A version field: a known whole number up to `current`, or a refusal describing what stood there. */
export function checkVersion(
	value: unknown,
	current: number
): { readonly ok: true; readonly version: number } | VersionRefusal {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
		return { ok: false, reason: 'unknownVersion', version: describeVersion(value) };
	if (value > current) {
		const seen = describeVersion(value);
		return {
			ok: false,
			reason: seen.kind === 'number' ? 'newerVersion' : 'unknownVersion',
			version: seen
		};
	}
	return { ok: true, version: value };
}

export function readExchangeFile(text: string, sizeBytes: number): ImportResult {
	const json = parseFileJson(text, sizeBytes);
	if (!json.ok) return json;
	const data = json.data;
	if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== FILE_FORMAT) {
		return { ok: false, reason: 'otherFormat' };
	}
	const checked = checkVersion((data as { version?: unknown }).version, CURRENT_FILE_VERSION);
	if (!checked.ok) return checked;
	const version = checked.version;

	let file = data as Record<string, unknown>;
	for (let at = version; at < CURRENT_FILE_VERSION; at++) file = up[at]!(file);
	file = withProposalsMigrated(file, proposalVersionOfFile[version]!);

	const parsed = exchangeFileSchema.safeParse(file);
	if (!parsed.success)
		return { ok: false, reason: 'invalid', issues: zodIssues(parsed.error, file) };
	return {
		ok: true,
		drafts: parsed.data.drafts,
		migratedFrom: version === CURRENT_FILE_VERSION ? null : version
	};
}

/** Runs the one proposal chain on every draft of the file. */
function withProposalsMigrated(
	file: Record<string, unknown>,
	from: number
): Record<string, unknown> {
	if (!Array.isArray(file.drafts)) return file;
	return {
		...file,
		drafts: file.drafts.map((draft: unknown) =>
			draft && typeof draft === 'object' && 'proposal' in draft
				? { ...draft, proposal: migrateProposal(draft.proposal, from) }
				: draft
		)
	};
}
