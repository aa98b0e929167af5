/** Drafts kept in memory only: the fallback when the browser refuses IndexedDB (private mode). */
import type { Proposal } from '$lib/domain/schemas/proposal';
import type { StoredDraft } from './db';
import { ConflictError, toStored, type DraftStore } from './drafts-repository';

export class MemoryDrafts implements DraftStore {
	readonly #drafts = new Map<string, StoredDraft>();
	readonly #listeners = new Set<(drafts: StoredDraft[]) => void>();

	async get(id: string) {
		return structuredClone(this.#drafts.get(id));
	}

	async all() {
		return [...this.#drafts.values()]
			.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
			.map((draft) => structuredClone(draft));
	}

	async create(proposal: Proposal) {
		if (this.#drafts.has(proposal.id)) throw new Error('id taken');
		return this.#put(toStored(proposal, 1));
	}

	async save(proposal: Proposal, basedOn: number) {
		const current = this.#drafts.get(proposal.id);
		if (current && current.revision !== basedOn) throw new ConflictError(structuredClone(current));
		return this.#put(toStored(proposal, basedOn + 1));
	}

	async replace(proposal: Proposal) {
		return this.#put(toStored(proposal, (this.#drafts.get(proposal.id)?.revision ?? 0) + 1));
	}

	async delete(id: string) {
		this.#drafts.delete(id);
		void this.#notify();
	}

	async putMany(proposals: readonly Proposal[]) {
		for (const proposal of proposals) await this.replace(proposal);
	}

	watchAll(onChange: (drafts: StoredDraft[]) => void): () => void {
		this.#listeners.add(onChange);
		void this.all().then(onChange);
		return () => this.#listeners.delete(onChange);
	}

	async #notify() {
		const drafts = await this.all();
		for (const listener of this.#listeners) listener(drafts);
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
