/**
 * The drafts overview: the list (live, also across tabs), search and sort, and the actions on
 * drafts: create, rename, duplicate, status, delete with undo, export and import.
 */
import {
	buildExchangeFile,
	exchangeFileName,
	exchangeFileText
} from '$lib/domain/exchange/export-file';
import type { ExchangeDraft } from '$lib/domain/exchange/file-format';
import { readExchangeFile, type ImportResult } from '$lib/domain/exchange/import-file';
import { findPriceItem } from '$lib/domain/price-list/default-price-list';
import { normalizeForSearch } from '$lib/domain/price-list/search';
import type { Proposal, ProposalStatus } from '$lib/domain/schemas/proposal';
import type { AppStorage } from '$lib/storage';
import type { StoredDraft } from '$lib/storage/db';

export type SortKey = 'updated' | 'title' | 'status';

/** How long a deleted draft can be brought back. */
export const UNDO_MS = 15_000;

export interface PendingImport {
	readonly drafts: ExchangeDraft[];
	/** Ids in the file that already exist here: the user chooses keep both or replace. */
	readonly conflicts: string[];
}

export type ImportProblem = Exclude<ImportResult, { ok: true }>;

const statusOrder: Record<ProposalStatus, number> = { draft: 0, submitted: 1, reviewed: 2 };

export class DraftsOverview {
	// Raw: drafts are replaced whole, and must stay plain objects for IndexedDB (no proxies).
	drafts = $state.raw<StoredDraft[]>([]);
	loaded = $state(false);
	query = $state('');
	sort = $state<SortKey>('updated');
	deleted = $state.raw<StoredDraft | null>(null);
	pendingImport = $state.raw<PendingImport | null>(null);
	importProblem = $state.raw<ImportProblem | null>(null);
	imported = $state<number | null>(null);

	visible = $derived.by(() => {
		const words = normalizeForSearch(this.query).split(/\s+/).filter(Boolean);
		const found = this.drafts.filter((draft) =>
			words.every((word) => draft.titleKey.includes(word))
		);
		const byTitle = (a: StoredDraft, b: StoredDraft) => a.titleKey.localeCompare(b.titleKey, 'nl');
		const byUpdated = (a: StoredDraft, b: StoredDraft) => b.updatedAt.localeCompare(a.updatedAt);
		return found.sort(
			this.sort === 'title'
				? byTitle
				: this.sort === 'status'
					? (a, b) => statusOrder[a.status] - statusOrder[b.status] || byUpdated(a, b)
					: byUpdated
		);
	});

	#undoTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private readonly storage: AppStorage,
		private readonly now: () => Date = () => new Date()
	) {}

	/** Starts following the stored drafts; returns the function that stops it. */
	follow(): () => void {
		return this.storage.drafts.watchAll((drafts) => {
			this.drafts = drafts;
			this.loaded = true;
		});
	}

	async rename(id: string, title: string): Promise<void> {
		await this.#change(id, (proposal) => ({ ...proposal, title }));
	}

	async setStatus(id: string, status: ProposalStatus): Promise<void> {
		await this.#change(id, (proposal) => ({ ...proposal, status }));
	}

	async duplicate(id: string, copyTitle: (title: string) => string): Promise<string | null> {
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

	async remove(id: string): Promise<void> {
		const stored = await this.storage.drafts.get(id);
		if (!stored) return;
		await this.storage.drafts.delete(id);
		this.deleted = stored;
		clearTimeout(this.#undoTimer);
		this.#undoTimer = setTimeout(() => (this.deleted = null), UNDO_MS);
	}

	async undoRemove(): Promise<void> {
		if (!this.deleted) return;
		await this.storage.drafts.replace(this.deleted.proposal);
		this.deleted = null;
		clearTimeout(this.#undoTimer);
	}

	/** The exchange file for some drafts (all when `ids` is omitted). */
	async exportFile(ids?: readonly string[]): Promise<{ name: string; text: string }> {
		const all = await this.storage.drafts.all();
		const chosen = ids ? all.filter((draft) => ids.includes(draft.id)) : all;
		const proposals = chosen.map((draft) => draft.proposal);
		const now = this.now();
		return {
			name: exchangeFileName(proposals, now),
			text: exchangeFileText(buildExchangeFile(proposals, findPriceItem, now))
		};
	}

	/** Reads a chosen file. Nothing is stored until the file is valid and any conflict is decided. */
	async readImport(text: string, sizeBytes: number): Promise<void> {
		this.importProblem = null;
		this.imported = null;
		this.pendingImport = null;
		const result = readExchangeFile(text, sizeBytes);
		if (!result.ok) {
			this.importProblem = result;
			return;
		}
		const existing = new Set(this.drafts.map((draft) => draft.id));
		const conflicts = result.drafts
			.map((draft) => draft.proposal.id)
			.filter((id) => existing.has(id));
		this.pendingImport = { drafts: result.drafts, conflicts };
		if (conflicts.length === 0) await this.finishImport('keepBoth');
	}

	async finishImport(choice: 'keepBoth' | 'replace' | 'cancel'): Promise<void> {
		const pending = this.pendingImport;
		this.pendingImport = null;
		if (!pending || choice === 'cancel') return;
		const conflicts = new Set(pending.conflicts);
		const proposals = pending.drafts.map(({ proposal }) =>
			choice === 'keepBoth' && conflicts.has(proposal.id)
				? { ...proposal, id: crypto.randomUUID() }
				: proposal
		);
		await this.storage.drafts.putMany(proposals);
		this.imported = proposals.length;
	}

	async #change(id: string, update: (proposal: Proposal) => Proposal): Promise<void> {
		const stored = await this.storage.drafts.get(id);
		if (!stored) return;
		const changed = { ...update(stored.proposal), updatedAt: this.now().toISOString() };
		await this.storage.drafts.save(changed, stored.revision);
	}
}
