/**
 * A draft's stored record (`toStored`, which the repository writes through Dexie too), and a new
 * draft written straight to IndexedDB without Dexie: starting a proposal (also on a first visit,
 * see create-database.ts) then loads no storage code until the first save. The records are the
 * repository's (the draft and its summary, in one transaction), and the write is announced as
 * Dexie announces its own, so other tabs' lists follow it. In one module with the record, as the
 * one file a new draft fetches for it.
 */
import { summarizeDraft } from '$lib/domain/draft-summary';
import { normalizeForSearch } from '$lib/domain/normalize';
import { CURRENT_PROPOSAL_VERSION } from '$lib/domain/proposal-versions';
import { currentRecordVersion } from '$lib/domain/record-versions';
import type { Proposal } from '$lib/domain/schemas/proposal';
import { createDatabaseIfAbsent } from './create-database';
import type { StoredDraft } from './db';
import { DEXIE_MUTATIONS } from './draft-writes';
import { completed, openCurrent } from './raw-read';

/** The search key of a title: lower case, without accents ("Financiën" -> "financien"). */
export function titleKey(title: string): string {
	return normalizeForSearch(title);
}

/** The record of `proposal` at `revision`, with a new write token. */
export function toStored(proposal: Proposal, revision: number): StoredDraft {
	return {
		recordVersion: currentRecordVersion.draft,
		proposalVersion: CURRENT_PROPOSAL_VERSION,
		writeId: crypto.randomUUID(),
		id: proposal.id,
		titleKey: titleKey(proposal.title),
		status: proposal.status,
		updatedAt: proposal.updatedAt,
		revision,
		proposal
	};
}

/**
 * Stores `proposal` as a new draft; false when it could not be written this way (the database is
 * at another version, the id is taken, storage refused): the caller then creates it through
 * storage, which upgrades the database or says what went wrong.
 */
export async function createDraftDirectly(proposal: Proposal): Promise<boolean> {
	try {
		let database = await openCurrent();
		if (!database && (await createDatabaseIfAbsent())) database = await openCurrent();
		if (!database) return false;
		try {
			const stored = toStored(proposal, 1);
			const transaction = database.transaction(['drafts', 'summaries'], 'readwrite');
			transaction.objectStore('drafts').add(stored);
			transaction.objectStore('summaries').put(summarizeDraft(proposal, stored.writeId));
			await completed(transaction);
		} finally {
			database.close();
		}
		announceWrite();
		return true;
	} catch {
		return false;
	}
}

/**
 * Announces a write made without Dexie as Dexie announces its own: to other tabs on its channel,
 * and in this tab as its window event. It names every table (Dexie's "all", as after a page
 * restore), so every list or query reads again; only a new draft is written this way, rarely.
 */
function announceWrite(): void {
	// Dexie's RangeSet of everything (dexie.mjs: new RangeSet(-Infinity, [[]])), as plain data.
	const parts = { all: { d: 1, from: -Infinity, to: [[]] } };
	if (typeof BroadcastChannel === 'function') {
		const channel = new BroadcastChannel(DEXIE_MUTATIONS);
		channel.postMessage(parts);
		channel.close();
	}
	if (typeof CustomEvent === 'function')
		globalThis.dispatchEvent?.(new CustomEvent(DEXIE_MUTATIONS, { detail: parts }));
}
