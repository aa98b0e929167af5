/**
 * Validating a stored draft record, without Dexie: used by the repository and by the first read of
 * a draft's page (first-read.ts).
 */
import { readRecord, storedDraftSchema, type BrokenDraft } from '$lib/domain/records';
import type { StoredDraft } from './db';

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
		const result = readRecord('draft', raw, storedDraftSchema);
		const read: StoredDraft | BrokenDraft = result.ok
			? (result.value as StoredDraft)
			: {
					id,
					raw,
					reason: result.reason,
					issues: result.ok ? [] : 'issues' in result ? result.issues : []
				};
		if (id && key) this.#seen.set(id, { key, read });
		return read;
	}
}

export const isBroken = (read: StoredDraft | BrokenDraft): read is BrokenDraft => 'raw' in read;
