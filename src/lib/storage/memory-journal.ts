/**
 * What every journal of the last edit does (journal.ts keeps it in localStorage), the entry it
 * keeps, and the journal in memory: for tests and for the in-memory fallback, where nothing
 * outlives the tab anyway.
 */
import { CURRENT_PROPOSAL_VERSION } from '$lib/domain/proposal-versions';
import { currentRecordVersion } from '$lib/domain/record-versions';
import type { JournalEntry } from '$lib/domain/records';
import type { Proposal } from '$lib/domain/schemas/proposal';

export interface DraftJournal {
	/** Records the draft as it is now, on top of stored revision `basedOn`. */
	write(id: string, basedOn: number, proposal: Proposal, savingRevision?: number | null): void;
	/** The entry for a draft, validated; null when there is none or it does not validate. */
	read(id: string): JournalEntry | null | Promise<JournalEntry | null>;
	clear(id: string): void;
	/** The save landed: nothing to replay; what was written may be reused by the next write. */
	settle(id: string): void;
	/**
	 * The draft as opened: its lines written ahead (kept, as after a save) for the first write,
	 * while `hasTime` says so (at least one line a call). False when lines are left: call again
	 * with the same draft, as long as nothing changed it.
	 */
	keep(id: string, proposal: Proposal, hasTime?: () => boolean): boolean;
}

/** An entry as stored: the record version, the base revision, a save under way, the draft. */
export const journalEntry = (
	basedOn: number,
	proposal: Proposal,
	savingRevision: number | null
) => ({
	recordVersion: currentRecordVersion.journal,
	proposalVersion: CURRENT_PROPOSAL_VERSION,
	basedOn,
	savingRevision,
	proposal
});

/** For tests and for the in-memory fallback, where nothing outlives the tab anyway. */
export class MemoryJournal implements DraftJournal {
	readonly entries = new Map<string, JournalEntry>();

	write(
		id: string,
		basedOn: number,
		proposal: Proposal,
		savingRevision: number | null = null
	): void {
		this.entries.set(id, structuredClone(journalEntry(basedOn, proposal, savingRevision)));
	}

	read(id: string): JournalEntry | null {
		return structuredClone(this.entries.get(id) ?? null);
	}

	clear(id: string): void {
		this.entries.delete(id);
	}

	settle(id: string): void {
		this.clear(id);
	}

	keep(): boolean {
		// Nothing to write ahead in memory.
		return true;
	}
}
