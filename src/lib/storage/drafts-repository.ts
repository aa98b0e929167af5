/**
 * Reading and writing drafts. A save names the revision it was based on (see `StoredDraft`); every
 * read migrates and validates the record (`readRecord`), so a damaged draft is reported as broken
 * instead of reaching the screen half-valid.
 */
import { liveQuery } from 'dexie';
import type { BrokenDraft } from '$lib/domain/records';
import { summarizeDraft, type DraftSummary } from '$lib/domain/draft-summary';
import { newestFirst } from '$lib/domain/summary-check';
import type { Proposal } from '$lib/domain/schemas/proposal';
import type { BaatwijzerDb, StoredDraft } from './db';
import { toStored } from './draft-create';
import { DraftReader, isBroken } from './draft-validator';

import { BrokenDraftError, ConflictError, DeletedError } from './errors';

export type { BrokenDraft };
export { toStored };

/** Splits validated reads into the drafts that can be shown and the broken ones. */
export function sortReads(reads: readonly (StoredDraft | BrokenDraft)[]) {
	const drafts: StoredDraft[] = [];
	const broken: BrokenDraft[] = [];
	for (const read of reads) {
		if (isBroken(read)) broken.push(read);
		else drafts.push(read);
	}
	drafts.sort(newestFirst);
	return { drafts, broken };
}

/** What the app needs of a draft store; IndexedDB normally, memory when that is refused. */
export interface DraftStore {
	/** The draft, or undefined; throws BrokenDraftError when it is stored but does not validate. */
	get(id: string): Promise<StoredDraft | undefined>;
	/** Every valid draft, newest first, and the broken ones apart. */
	all(): Promise<{ drafts: StoredDraft[]; broken: BrokenDraft[] }>;
	create(proposal: Proposal): Promise<StoredDraft>;
	/** Throws ConflictError when another tab saved first, DeletedError when the draft is gone. */
	save(proposal: Proposal, basedOn: number): Promise<StoredDraft>;
	/** Writes a draft whatever is stored (import with "replace", repair of a broken draft). */
	replace(proposal: Proposal): Promise<StoredDraft>;
	/**
	 * Brings a deleted draft back (undo). Throws ConflictError when a draft with its id exists again,
	 * so an undo never overwrites a newer revision.
	 */
	restore(deleted: StoredDraft): Promise<StoredDraft>;
	delete(id: string): Promise<void>;
	/** Calls `onChange` with the stored draft whenever it changes (also from another tab). */
	watch(id: string, onChange: (stored: StoredDraft | BrokenDraft | undefined) => void): () => void;
	/**
	 * Calls `onChange` with a summary of every draft, newest first, and the broken drafts apart,
	 * now and whenever any changes (also in another tab).
	 */
	/** `onChecked`: every stored draft has been read and validated (the list is settled). */
	watchAll(
		onChange: (drafts: DraftSummary[], broken: BrokenDraft[]) => void,
		onChecked?: () => void
	): () => void;
	/** Stores many drafts in one go (import); each replaces any draft with its id. */
	putMany(proposals: readonly Proposal[]): Promise<void>;
}

export class DraftsRepository implements DraftStore {
	readonly #reader = new DraftReader();

	constructor(private readonly db: BaatwijzerDb) {}

	async get(id: string): Promise<StoredDraft | undefined> {
		const raw = await this.db.drafts.get(id);
		if (raw === undefined) return undefined;
		const read = this.#reader.read(raw);
		if (isBroken(read)) throw new BrokenDraftError(read);
		return read;
	}

	async all() {
		// Not through the updatedAt index: a damaged record without that field would be skipped.
		const raws = await this.db.drafts.toArray();
		return sortReads(raws.map((raw) => this.#reader.read(raw)));
	}

	/** Creates a draft; fails if the id is taken. */
	create(proposal: Proposal): Promise<StoredDraft> {
		return this.db.transaction('rw', this.db.drafts, this.db.summaries, async () => {
			const stored = toStored(proposal, 1);
			await this.db.drafts.add(stored);
			await this.db.summaries.put(summarizeDraft(proposal, stored.writeId));
			return stored;
		});
	}

	/** Stores a draft and its summary; call inside a transaction over both tables. */
	async #put(stored: StoredDraft): Promise<StoredDraft> {
		await this.db.drafts.put(stored);
		await this.db.summaries.put(summarizeDraft(stored.proposal, stored.writeId));
		return stored;
	}

	save(proposal: Proposal, basedOn: number): Promise<StoredDraft> {
		return this.db.transaction('rw', this.db.drafts, this.db.summaries, async () => {
			const current = await this.db.drafts.get(proposal.id);
			if (!current) throw new DeletedError(proposal.id);
			if (current.revision !== basedOn) {
				const read = this.#reader.read(current);
				if (isBroken(read)) throw new BrokenDraftError(read);
				throw new ConflictError(read);
			}
			return this.#put(toStored(proposal, basedOn + 1));
		});
	}

	async replace(proposal: Proposal): Promise<StoredDraft> {
		return this.db.transaction('rw', this.db.drafts, this.db.summaries, async () => {
			const current = await this.db.drafts.get(proposal.id);
			return this.#put(toStored(proposal, (current?.revision ?? 0) + 1));
		});
	}

	restore(deleted: StoredDraft): Promise<StoredDraft> {
		return this.db.transaction('rw', this.db.drafts, this.db.summaries, async () => {
			const current = await this.db.drafts.get(deleted.id);
			if (current) {
				const read = this.#reader.read(current);
				if (isBroken(read)) throw new BrokenDraftError(read);
				throw new ConflictError(read);
			}
			const stored = toStored(deleted.proposal, deleted.revision + 1);
			await this.db.drafts.add(stored);
			await this.db.summaries.put(summarizeDraft(stored.proposal, stored.writeId));
			return stored;
		});
	}

	delete(id: string): Promise<void> {
		return this.db.transaction('rw', this.db.drafts, this.db.summaries, async () => {
			await this.db.drafts.delete(id);
			await this.db.summaries.delete(id);
		});
	}

	watchAll(
		onChange: (drafts: DraftSummary[], broken: BrokenDraft[]) => void,
		onChecked?: () => void
	): () => void {
		// The listing reads IndexedDB itself, through this repository's connection. Its code loads
		// only here: a page that opens storage to save does not fetch it.
		const db = this.db;
		const source = {
			name: db.name,
			connect: async () => {
				await db.open();
				return { database: db.backendDB(), release: () => {} };
			}
		};
		let stopped = false;
		let stop = () => {};
		void import('./draft-listing').then(({ watchListing }) => {
			if (!stopped) stop = watchListing(source, onChange, onChecked);
		});
		return () => {
			stopped = true;
			stop();
		};
	}

	putMany(proposals: readonly Proposal[]): Promise<void> {
		return this.db.transaction('rw', this.db.drafts, this.db.summaries, async () => {
			const current = await this.db.drafts.bulkGet(proposals.map((proposal) => proposal.id));
			const stored = proposals.map((proposal, index) =>
				toStored(proposal, (current[index]?.revision ?? 0) + 1)
			);
			await this.db.drafts.bulkPut(stored);
			await this.db.summaries.bulkPut(
				stored.map((draft) => summarizeDraft(draft.proposal, draft.writeId))
			);
		});
	}

	watch(id: string, onChange: (stored: StoredDraft | BrokenDraft | undefined) => void): () => void {
		const subscription = liveQuery(() => this.db.drafts.get(id)).subscribe({
			next: (raw) => onChange(raw === undefined ? undefined : this.#reader.read(raw)),
			error: () => {}
		});
		return () => subscription.unsubscribe();
	}
}
