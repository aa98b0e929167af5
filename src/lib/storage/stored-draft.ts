/**
 * A draft as it is stored, made without Dexie: the repository writes it through Dexie, and a new
 * draft on a first visit is written straight to IndexedDB (draft-create.ts).
 */
import { currentRecordVersion } from '$lib/domain/records';
import { CURRENT_PROPOSAL_VERSION } from '$lib/domain/proposal-versions';
import { normalizeForSearch } from '$lib/domain/normalize';
import type { Proposal } from '$lib/domain/schemas/proposal';
import type { StoredDraft } from './db';

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
