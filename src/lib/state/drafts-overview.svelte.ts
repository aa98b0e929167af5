/**
 * The drafts overview: the list (live, also across tabs), search and sort, and the actions on
 * drafts: create, rename, duplicate, status, delete with undo, export and import.
 */
import {
	buildExchangeFile,
	exchangeFileName,
	exchangeFileText
} from '$lib/domain/exchange/export-file';
import { withCarriedItems } from '$lib/domain/exchange/carried-items';
import type { ExchangeDraft } from '$lib/domain/exchange/file-format';
import { readExchangeFile, type ImportResult } from '$lib/domain/exchange/import-file';
import { catalogue } from './price-catalogue.svelte';
import { normalizeForSearch } from '$lib/domain/price-list/search';
import type { Proposal, ProposalStatus } from '$lib/domain/schemas/proposal';
import { openStorage, storageProblemOf, type AppStorage, type StorageProblem } from '$lib/storage';
import type { DraftSummary } from '$lib/domain/draft-summary';
import type { StoredDraft } from '$lib/storage/db';
import { ConflictError } from '$lib/storage/errors';
import type { BrokenDraft } from '$lib/storage/drafts-repository';
import { forgetJournal } from './open-draft';

export type { StoredDraft, BrokenDraft, DraftSummary };

/** The overview over the app's storage (IndexedDB, or memory when that is refused). */
export async function openOverview(): Promise<DraftsOverview> {
	return new DraftsOverview(await openStorage());
}

export type SortKey = 'updated' | 'title' | 'status';

/** How long a deleted draft can be brought back. */
export const UNDO_MS = 15_000;

export interface PendingImport {
	readonly drafts: ExchangeDraft[];
	/** Ids in the file that already exist here: the user chooses keep both or replace. */
	readonly conflicts: string[];
}

export type ImportProblem =
	| Exclude<ImportResult, { ok: true }>
	| { ok: false; reason: 'storage' }
	| { ok: false; reason: 'sameProposalTwice'; title: string };

/** A chosen file, as read from disk. */
export interface ChosenFile {
	readonly name: string;
	readonly text: string;
	readonly size: number;
}

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
	/** Null when drafts are stored in IndexedDB as intended. */
	readonly storageProblem: AppStorage['problem'];
	loaded = $state(false);
	/** Every stored draft has been read and validated in full (not only its summary). */
	checked = $state(false);
	query = $state('');
	sort = $state<SortKey>('updated');
	deleted = $state.raw<StoredDraft | null>(null);
	pendingImport = $state.raw<PendingImport | null>(null);
	importProblem = $state.raw<ImportProblem | null>(null);
	imported = $state<number | null>(null);
	/** The titles of what the last import stored, for its confirmation. */
	importedTitles = $state.raw<string[]>([]);
	/** For each imported proposal that was handed in: whether it still holds what was handed in. */
	importedHandIns = $state.raw<ImportedHandIn[]>([]);
	/** Drafts chosen to compare, in the order they were chosen. */
	chosen = $state<string[]>([]);
	/** With several files chosen: the one the import problem is in. */
	importFileName = $state<string | null>(null);

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

	constructor(
		private readonly storage: AppStorage,
		private readonly now: () => Date = () => new Date()
	) {
		this.storageProblem = storage.problem;
	}

	/** Starts following the stored drafts; returns the function that stops it. */
	follow(): () => void {
		const stop = this.storage.drafts.watchAll(
			(drafts, broken) => {
				this.drafts = drafts;
				this.broken = broken;
				this.loaded = true;
			},
			() => (this.checked = true)
		);
		// Without storage, drafts live in this tab only: say so before it is left.
		const warn = (event: BeforeUnloadEvent) => {
			if (this.storage.problem !== 'unavailable' || this.drafts.length === 0) return;
			event.preventDefault();
			event.returnValue = '';
		};
		window.addEventListener('beforeunload', warn);
		return () => {
			stop();
			window.removeEventListener('beforeunload', warn);
		};
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
		const stored = await this.storage.drafts.get(id);
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
		await this.storage.drafts.create(copy);
		return copy.id;
	}

	remove(id: string): Promise<void> {
		return this.#storing(() => this.#remove(id));
	}

	async #remove(id: string): Promise<void> {
		const stored = await this.storage.drafts.get(id);
		if (!stored) return;
		await this.storage.drafts.delete(id);
		forgetJournal(id);
		this.undoProblem = null;
		this.deleted = stored;
		clearTimeout(this.#undoTimer);
		this.#undoTimer = setTimeout(() => (this.deleted = null), UNDO_MS);
	}

	/** Deletes a stored draft that no longer validates (after the user exported it, or chose to). */
	async removeBroken(id: string): Promise<void> {
		await this.storage.drafts.delete(id);
		forgetJournal(id);
	}

	/**
	 * Brings the deleted draft back, unless it exists again (another tab kept editing and stored
	 * it): an undo never overwrites a newer revision.
	 */
	async undoRemove(): Promise<void> {
		if (!this.deleted) return;
		try {
			await this.storage.drafts.restore(this.deleted);
			this.undoProblem = null;
		} catch (error) {
			this.undoProblem = error instanceof ConflictError ? 'newerExists' : 'storage';
		}
		this.deleted = null;
		clearTimeout(this.#undoTimer);
	}

	/** The exchange file for some drafts (all when `ids` is omitted). */
	async exportFile(ids?: readonly string[]): Promise<{ name: string; text: string }> {
		const { drafts: all } = await this.storage.drafts.all();
		const chosen = ids ? all.filter((draft) => ids.includes(draft.id)) : all;
		const proposals = chosen.map((draft) => draft.proposal);
		const now = this.now();
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
	async readImports(files: readonly ChosenFile[]): Promise<void> {
		this.importProblem = null;
		this.importFileName = null;
		this.imported = null;
		this.pendingImport = null;
		const drafts: ExchangeDraft[] = [];
		for (const file of files) {
			const result = readExchangeFile(file.text, file.size);
			if (!result.ok) {
				this.importProblem = result;
				this.importFileName = files.length > 1 ? file.name : null;
				return;
			}
			drafts.push(...result.drafts);
		}
		const seen = new Set<string>();
		for (const { proposal } of drafts) {
			if (seen.has(proposal.id)) {
				this.importProblem = { ok: false, reason: 'sameProposalTwice', title: proposal.title };
				return;
			}
			seen.add(proposal.id);
		}
		const existing = new Set(this.drafts.map((draft) => draft.id));
		const conflicts = drafts.map((draft) => draft.proposal.id).filter((id) => existing.has(id));
		this.pendingImport = { drafts, conflicts };
		if (conflicts.length === 0) await this.finishImport('keepBoth');
	}

	async finishImport(choice: 'keepBoth' | 'replace' | 'cancel'): Promise<void> {
		const pending = this.pendingImport;
		this.pendingImport = null;
		if (!pending || choice === 'cancel') return;
		const conflicts = new Set(pending.conflicts);
		const proposals = pending.drafts.map((draft) => {
			const proposal = withCarriedItems(draft);
			return choice === 'keepBoth' && conflicts.has(proposal.id)
				? { ...proposal, id: crypto.randomUUID() }
				: proposal;
		});
		try {
			await this.storage.drafts.putMany(proposals);
		} catch {
			// A full disk or a closed database: the transaction stored nothing.
			this.importProblem = { ok: false, reason: 'storage' };
			return;
		}
		this.importedHandIns = await handInChecks(pending.drafts);
		this.importedTitles = proposals.map((proposal) => proposal.title);
		this.imported = proposals.length;
	}

	async #change(id: string, update: (proposal: Proposal) => Proposal): Promise<void> {
		const stored = await this.storage.drafts.get(id);
		if (!stored) return;
		const changed = { ...update(stored.proposal), updatedAt: this.now().toISOString() };
		await this.storage.drafts.save(changed, stored.revision);
	}
}

export interface ImportedHandIn {
	title: string;
	kind: 'unchanged' | 'changed';
	number: number;
	/** The fingerprint shortened for the eye (shortFingerprint). */
	short: string;
}

/** Checks each handed-in draft of a file against its last hand-in, with the items it carried. */
async function handInChecks(drafts: readonly ExchangeDraft[]): Promise<ImportedHandIn[]> {
	const checks: ImportedHandIn[] = [];
	if (drafts.every(({ proposal }) => proposal.handIns.length === 0)) return checks;
	const { checkHandIn, shortFingerprint, usedPriceItems } =
		await import('$lib/domain/hand-in/hand-in');
	for (const { proposal, priceItems } of drafts) {
		const find = (id: string) => priceItems.find((item) => item.id === id);
		const check = await checkHandIn(proposal, usedPriceItems(proposal, find));
		if (check.kind === 'never') continue;
		const { number, fingerprint } = check.handIn;
		checks.push({
			title: proposal.title,
			kind: check.kind,
			number,
			short: shortFingerprint(fingerprint)
		});
	}
	return checks;
}
