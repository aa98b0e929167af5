/**
 * Validating a stored draft record, without Dexie: used by the repository, the overview's worker
 * and, for a record the plain check leaves to the schema, the first read of a draft's page
 * (draft-reader.ts).
 */
import { readRecord, storedDraftSchema, type BrokenDraft } from '$lib/domain/records';
import { readStoredDraftPlain } from '$lib/domain/plain-check/records';
import type { StoredDraft } from './db';

export { isBroken } from './draft-reader';

/**
 * A stored draft's record validated: by the plain check when the app wrote it as it is (5,000
 * drafts in about 80 ms instead of 600 ms in Node, see plain-check/), else migrated and
 * validated by the schema.
 */
export function validateDraft(raw: unknown): StoredDraft | BrokenDraft {
	return (readStoredDraftPlain(raw) as StoredDraft | null) ?? validateBySchema(raw);
}

/** A record the plain check did not take: migrated and validated by the schema. */
export function validateBySchema(raw: unknown): StoredDraft | BrokenDraft {
	const record = raw as Partial<StoredDraft> | null;
	const id = typeof record?.id === 'string' ? record.id : '';
	const result = readRecord('draft', raw, storedDraftSchema);
	return result.ok
		? (result.value as StoredDraft)
		: {
				id,
				raw,
				reason: result.reason,
				issues: 'issues' in result ? result.issues : []
			};
}

/**
 * Validated reads, remembered by each write's random token so a live list does not validate the
 * same record twice (revisions can repeat after a delete and a re-create; tokens cannot).
 */
export class DraftReader {
	readonly #seen = new Map<string, { key: string; read: StoredDraft | BrokenDraft }>();

	read(raw: unknown): StoredDraft | BrokenDraft {
		const record = raw as Partial<StoredDraft> | null;
		const id = typeof record?.id === 'string' ? record.id : '';
		const key = typeof record?.writeId === 'string' ? record.writeId : null;
		const cached = this.#seen.get(id);
		if (key && cached && cached.key === key) return cached.read;
		const read = validateDraft(raw);
		if (id && key) this.#seen.set(id, { key, read });
		return read;
	}
}
