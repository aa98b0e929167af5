/** Opens a stored draft for editing, or creates a new one. */
import { emptyProposal } from '$lib/domain/empty-proposal';
import type { Proposal } from '$lib/domain/schemas/proposal';
import { helmondPreset } from '$lib/domain/presets/helmond';
import { openStorage, storageProblemOf, type StorageProblem } from '$lib/storage';
import { BrokenDraftError } from '$lib/storage/errors';
import type { StoredDraft } from '$lib/storage/db';
import { isBroken } from '$lib/storage/draft-reader';
import { firstReadDraft } from '$lib/storage/first-read';
import { LateDrafts } from '$lib/storage/late-drafts';
import type { BrokenDraft, DraftStore } from '$lib/storage/drafts-repository';
import { LocalJournal } from '$lib/storage/journal';
import { DraftEditor } from './draft-editor.svelte';
import { afterPaintWhenIdle } from './after-paint';

export type CreateResult =
	| { readonly ok: true; readonly id: string }
	| { readonly ok: false; readonly reason: StorageProblem | 'unknown' };

/**
 * A new draft: empty, or made by `from` under a new id (a template's worked proposal to adjust).
 */
export async function createDraft(
	from?: (id: string, now: Date) => Proposal
): Promise<CreateResult> {
	try {
		const id = crypto.randomUUID();
		const proposal = from
			? from(id, new Date())
			: { ...emptyProposal(id, new Date()), organisation: helmondPreset.organisation };
		// Straight to IndexedDB where it can (no storage code loads until the first save); else
		// through storage, which upgrades the database or says why it cannot store. Imported here
		// only: the draft pages that import this module for openDraft grew 5 KiB with it.
		const { createDraftDirectly } = await import('$lib/storage/draft-create');
		if (await createDraftDirectly(proposal)) return { ok: true, id: proposal.id };
		const storage = await openStorage();
		await storage.drafts.create(proposal);
		return { ok: true, id: proposal.id };
	} catch (error) {
		return { ok: false, reason: storageProblemOf(error) ?? 'unknown' };
	}
}

export type OpenResult =
	| { readonly kind: 'opened'; readonly editor: DraftEditor; readonly stop: () => void }
	| { readonly kind: 'missing' }
	| { readonly kind: 'broken'; readonly broken: BrokenDraft };

const journal = new LocalJournal();

/**
 * Opens a stored draft. It is read straight from IndexedDB when the database is current, so it is
 * on screen without Dexie; storage (Dexie) opens with the first save, and other tabs' changes are
 * followed without it (draft-watch.ts). Otherwise (first visit, an upgrade to make) it is read
 * through storage.
 */
export async function openDraft(id: string): Promise<OpenResult> {
	const first = await firstReadDraft(id);
	if (first === null) return openThroughStorage(id);
	if (first === undefined) return { kind: 'missing' };
	if (isBroken(first)) return { kind: 'broken', broken: first };
	return edit(first, new LateDrafts(openStorage), null);
}

async function openThroughStorage(id: string): Promise<OpenResult> {
	const storage = await openStorage();
	let stored;
	try {
		stored = await storage.drafts.get(id);
	} catch (error) {
		if (error instanceof BrokenDraftError) return { kind: 'broken', broken: error.broken };
		throw error;
	}
	if (!stored) return { kind: 'missing' };
	return edit(stored, storage.drafts, storage.problem);
}

/** An editor on the stored draft, saving to `drafts`, following it there and in other tabs. */
async function edit(
	stored: StoredDraft,
	drafts: DraftStore,
	problem: StorageProblem | null
): Promise<OpenResult> {
	const editor = new DraftEditor(stored, drafts, problem, {
		journal: problem ? undefined : journal,
		recovered: problem ? null : await journal.read(stored.id)
	});
	const stopWatching = drafts.watch(stored.id, (latest) => editor.noticeStored(latest));
	const saveNow = () => void editor.flush();
	const onHide = () => {
		if (document.visibilityState === 'hidden') saveNow();
	};
	// Ask before leaving while a change is still on its way to storage. (The journal keeps it even
	// so; the question is for the moment the browser itself is closing.)
	// Without storage the draft lives in this tab only: leaving loses it unless it was exported.
	const onBeforeUnload = (event: BeforeUnloadEvent) => {
		if (!editor.hasUnsavedChanges && problem !== 'unavailable') return;
		saveNow();
		event.preventDefault();
		event.returnValue = '';
	};
	document.addEventListener('visibilitychange', onHide);
	window.addEventListener('pagehide', saveNow);
	window.addEventListener('beforeunload', onBeforeUnload);
	let open = true;
	// Once the page is drawn and quiet: the first key then writes only what it changed.
	if (!problem) void keepJournalWhenIdle(editor, () => open);
	return {
		kind: 'opened',
		editor,
		stop: () => {
			open = false;
			saveNow();
			stopWatching();
			document.removeEventListener('visibilitychange', onHide);
			window.removeEventListener('pagehide', saveNow);
			window.removeEventListener('beforeunload', onBeforeUnload);
		}
	};
}

/** What writing the journal's lines ahead may take in one quiet moment, in ms. */
const KEEP_SLICE_MS = 8;

/** Writes the journal's lines ahead in quiet moments, a slice each, while the draft is open. */
async function keepJournalWhenIdle(editor: DraftEditor, isOpen: () => boolean): Promise<void> {
	for (;;) {
		await afterPaintWhenIdle();
		if (!isOpen()) return;
		const until = performance.now() + KEEP_SLICE_MS;
		if (editor.keepJournal(() => performance.now() < until)) return;
	}
}

/** Clears the journal of a draft that is deleted on purpose. */
export function forgetJournal(id: string): void {
	journal.clear(id);
}

/** Stores a repaired version of a broken draft: what validates is kept, the rest named. */
export async function repairDraft(
	broken: BrokenDraft
): Promise<{ ok: true; dropped: string[] } | { ok: false }> {
	const { repairProposal } = await import('$lib/domain/records');
	const raw = (broken.raw as { proposal?: unknown } | null)?.proposal;
	const { proposal, dropped } = repairProposal(raw, new Date());
	try {
		const storage = await openStorage();
		// Under the id it is stored at, so the broken record is the one replaced.
		await storage.drafts.replace({ ...proposal, id: broken.id || proposal.id });
		return { ok: true, dropped };
	} catch {
		return { ok: false };
	}
}
