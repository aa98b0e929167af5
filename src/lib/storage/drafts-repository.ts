/** Reading and writing drafts. A save names the revision it was based on (see `StoredDraft`). */
import { liveQuery } from 'dexie';
import type { Proposal } from '$lib/domain/schemas/proposal';
import { titleKey, type BaatwijzerDb, type StoredDraft } from './db';

export class ConflictError extends Error {
	constructor(readonly newer: StoredDraft) {
		super('draft was changed elsewhere');
	}
}

export function toStored(proposal: Proposal, revision: number): StoredDraft {
	return {
		id: proposal.id,
		titleKey: titleKey(proposal.title),
		status: proposal.status,
		updatedAt: proposal.updatedAt,
		revision,
		proposal
	};
}

/** What the app needs of a draft store; IndexedDB normally, memory when that is refused. */
export interface DraftStore {
	get(id: string): Promise<StoredDraft | undefined>;
	all(): Promise<StoredDraft[]>;
	create(proposal: Proposal): Promise<StoredDraft>;
	save(proposal: Proposal, basedOn: number): Promise<StoredDraft>;
	replace(proposal: Proposal): Promise<StoredDraft>;
	delete(id: string): Promise<void>;
	/** Calls `onChange` with the stored draft whenever it changes (also from another tab). */
	watch(id: string, onChange: (stored: StoredDraft | undefined) => void): () => void;
	/** Calls `onChange` with every draft, newest first, now and whenever any changes. */
	watchAll(onChange: (drafts: StoredDraft[]) => void): () => void;
	/** Stores many drafts in one go (import); each replaces any draft with its id. */
	putMany(proposals: readonly Proposal[]): Promise<void>;
}

export class DraftsRepository implements DraftStore {
	constructor(private readonly db: BaatwijzerDb) {}

	get(id: string): Promise<StoredDraft | undefined> {
		return this.db.drafts.get(id);
	}

	all(): Promise<StoredDraft[]> {
		return this.db.drafts.orderBy('updatedAt').reverse().toArray();
	}

	/** Creates a draft; fails if the id is taken. */
	async create(proposal: Proposal): Promise<StoredDraft> {
		const stored = toStored(proposal, 1);
		await this.db.drafts.add(stored);
		return stored;
	}

	/**
	 * Saves `proposal` on top of `basedOn` (the revision this tab last saw). Throws ConflictError
	 * with the stored draft when another tab saved in between, so nothing is silently overwritten.
	 */
	save(proposal: Proposal, basedOn: number): Promise<StoredDraft> {
		return this.db.transaction('rw', this.db.drafts, async () => {
			const current = await this.db.drafts.get(proposal.id);
			if (current && current.revision !== basedOn) throw new ConflictError(current);
			const stored = toStored(proposal, basedOn + 1);
			await this.db.drafts.put(stored);
			return stored;
		});
	}

	/** Writes a draft whatever is stored (import with "replace", undo of a delete). */
	async replace(proposal: Proposal): Promise<StoredDraft> {
		return this.db.transaction('rw', this.db.drafts, async () => {
			const current = await this.db.drafts.get(proposal.id);
			const stored = toStored(proposal, (current?.revision ?? 0) + 1);
			await this.db.drafts.put(stored);
			return stored;
		});
	}

	delete(id: string): Promise<void> {
		return this.db.drafts.delete(id);
	}

	watchAll(onChange: (drafts: StoredDraft[]) => void): () => void {
		const subscription = liveQuery(() => this.all()).subscribe({ next: onChange, error: () => {} });
		return () => subscription.unsubscribe();
	}

	putMany(proposals: readonly Proposal[]): Promise<void> {
		return this.db.transaction('rw', this.db.drafts, async () => {
			const current = await this.db.drafts.bulkGet(proposals.map((proposal) => proposal.id));
			await this.db.drafts.bulkPut(
				proposals.map((proposal, index) => toStored(proposal, (current[index]?.revision ?? 0) + 1))
			);
		});
	}

	watch(id: string, onChange: (stored: StoredDraft | undefined) => void): () => void {
		const subscription = liveQuery(() => this.db.drafts.get(id)).subscribe({
			next: onChange,
			error: () => {}
		});
		return () => subscription.unsubscribe();
	}
}
