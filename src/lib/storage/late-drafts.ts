/**
 * A draft store that opens when first used: the draft was read without Dexie (first-read.ts) and is
 * on screen; the first read or write opens storage (Dexie) and waits for it, so a page that only
 * shows its draft never loads Dexie. Following the draft needs no Dexie either (draft-watch.ts).
 * If storage turns out to be unusable after all, every write fails with StorageUnavailableError,
 * which the save indicator reports as such: nothing is kept in memory as if it were stored.
 */
import type { BrokenDraft } from '$lib/domain/records';
import type { Proposal } from '$lib/domain/schemas/proposal';
import type { StoredDraft } from './db';
import type { DraftStore } from './drafts-repository';
import { watchStoredDraft } from './draft-watch';
import { StorageUnavailableError } from './errors';
import type { AppStorage } from './index';

export class LateDrafts implements DraftStore {
	readonly #open: () => Promise<AppStorage>;
	#opened: Promise<DraftStore> | null = null;

	constructor(open: () => Promise<AppStorage>) {
		this.#open = open;
	}

	get #drafts(): Promise<DraftStore> {
		this.#opened ??= this.#open().then((opened) => {
			if (opened.problem) throw new StorageUnavailableError();
			return opened.drafts;
		});
		return this.#opened;
	}

	async get(id: string) {
		return (await this.#drafts).get(id);
	}
	async all() {
		return (await this.#drafts).all();
	}
	async create(proposal: Proposal) {
		return (await this.#drafts).create(proposal);
	}
	async save(proposal: Proposal, basedOn: number) {
		return (await this.#drafts).save(proposal, basedOn);
	}
	async replace(proposal: Proposal) {
		return (await this.#drafts).replace(proposal);
	}
	async restore(deleted: StoredDraft) {
		return (await this.#drafts).restore(deleted);
	}
	async delete(id: string) {
		return (await this.#drafts).delete(id);
	}
	async putMany(proposals: readonly Proposal[]) {
		return (await this.#drafts).putMany(proposals);
	}

	watch(id: string, onChange: (stored: StoredDraft | BrokenDraft | undefined) => void) {
		return watchStoredDraft(id, onChange);
	}
	watchAll(...args: Parameters<DraftStore['watchAll']>) {
		return this.#follow((drafts) => drafts.watchAll(...args));
	}

	/** Starts following once storage is open (unless stopped before). */
	#follow(start: (drafts: DraftStore) => () => void): () => void {
		let stop: (() => void) | undefined;
		let stopped = false;
		void this.#drafts.then(
			(drafts) => {
				if (!stopped) stop = start(drafts);
			},
			() => undefined
		);
		return () => {
			stopped = true;
			stop?.();
		};
	}
}
