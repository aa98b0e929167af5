/**
 * The draft being edited: its answers, the text of number fields that do not parse yet, the live
 * result, and autosave. Components change the draft only through the methods here.
 */
import { createContext } from 'svelte';
import { calculateProposal } from '$lib/domain/proposal-calculation';
import type { PriceItem } from '$lib/domain/price-list/price-item';
import { applyPriceUpdates } from '$lib/domain/price-list/updates';
import type { EffectLine } from '$lib/domain/schemas/effect-line';
import type { Proposal } from '$lib/domain/schemas/proposal';
import type { Settings } from '$lib/domain/schemas/settings';
import { validateStep, type PendingText, type StepKey } from '$lib/domain/wizard';
import type { StoredDraft } from '$lib/storage/db';
import { ConflictError, type DraftStore } from '$lib/storage/drafts-repository';
import { storageProblemOf, type StorageProblem } from '$lib/storage';

export type SaveStatus =
	| { readonly kind: 'saved'; readonly at: string }
	| { readonly kind: 'saving' }
	| { readonly kind: 'failed'; readonly reason: StorageProblem | 'conflict' | 'unknown' };

/** How long after the last change a save starts (well within the promised second). */
const SAVE_DELAY_MS = 300;

export class DraftEditor {
	draft = $state<Proposal>() as Proposal;
	/** Number-field text that is not a valid value yet, by field id: kept, never discarded. */
	pending = $state<Record<string, PendingText>>({});
	result = $derived(calculateProposal(this.draft));
	saveStatus = $state<SaveStatus>({ kind: 'saved', at: '' });
	/** A newer version saved in another tab, while this tab has changes of its own. */
	newerElsewhere = $state.raw<StoredDraft | null>(null);

	#revision: number;
	/** The revision a save under way will write; its own echo from storage is not news. */
	#savingRevision: number | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#saving: Promise<void> = Promise.resolve();
	#dirty = false;

	constructor(
		stored: StoredDraft,
		private readonly store: DraftStore,
		private readonly storageProblem: StorageProblem | null,
		private readonly now: () => Date = () => new Date()
	) {
		this.draft = structuredClone(stored.proposal);
		this.#revision = stored.revision;
		this.saveStatus = storageProblem
			? { kind: 'failed', reason: storageProblem }
			: { kind: 'saved', at: stored.updatedAt };
	}

	get id(): string {
		return this.draft.id;
	}

	problems(step: StepKey) {
		return validateStep(step, this.draft, this.pending);
	}

	set<K extends keyof Proposal>(key: K, value: Proposal[K]): void {
		this.draft[key] = value;
		this.#changed();
	}

	setSettings(patch: Partial<Settings>): void {
		this.draft.settings = { ...this.draft.settings, ...patch };
		this.#changed();
	}

	/** Adds a line for a price item, with the item's amount, holder, split and recurrence. */
	addLine(item: PriceItem, list?: Proposal['priceList']): string {
		const id = crypto.randomUUID().slice(0, 8);
		if (list && !item.custom) this.draft.priceList = list;
		this.draft.lines.push({
			id,
			priceItemId: item.id,
			name: item.name,
			unit: item.unit,
			amountCents: item.amountCents,
			priceYear: item.priceYear,
			kind: item.kind,
			lowCents: item.lowCents,
			highCents: item.highCents,
			count: { kind: 'direct', persons: 1 },
			chance: null,
			contribution: null,
			recurrence: item.recurrence,
			costHolder: item.costHolder,
			...(item.split ? { split: structuredClone(item.split) } : {}),
			justification: ''
		});
		this.#changed();
		return id;
	}

	/** Adds the user's own item to the draft and a line for it. */
	addCustomItem(item: PriceItem): string {
		this.draft.customItems.push(item);
		return this.addLine(item);
	}

	/** Takes the current prices of `items` into every line that refers to one (user's choice). */
	applyPriceUpdates(items: readonly PriceItem[], list: Proposal['priceList']): void {
		this.draft = applyPriceUpdates($state.snapshot(this.draft) as Proposal, items, list);
		this.#changed();
	}

	updateLine(id: string, patch: Partial<Omit<EffectLine, 'id'>>): void {
		const line = this.draft.lines.find((candidate) => candidate.id === id);
		if (!line) return;
		Object.assign(line, patch);
		this.#changed();
	}

	duplicateLine(id: string): void {
		const index = this.draft.lines.findIndex((line) => line.id === id);
		if (index < 0) return;
		const copy = {
			...$state.snapshot(this.draft.lines[index]!),
			id: crypto.randomUUID().slice(0, 8)
		};
		this.draft.lines.splice(index + 1, 0, copy);
		this.#changed();
	}

	removeLine(id: string): void {
		this.draft.lines = this.draft.lines.filter((line) => line.id !== id);
		for (const fieldId of Object.keys(this.pending)) {
			if (fieldId.startsWith(`regel-${id}-`)) delete this.pending[fieldId];
		}
		this.#changed();
	}

	setPending(fieldId: string, entry: PendingText | null): void {
		if (entry) this.pending[fieldId] = entry;
		else delete this.pending[fieldId];
	}

	/** Takes the version another tab saved, dropping this tab's unsaved changes (user's choice). */
	adoptNewer(): void {
		if (!this.newerElsewhere) return;
		this.draft = structuredClone(this.newerElsewhere.proposal);
		this.#revision = this.newerElsewhere.revision;
		this.newerElsewhere = null;
		this.#dirty = false;
		this.saveStatus = { kind: 'saved', at: this.draft.updatedAt };
	}

	/** Called when storage reports the stored draft changed (another tab). */
	noticeStored(stored: StoredDraft | undefined): void {
		if (!stored || stored.revision <= Math.max(this.#revision, this.#savingRevision ?? 0)) return;
		if (!this.#dirty) {
			this.draft = structuredClone(stored.proposal);
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

	#changed(): void {
		this.draft.updatedAt = this.now().toISOString();
		this.#dirty = true;
		if (this.newerElsewhere) return;
		this.saveStatus = { kind: 'saving' };
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
	}

	async #save(): Promise<void> {
		if (!this.#dirty || this.newerElsewhere) return;
		this.#dirty = false;
		const snapshot = $state.snapshot(this.draft) as Proposal;
		this.#savingRevision = this.#revision + 1;
		try {
			const stored = await this.store.save(snapshot, this.#revision);
			this.#revision = stored.revision;
			if (this.storageProblem) this.saveStatus = { kind: 'failed', reason: this.storageProblem };
			else if (!this.#dirty) this.saveStatus = { kind: 'saved', at: stored.updatedAt };
		} catch (error) {
			this.#dirty = true;
			if (error instanceof ConflictError) {
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

export const [getEditor, setEditor] = createContext<DraftEditor>();
