/**
 * The autosave of the draft being edited, and what storage and other tabs say back: the journal
 * written on every change, the save 300 ms after the last one, a newer version saved in another
 * tab, a draft deleted elsewhere, and the last edit of an earlier visit replayed. The editor
 * (draft-editor.svelte.ts) owns the draft and reports each change here.
 */
import type { Proposal } from '$lib/domain/schemas/proposal';
import type { JournalEntry } from '$lib/domain/records';
import type { StoredDraft } from '$lib/storage/db';
import type { BrokenDraft, DraftStore } from '$lib/storage/drafts-repository';
import { isBroken } from '$lib/storage/draft-reader';
import { ConflictError, DeletedError } from '$lib/storage/errors';
import { MemoryJournal, type DraftJournal } from '$lib/storage/journal';
import { storageProblemOf, type StorageProblem } from '$lib/storage';
import { plainCopy } from './plain-copy';

export type SaveStatus =
	| { readonly kind: 'saved'; readonly at: string }
	| { readonly kind: 'saving' }
	| {
			readonly kind: 'failed';
			readonly reason: StorageProblem | 'conflict' | 'deleted' | 'unknown';
	  };

export interface EditorOptions {
	/** Where every change is written at once (survives a reload before the autosave). */
	readonly journal?: DraftJournal;
	/** The journal entry found when the draft was opened: the last edit, replayed. */
	readonly recovered?: JournalEntry | null;
	readonly now?: () => Date;
}

/** The draft as the editor holds it, for saving it and for taking another version in. */
export interface EditedDraft {
	/** The draft's state (proxies). */
	current(): Proposal;
	/** The draft as plain data, as of the last change. */
	plain(): Proposal;
	/** Makes `proposal` (a stored or recovered version, left as it is) the draft being edited. */
	take(proposal: Proposal): void;
	/** Saves now: the editor's `flush`, which the autosave's timer calls like anyone else. */
	flush(): void;
}

/** How long after the last change a save starts (well within the promised second). */
const SAVE_DELAY_MS = 300;

export class DraftSaving {
	saveStatus = $state<SaveStatus>({ kind: 'saved', at: '' });
	/** A newer version saved in another tab, while this tab has changes of its own. */
	newerElsewhere = $state.raw<StoredDraft | null>(null);
	/** The draft was deleted in another tab; nothing is saved until the user restores it. */
	deletedElsewhere = $state(false);
	/** The last edit of an earlier visit was replayed from the journal. */
	recovered = $state(false);

	#revision: number;
	/** The revision a save under way will write; its own echo from storage is not news. */
	#savingRevision: number | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#saving: Promise<void> = Promise.resolve();
	#dirty = false;
	readonly #journal: DraftJournal;
	readonly #now: () => Date;

	/** Call once `draft` holds `stored`'s proposal. */
	constructor(
		stored: StoredDraft,
		private readonly store: DraftStore,
		private readonly storageProblem: StorageProblem | null,
		options: EditorOptions,
		private readonly draft: EditedDraft
	) {
		this.#journal = options.journal ?? new MemoryJournal();
		this.#now = options.now ?? (() => new Date());
		this.#revision = stored.revision;
		this.saveStatus = storageProblem
			? { kind: 'failed', reason: storageProblem }
			: { kind: 'saved', at: stored.updatedAt };
		const recovered = options.recovered;
		if (!recovered) return;
		if (JSON.stringify(recovered.proposal) === JSON.stringify(stored.proposal)) {
			this.#journal.clear(stored.id);
			return;
		}
		// The last edit never reached storage: take it back, and save it (or, when storage moved on
		// since, let the user choose as in a two-tab conflict).
		draft.take(recovered.proposal);
		this.recovered = true;
		this.#dirty = true;
		const ownSave =
			recovered.basedOn === stored.revision || recovered.savingRevision === stored.revision;
		if (!ownSave) {
			this.newerElsewhere = stored;
			this.saveStatus = { kind: 'failed', reason: 'conflict' };
		} else {
			this.saveStatus = { kind: 'saving' };
			this.#timer = setTimeout(() => this.draft.flush(), 0);
		}
	}

	/** True while a change has not reached storage yet (leaving now would rely on the journal). */
	get hasUnsavedChanges(): boolean {
		return this.#dirty || this.#savingRevision !== null;
	}

	/** The draft changed: into the journal at once, into storage once changes rest. */
	changed(): void {
		const plain = this.draft.plain();
		this.#dirty = true;
		this.#journal.write(plain.id, this.#revision, plain, this.#savingRevision);
		if (this.newerElsewhere || this.deletedElsewhere) return;
		this.saveStatus = { kind: 'saving' };
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.draft.flush(), SAVE_DELAY_MS);
	}

	/** Writes the journal's lines ahead, while nothing has changed (`DraftJournal.keep`). */
	keepJournal(hasTime?: () => boolean): boolean {
		if (this.#dirty || this.recovered) return true;
		const plain = this.draft.plain();
		return this.#journal.keep(plain.id, plain, hasTime);
	}

	/** Takes the version another tab saved, dropping this tab's unsaved changes (user's choice). */
	adoptNewer(): void {
		if (!this.newerElsewhere) return;
		this.draft.take(this.newerElsewhere.proposal);
		this.#revision = this.newerElsewhere.revision;
		this.newerElsewhere = null;
		this.recovered = false;
		this.#dirty = false;
		const draft = this.draft.current();
		this.#journal.clear(draft.id);
		this.saveStatus = { kind: 'saved', at: draft.updatedAt };
	}

	/** Saves this tab's version over the newer one (the user's explicit choice). */
	keepMine(): Promise<void> {
		if (!this.newerElsewhere) return this.#saving;
		this.#revision = this.newerElsewhere.revision;
		this.newerElsewhere = null;
		this.#dirty = true;
		return this.flush();
	}

	/** Stores this tab's version as a new draft beside the other; returns the copy's id. */
	async saveCopy(copyTitle: (title: string) => string): Promise<string> {
		const stamp = this.#now().toISOString();
		const draft = this.draft.current();
		const copy: Proposal = {
			...plainCopy(draft),
			id: crypto.randomUUID(),
			title: copyTitle(draft.title),
			createdAt: stamp,
			updatedAt: stamp
		};
		await this.store.create(copy);
		return copy.id;
	}

	/** Stores the draft again after another tab deleted it (the user's choice). */
	async restoreDeleted(): Promise<void> {
		try {
			const stored = await this.store.replace(plainCopy(this.draft.current()));
			this.#revision = stored.revision;
			this.deletedElsewhere = false;
			this.#dirty = false;
			this.#journal.clear(stored.id);
			this.saveStatus = { kind: 'saved', at: stored.updatedAt };
		} catch (error) {
			this.saveStatus = { kind: 'failed', reason: storageProblemOf(error) ?? 'unknown' };
		}
	}

	/** Called when storage reports the stored draft changed (another tab). */
	noticeStored(read: StoredDraft | BrokenDraft | undefined): void {
		if (read === undefined) {
			if (this.storageProblem) return;
			this.deletedElsewhere = true;
			this.saveStatus = { kind: 'failed', reason: 'deleted' };
			return;
		}
		if (isBroken(read)) return;
		const stored = read;
		if (this.deletedElsewhere) {
			// Brought back elsewhere (an undo): from here it is a newer version like any other.
			this.deletedElsewhere = false;
			if (!this.#dirty) this.saveStatus = { kind: 'saved', at: stored.updatedAt };
		}
		if (stored.revision <= Math.max(this.#revision, this.#savingRevision ?? 0)) return;
		if (!this.#dirty) {
			this.draft.take(stored.proposal);
			this.#revision = stored.revision;
			this.saveStatus = { kind: 'saved', at: stored.updatedAt };
		} else {
			this.newerElsewhere = stored;
			this.saveStatus = { kind: 'failed', reason: 'conflict' };
		}
	}

	/** Saves now (after any save under way); resolves when stored. */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		if (!this.#dirty) return this.#saving;
		this.#saving = this.#saving.then(() => this.#save());
		return this.#saving;
	}

	async #save(): Promise<void> {
		if (!this.#dirty || this.newerElsewhere || this.deletedElsewhere) return;
		this.#dirty = false;
		const snapshot = this.draft.plain();
		this.#savingRevision = this.#revision + 1;
		this.#journal.write(snapshot.id, this.#revision, snapshot, this.#savingRevision);
		try {
			const stored = await this.store.save(snapshot, this.#revision);
			this.#revision = stored.revision;
			this.recovered = false;
			// The journal holds the newest text; once that is stored it is no longer needed.
			if (!this.#dirty) this.#journal.settle(stored.id);
			else this.#journal.write(stored.id, stored.revision, this.draft.plain());
			if (this.storageProblem) this.saveStatus = { kind: 'failed', reason: this.storageProblem };
			else if (!this.#dirty) this.saveStatus = { kind: 'saved', at: stored.updatedAt };
		} catch (error) {
			this.#dirty = true;
			if (error instanceof DeletedError) {
				this.deletedElsewhere = true;
				this.saveStatus = { kind: 'failed', reason: 'deleted' };
			} else if (error instanceof ConflictError) {
				this.newerElsewhere = error.newer;
				this.saveStatus = { kind: 'failed', reason: 'conflict' };
			} else {
				this.saveStatus = { kind: 'failed', reason: storageProblemOf(error) ?? 'unknown' };
			}
		} finally {
			this.#savingRevision = null;
		}
	}
}
