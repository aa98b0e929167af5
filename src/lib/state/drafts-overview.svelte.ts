/**
 * The drafts overview: the list (live, also across tabs), search and sort, and the actions on
 * drafts: create, rename, duplicate, status, delete with undo, export and import.
 */
import { forgetJournal, type ChosenFile, type ImportedHandIn } from './draft-files';
import { DraftImport, type ImportProblem, type PendingImport } from './draft-import.svelte';
import { normalizeForSearch } from '$lib/domain/normalize';
import type { Proposal, ProposalStatus } from '$lib/domain/schemas/proposal';
import { openStorage, storageProblemOf, type AppStorage, type StorageProblem } from '$lib/storage';
import type { DraftSummary } from '$lib/domain/draft-summary';
import type { StoredDraft } from '$lib/storage/db';
import { ConflictError } from '$lib/storage/errors';
import { currentDatabase, type ListingDatabase } from '$lib/storage/draft-listing';
import { followDrafts } from './drafts-following';
import type { BrokenDraft } from '$lib/storage/drafts-repository';
import type { EarlyDrafts } from './first-drafts';

export type { StoredDraft, BrokenDraft, DraftSummary, ImportedHandIn, ChosenFile };
export type { ImportProblem };

/**
 * The overview over the app's storage (IndexedDB, or memory when that is refused). It lists `first`
 * (the newest stored summaries, see first-drafts.ts), then every draft, both read straight from
 * IndexedDB (draft-listing.ts). Storage itself (Dexie and the validator) and the file formats load
 * only with an action that needs them, or when the database cannot be read that way (an upgrade,
 * no IndexedDB): then storage lists the drafts. A first visit makes the database without Dexie
 * (create-database.ts).
 */
export function openOverview(first?: Promise<EarlyDrafts | null>): DraftsOverview {
	return new DraftsOverview(openStorage, undefined, first, currentDatabase);
}

export type SortKey = 'updated' | 'title' | 'status';

/** How long a deleted draft can be brought back. */
export const UNDO_MS = 15_000;

/** Why an undo did not bring a draft back. */
export type UndoProblem = 'newerExists' | 'storage';

const statusOrder: Record<ProposalStatus, number> = { draft: 0, submitted: 1, reviewed: 2 };
const titleOrder = new Intl.Collator('nl');
/** Newest first, as ISO timestamps compare (no locale involved). */
const newestFirst = (a: DraftSummary, b: DraftSummary) =>
	a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;

export class DraftsOverview {
	/** A summary of every valid draft (raw: replaced whole on every change). */
	drafts = $state.raw<DraftSummary[]>([]);
	/** Stored drafts that fail validation: listed apart with a way to open (repair) or export. */
	broken = $state.raw<BrokenDraft[]>([]);
	undoProblem = $state<UndoProblem | null>(null);
	/** Why the last rename, status change, duplicate or delete could not be stored. */
	actionProblem = $state<StorageProblem | 'unknown' | null>(null);
	/** Null when drafts are stored in IndexedDB as intended (known once storage has opened). */
	storageProblem = $state<AppStorage['problem']>(null);
	loaded = $state(false);
	/** Only the newest page is listed (the first read, before the live listing). */
	firstOnly = $state(false);
	/**
	 * While only the newest page is listed: how many drafts there are in all, once counted. Null
	 * while counting, and once `drafts` holds every draft.
	 */
	firstTotal = $state<number | null>(null);
	/**
	 * Stored drafts not listed yet: they have no summary to show, and the check has not read them
	 * (the first visit after an update). The list is not complete while this is above zero.
	 */
	waiting = $state(0);
	/** Every stored draft has been read and validated in full (not only its summary). */
	checked = $state(false);
	query = $state('');
	sort = $state<SortKey>('updated');
	deleted = $state.raw<StoredDraft | null>(null);
	/** Drafts chosen to compare, in the order they were chosen. */
	chosen = $state<string[]>([]);

	visible = $derived.by(() => {
		const words = normalizeForSearch(this.query).split(/\s+/).filter(Boolean);
		const found =
			words.length === 0
				? [...this.drafts]
				: this.drafts.filter((draft) => words.every((word) => draft.titleKey.includes(word)));
		// The list comes newest first, so the default order costs one pass; titles compare with one
		// collator (a locale lookup per comparison took most of the time at 5,000 drafts).
		return found.sort(
			this.sort === 'title'
				? (a, b) => titleOrder.compare(a.titleKey, b.titleKey)
				: this.sort === 'status'
					? (a, b) => statusOrder[a.status] - statusOrder[b.status] || newestFirst(a, b)
					: newestFirst
		);
	});

	#undoTimer: ReturnType<typeof setTimeout> | undefined;

	readonly #open: () => Promise<AppStorage>;
	#opened: Promise<AppStorage> | null = null;
	readonly #first: Promise<EarlyDrafts | null> | undefined;
	readonly #listing: ListingDatabase | undefined;
	/** Waiting for the whole list: called when the live listing has every draft in `drafts`. */
	readonly #whenWhole: (() => void)[] = [];
	/** Importing files (draft-import.svelte.ts). */
	readonly #import = new DraftImport({
		storedIds: async () => {
			// While only the newest page is listed, or drafts are still being read, wait for the
			// whole list: a stored draft not listed yet would be replaced without asking.
			if (this.firstOnly || this.waiting > 0)
				await new Promise<void>((done) => this.#whenWhole.push(done));
			return new Set(this.drafts.map((draft) => draft.id));
		},
		drafts: () => this.#drafts
	});

	/**
	 * `storage` may be a function that opens it: it is called with the first action that needs
	 * storage. `listing`: the database the list is read from without storage (else storage lists).
	 */
	constructor(
		storage: AppStorage | Promise<AppStorage> | (() => Promise<AppStorage>),
		private readonly now: () => Date = () => new Date(),
		first?: Promise<EarlyDrafts | null>,
		listing?: ListingDatabase
	) {
		this.#open = typeof storage === 'function' ? storage : () => Promise.resolve(storage);
		this.#first = first;
		this.#listing = listing;
		if (typeof storage !== 'function') void this.#storage;
	}

	get #storage(): Promise<AppStorage> {
		if (!this.#opened) {
			this.#opened = this.#open();
			void this.#opened.then((opened) => (this.storageProblem = opened.problem));
		}
		return this.#opened;
	}

	get #drafts(): Promise<AppStorage['drafts']> {
		return this.#storage.then((opened) => opened.drafts);
	}

	/** Starts following the stored drafts (drafts-following.ts); returns what stops it. */
	follow(): () => void {
		return followDrafts(this.#first, this.#listing, {
			first: (newest) => {
				this.drafts = newest;
				this.firstOnly = true;
				this.loaded = true;
			},
			counted: (total) => (this.firstTotal = total),
			listed: (drafts, broken, waiting) => {
				this.firstOnly = false;
				this.firstTotal = null;
				if (waiting === 0) for (const whole of this.#whenWhole.splice(0)) whole();
				this.drafts = drafts;
				this.broken = broken;
				this.waiting = waiting;
				this.loaded = true;
			},
			checked: () => (this.checked = true),
			storage: () => this.#drafts,
			wouldLoseDrafts: () => this.storageProblem === 'unavailable' && this.drafts.length > 0
		});
	}

	/** Chooses a draft for the comparison, or un-chooses it. */
	choose(id: string, chosen: boolean): void {
		this.chosen = chosen
			? [...this.chosen.filter((other) => other !== id), id]
			: this.chosen.filter((other) => other !== id);
	}

	async rename(id: string, title: string): Promise<void> {
		await this.#storing(() => this.#change(id, (proposal) => ({ ...proposal, title })));
	}

	async setStatus(id: string, status: ProposalStatus): Promise<void> {
		await this.#storing(() => this.#change(id, (proposal) => ({ ...proposal, status })));
	}

	duplicate(id: string, copyTitle: (title: string) => string): Promise<string | null> {
		return this.#storing(() => this.#duplicate(id, copyTitle), null);
	}

	/**
	 * Runs a change to storage; when storage refuses it (a full disk, another tab's upgrade) the
	 * reason is kept for the page to say in Dutch, and nothing stored has changed.
	 */
	async #storing<T>(change: () => Promise<T>, failed?: T): Promise<T> {
		try {
			const done = await change();
			this.actionProblem = null;
			return done;
		} catch (error) {
			this.actionProblem = storageProblemOf(error) ?? 'unknown';
			return failed as T;
		}
	}

	async #duplicate(id: string, copyTitle: (title: string) => string): Promise<string | null> {
		const stored = await (await this.#drafts).get(id);
		if (!stored) return null;
		const stamp = this.now().toISOString();
		const copy: Proposal = {
			...structuredClone(stored.proposal),
			id: crypto.randomUUID(),
			title: copyTitle(stored.proposal.title),
			status: 'draft',
			createdAt: stamp,
			updatedAt: stamp
		};
		await (await this.#drafts).create(copy);
		return copy.id;
	}

	remove(id: string): Promise<void> {
		return this.#storing(() => this.#remove(id));
	}

	async #remove(id: string): Promise<void> {
		const stored = await (await this.#drafts).get(id);
		if (!stored) return;
		await (await this.#drafts).delete(id);
		await forgetJournal(id);
		this.undoProblem = null;
		this.deleted = stored;
		clearTimeout(this.#undoTimer);
		this.#undoTimer = setTimeout(() => (this.deleted = null), UNDO_MS);
	}

	/** Deletes a stored draft that no longer validates (after the user exported it, or chose to). */
	async removeBroken(id: string): Promise<void> {
		await (await this.#drafts).delete(id);
		forgetJournal(id);
	}

	/**
	 * Brings the deleted draft back, unless it exists again (another tab kept editing and stored
	 * it): an undo never overwrites a newer revision.
	 */
	async undoRemove(): Promise<void> {
		if (!this.deleted) return;
		try {
			await (await this.#drafts).restore(this.deleted);
			this.undoProblem = null;
		} catch (error) {
			this.undoProblem = error instanceof ConflictError ? 'newerExists' : 'storage';
		}
		this.deleted = null;
		clearTimeout(this.#undoTimer);
	}

	/** The exchange file for some drafts (all when `ids` is omitted). */
	async exportFile(ids?: readonly string[]): Promise<{ name: string; text: string }> {
		const { drafts: all } = await (await this.#drafts).all();
		const chosen = ids ? all.filter((draft) => ids.includes(draft.id)) : all;
		const proposals = chosen.map((draft) => draft.proposal);
		const now = this.now();
		const [{ buildExchangeFile, exchangeFileName, exchangeFileText }, { catalogue }] =
			await Promise.all([
				import('$lib/domain/exchange/export-file'),
				import('./price-catalogue.svelte')
			]);
		return {
			name: exchangeFileName(proposals, now),
			text: exchangeFileText(buildExchangeFile(proposals, await catalogue.itemFinder(), now))
		};
	}

	/** Reads a chosen file. Nothing is stored until the file is valid and any conflict is decided. */
	async readImport(text: string, sizeBytes: number): Promise<void> {
		await this.readImports([{ name: '', text, size: sizeBytes }]);
	}

	/**
	 * Reads several files at once. Every file is validated first; if one is refused, none is
	 * stored and the problem names that file. A proposal in two of the files is refused too.
	 */
	readImports(files: readonly ChosenFile[]): Promise<void> {
		return this.#import.readImports(files);
	}

	finishImport(choice: 'keepBoth' | 'replace' | 'cancel'): Promise<void> {
		return this.#import.finishImport(choice);
	}

	get pendingImport(): PendingImport | null {
		return this.#import.pendingImport;
	}

	get importProblem(): ImportProblem | null {
		return this.#import.importProblem;
	}

	get imported(): number | null {
		return this.#import.imported;
	}

	/** The titles of what the last import stored, for its confirmation. */
	get importedTitles(): string[] {
		return this.#import.importedTitles;
	}

	/** For each imported proposal that was handed in: whether it still holds what was handed in. */
	get importedHandIns(): ImportedHandIn[] {
		return this.#import.importedHandIns;
	}

	/** With several files chosen: the one the import problem is in. */
	get importFileName(): string | null {
		return this.#import.importFileName;
	}

	async #change(id: string, update: (proposal: Proposal) => Proposal): Promise<void> {
		const stored = await (await this.#drafts).get(id);
		if (!stored) return;
		const changed = { ...update(stored.proposal), updatedAt: this.now().toISOString() };
		await (await this.#drafts).save(changed, stored.revision);
	}
}
