/** The browser database (IndexedDB through Dexie). Only the repositories here use it. */
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Proposal } from '$lib/domain/schemas/proposal';

/** A draft as stored: the proposal plus what the overview sorts and searches on. */
export interface StoredDraft {
	id: string;
	/** Lower-case title for searching. */
	titleKey: string;
	status: Proposal['status'];
	updatedAt: string;
	/** Raised by one on every save; a save that expects an older revision is refused (two tabs). */
	revision: number;
	proposal: Proposal;
}

export const schemaVersions = { Initial: 1 } as const;

export class BaatwijzerDb extends Dexie {
	drafts!: EntityTable<StoredDraft, 'id'>;

	constructor(name = 'baatwijzer', options?: DexieOptions) {
		super(name, options);
		this.version(schemaVersions.Initial).stores({ drafts: 'id, titleKey, status, updatedAt' });
	}
}
