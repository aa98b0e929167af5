/**
 * The journal of the last edit: written synchronously to localStorage on every change, so that
 * text typed a moment before a reload, a navigation or a closed window survives the autosave
 * delay. Replayed when the draft is opened again; cleared once the save has landed.
 */
import { CURRENT_PROPOSAL_VERSION } from '$lib/domain/proposal-versions';
import { currentRecordVersion } from '$lib/domain/record-versions';
import type { JournalEntry } from '$lib/domain/records';
import { readJournalPlain } from '$lib/domain/plain-check/records';
import type { Proposal } from '$lib/domain/schemas/proposal';

export interface DraftJournal {
	/** Records the draft as it is now, on top of stored revision `basedOn`. */
	write(id: string, basedOn: number, proposal: Proposal, savingRevision?: number | null): void;
	/** The entry for a draft, validated; null when there is none or it does not validate. */
	read(id: string): JournalEntry | null | Promise<JournalEntry | null>;
	clear(id: string): void;
}

const key = (id: string) => `baatwijzer.journal.${id}`;

/** An entry as stored: the record version, the base revision, a save under way, the draft. */
const entry = (basedOn: number, proposal: Proposal, savingRevision: number | null) => ({
	recordVersion: currentRecordVersion.journal,
	proposalVersion: CURRENT_PROPOSAL_VERSION,
	basedOn,
	savingRevision,
	proposal
});

export class LocalJournal implements DraftJournal {
	write(
		id: string,
		basedOn: number,
		proposal: Proposal,
		savingRevision: number | null = null
	): void {
		try {
			localStorage.setItem(key(id), JSON.stringify(entry(basedOn, proposal, savingRevision)));
		} catch {
			// Full or refused: the autosave still runs; only the last moments are at risk.
		}
	}

	/** An entry as this app wrote it passes the plain check; only another loads the validator. */
	async read(id: string): Promise<JournalEntry | null> {
		try {
			const text = localStorage.getItem(key(id));
			if (text === null) return null;
			const raw: unknown = JSON.parse(text);
			let entry = readJournalPlain(raw);
			if (!entry) {
				const { journalEntrySchema, readRecord } = await import('$lib/domain/records');
				const read = readRecord('journal', raw, journalEntrySchema);
				entry = read.ok ? read.value : null;
			}
			return entry?.proposal.id === id ? entry : null;
		} catch {
			return null;
		}
	}

	clear(id: string): void {
		try {
			localStorage.removeItem(key(id));
		} catch {
			// Nothing to clear when storage is refused.
		}
	}
}

/** For tests and for the in-memory fallback, where nothing outlives the tab anyway. */
export class MemoryJournal implements DraftJournal {
	readonly entries = new Map<string, JournalEntry>();

	write(
		id: string,
		basedOn: number,
		proposal: Proposal,
		savingRevision: number | null = null
	): void {
		this.entries.set(id, structuredClone(entry(basedOn, proposal, savingRevision)));
	}

	read(id: string): JournalEntry | null {
		return structuredClone(this.entries.get(id) ?? null);
	}

	clear(id: string): void {
		this.entries.delete(id);
	}
}
