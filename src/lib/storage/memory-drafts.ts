/** Drafts kept in memory only: the fallback when the browser refuses IndexedDB (private mode). */
import { summarizeDraft, type DraftSummary } from '$lib/domain/draft-summary';
import { newestFirst } from '$lib/domain/summary-check';
import type { Proposal } from '$lib/domain/schemas/proposal';
import type { StoredDraft } from './db';
import { ConflictError, DeletedError } from './errors';
import { sortReads, toStored, type BrokenDraft, type DraftStore } from './drafts-repository';

export class MemoryDrafts implements DraftStore {
	readonly #drafts = new Map<string, StoredDraft>();
	readonly #listeners = new Set<(drafts: DraftSummary[], broken: BrokenDraft[]) => void>();

	/** How many drafts live only here (and are lost when the tab closes). */
	get size(): number {
		return this.#drafts.size;
	}

	async get(id: string) {
		return structuredClone(this.#drafts.get(id));
	}

	async all() {
		return sortReads([...this.#drafts.values()].map((draft) => structuredClone(draft)));
	}

	async create(proposal: Proposal) {
		if (this.#drafts.has(proposal.id)) throw new Error('id taken');
		return this.#put(toStored(proposal, 1));
	}

	async save(proposal: Proposal, basedOn: number) {
		const current = this.#drafts.get(proposal.id);
		if (!current) throw new DeletedError(proposal.id);
		if (current.revision !== basedOn) throw new ConflictError(structuredClone(current));
		return this.#put(toStored(proposal, basedOn + 1));
	}

	async replace(proposal: Proposal) {
		return this.#put(toStored(proposal, (this.#drafts.get(proposal.id)?.revision ?? 0) + 1));
	}

	async restore(deleted: StoredDraft) {
		const current = this.#drafts.get(deleted.id);
		if (current) throw new ConflictError(structuredClone(current));
		return this.#put(toStored(deleted.proposal, deleted.revision + 1));
	}

	async delete(id: string) {
		this.#drafts.delete(id);
		void this.#notify();
	}

	async putMany(proposals: readonly Proposal[]) {
		for (const proposal of proposals) await this.replace(proposal);
	}

	watchAll(
		onChange: (drafts: DraftSummary[], broken: BrokenDraft[]) => void,
		onChecked?: () => void
	): () => void {
		this.#listeners.add(onChange);
		onChange(this.#summaries(), []);
		// Drafts kept in memory were validated when they were made: nothing is left to check.
		onChecked?.();
		return () => this.#listeners.delete(onChange);
	}

	#summaries(): DraftSummary[] {
		return [...this.#drafts.values()]
			.map((draft) => summarizeDraft(draft.proposal, draft.writeId))
			.sort(newestFirst);
	}

	async #notify() {
		const summaries = this.#summaries();
		for (const listener of this.#listeners) listener(summaries, []);
	}

	watch(): () => void {
		// Memory is private to this tab: nothing else can change it.
		return () => {};
	}

	#put(stored: StoredDraft) {
		this.#drafts.set(stored.id, structuredClone(stored));
		void this.#notify();
		return stored;
	}
}
