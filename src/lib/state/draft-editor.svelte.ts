/**
 * The draft being edited: its answers, the text of number fields that do not parse yet, and the
 * live result. Components change the draft only through the methods here; each change goes to the
 * autosave (draft-saving.svelte.ts), which also hears from storage and other tabs.
 */
import { untrack } from 'svelte';
import { evaluate } from '$lib/domain/evaluation';
import { DraftCopies, plainCopy } from './plain-copy';
import type { PriceItem } from '$lib/domain/price-list/price-item';
import { applyPriceUpdates } from '$lib/domain/price-list/updates';
import { lineForItem, rangesAroundAnswers } from '$lib/domain/line-edits';
import { withoutEffect } from '$lib/domain/arena';
import { textLimits } from '$lib/domain/schemas/limits';
import type { EffectLine } from '$lib/domain/schemas/effect-line';
import type { Proposal } from '$lib/domain/schemas/proposal';
import defaultItemIds from '$lib/domain/price-list/default-price-ids.generated';
import type { HandIn } from '$lib/domain/schemas/hand-in';
import type { Settings } from '$lib/domain/schemas/settings';
import {
	firstIncompleteStep,
	steps,
	validateStep,
	type PendingText,
	type StepKey
} from '$lib/domain/wizard';
import type { StoredDraft } from '$lib/storage/db';
import type { BrokenDraft, DraftStore } from '$lib/storage/drafts-repository';
import type { StorageProblem } from '$lib/storage';
import { DraftSaving, type EditorOptions, type SaveStatus } from './draft-saving.svelte';

export class DraftEditor {
	draft = $state<Proposal>() as Proposal;
	/** Number-field text that is not a valid value yet, by field id: kept, never discarded. */
	pending = $state<Record<string, PendingText>>({});
	/** Counts the changes made through the methods here; the plain copy below follows it. */
	#version = $state(0);
	/**
	 * The draft as plain data, lines that did not change shared with the copy before (issue 24):
	 * what the evaluation reads, the journal keeps and the autosave stores. Every change comes
	 * through the methods here, which count it, or replaces the draft.
	 */
	#plain = $derived.by(() => {
		void this.#version;
		return this.#copies.of(this.draft);
	});
	/**
	 * The draft as plain data, for views that derive something from all of its lines (the arena,
	 * the result step): read through the draft's proxies, every line made Svelte signals on first
	 * reading, 11 ms of the arena's and 82 ms of the result's first drawing at 500 lines in traces
	 * (issue 24). Read only; change the draft through the methods here.
	 */
	get plain(): Proposal {
		return this.#plain;
	}
	/** The one evaluation of the draft that every view of it renders. */
	result = $derived(evaluate(this.#plain));
	/**
	 * The first step with a problem, the last step's own aside (what opens the later steps), read
	 * from the plain copy: through the draft's proxies it was a quarter of the work per key typed
	 * at 500 lines.
	 */
	firstIncomplete = $derived(firstIncompleteStep(this.#plain, this.pending, steps.at(-1)!.key));

	/** Copies of the draft for the journal and the autosave, its unchanged lines kept (issue 24). */
	readonly #copies = new DraftCopies();
	private readonly now: () => Date;

	/** The journal, the autosave, and what storage and other tabs say back. */
	readonly #autosave: DraftSaving;

	constructor(
		stored: StoredDraft,
		store: DraftStore,
		storageProblem: StorageProblem | null,
		options: EditorOptions = {}
	) {
		this.now = options.now ?? (() => new Date());
		this.#take(stored.proposal);
		this.#autosave = new DraftSaving(stored, store, storageProblem, options, {
			current: () => this.draft,
			plain: () => this.#plain,
			take: (proposal) => this.#take(proposal),
			flush: () => void this.flush()
		});
	}

	/** Makes `proposal` (a stored or recovered version, left as it is) the draft being edited. */
	#take(proposal: Proposal): void {
		this.draft = structuredClone(proposal);
		// Read without tracking: whoever made the editor must not rerun when a line changes.
		untrack(() => this.#copies.seed(this.draft, proposal));
	}

	get saveStatus(): SaveStatus {
		return this.#autosave.saveStatus;
	}

	/** A newer version saved in another tab, while this tab has changes of its own. */
	get newerElsewhere(): StoredDraft | null {
		return this.#autosave.newerElsewhere;
	}

	/** The draft was deleted in another tab; nothing is saved until the user restores it. */
	get deletedElsewhere(): boolean {
		return this.#autosave.deletedElsewhere;
	}

	/** The last edit of an earlier visit was replayed from the journal. */
	get recovered(): boolean {
		return this.#autosave.recovered;
	}

	/** True while a change has not reached storage yet (leaving now would rely on the journal). */
	get hasUnsavedChanges(): boolean {
		return this.#autosave.hasUnsavedChanges;
	}

	get id(): string {
		return this.draft.id;
	}

	problems(step: StepKey) {
		return validateStep(step, this.draft, this.pending);
	}

	set<K extends keyof Proposal>(key: K, value: Proposal[K]): void {
		this.draft[key] = value;
		if (key === 'lines') this.#copies.forget();
		this.#changed();
	}

	/** Records a hand-in: it is kept with the proposal, whose status becomes submitted. */
	recordHandIn(handIn: HandIn): void {
		this.draft.handIns = [...this.draft.handIns, handIn];
		this.draft.status = 'submitted';
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
		this.draft.lines.push(lineForItem(item, id));
		this.#changed();
		return id;
	}

	/** Adds the user's own item to the draft and a line for it. */
	addCustomItem(item: PriceItem): string {
		// An own item may not share an id with the default list or another own item of this draft.
		const taken = (id: string) =>
			defaultItemIds.includes(id) || this.draft.customItems.some((custom) => custom.id === id);
		const own = taken(item.id) ? { ...item, id: `eigen-${crypto.randomUUID()}` } : item;
		this.draft.customItems.push(own);
		return this.addLine(own);
	}

	/** Takes the current prices of `items` into every line that refers to one (user's choice). */
	applyPriceUpdates(items: readonly PriceItem[], list: Proposal['priceList']): void {
		this.draft = applyPriceUpdates(plainCopy(this.draft), items, list);
		this.#copies.forget();
		this.#changed();
	}

	updateLine(id: string, patch: Partial<Omit<EffectLine, 'id'>>): void {
		const line = this.#line(id);
		if (!line) return;
		Object.assign(line, patch);
		// A range holds its answer: an answer moved past an end takes that end along.
		if (line.countRange || line.chanceRange || line.contributionRange) {
			const ranges = rangesAroundAnswers(line);
			if (ranges.countRange !== line.countRange) line.countRange = ranges.countRange;
			if (ranges.chanceRange !== line.chanceRange) line.chanceRange = ranges.chanceRange;
			if (ranges.contributionRange !== line.contributionRange)
				line.contributionRange = ranges.contributionRange;
		}
		this.#copies.forget(line);
		this.#changed();
	}

	/** Adds a copy of a line right after it, under `name` so the two can be told apart. */
	duplicateLine(id: string, name?: string): void {
		const index = this.draft.lines.findIndex((line) => line.id === id);
		if (index < 0) return;
		const original = plainCopy(this.draft.lines[index]!);
		const copy = {
			...original,
			id: crypto.randomUUID().slice(0, 8),
			name: (name ?? original.name).slice(0, textLimits.lineName)
		};
		this.draft.lines.splice(index + 1, 0, copy);
		this.#changed();
	}

	removeLine(id: string): void {
		this.draft.lines = this.draft.lines.filter((line) => line.id !== id);
		this.draft.arena = withoutEffect(this.draft.arena, id);
		for (const line of this.draft.lines) if (line.overlapsWith === id) line.overlapsWith = null;
		if (this.draft.realisation)
			this.draft.realisation.lines = this.draft.realisation.lines.filter((l) => l.lineId !== id);
		for (const fieldId of Object.keys(this.pending)) {
			if (fieldId.startsWith(`regel-${id}-`)) delete this.pending[fieldId];
		}
		this.#copies.forget();
		this.#changed();
	}

	setPending(fieldId: string, entry: PendingText | null): void {
		if (entry) this.pending[fieldId] = entry;
		else delete this.pending[fieldId];
	}

	/**
	 * Writes the journal's lines ahead, while nothing has changed and `hasTime` says so
	 * (`DraftJournal.keep`); false when lines are left for another call.
	 */
	keepJournal(hasTime?: () => boolean): boolean {
		return this.#autosave.keepJournal(hasTime);
	}

	/** Takes the version another tab saved, dropping this tab's unsaved changes (user's choice). */
	adoptNewer(): void {
		this.#autosave.adoptNewer();
	}

	/** Saves this tab's version over the newer one (the user's explicit choice). */
	keepMine(): Promise<void> {
		return this.#autosave.keepMine();
	}

	/** Stores this tab's version as a new draft beside the other; returns the copy's id. */
	saveCopy(copyTitle: (title: string) => string): Promise<string> {
		return this.#autosave.saveCopy(copyTitle);
	}

	/** Stores the draft again after another tab deleted it (the user's choice). */
	restoreDeleted(): Promise<void> {
		return this.#autosave.restoreDeleted();
	}

	/** Called when storage reports the stored draft changed (another tab). */
	noticeStored(read: StoredDraft | BrokenDraft | undefined): void {
		this.#autosave.noticeStored(read);
	}

	/** Saves now (after any save under way); resolves when stored. */
	flush(): Promise<void> {
		return this.#autosave.flush();
	}

	/**
	 * The draft's line with this id, found in the plain copy: through the draft's proxies, finding
	 * the last of 500 lines read every line before it on each key (issue 24).
	 */
	#line(id: string): EffectLine | undefined {
		const index = this.#plain.lines.findIndex((candidate) => candidate.id === id);
		const line = index < 0 ? undefined : this.draft.lines[index];
		return line?.id === id ? line : this.draft.lines.find((candidate) => candidate.id === id);
	}

	#changed(): void {
		this.draft.updatedAt = this.now().toISOString();
		this.#version += 1;
		this.#autosave.changed();
	}
}
