/**
 * The journal of the last edit: written synchronously to localStorage on every change, so that
 * text typed a moment before a reload, a navigation or a closed window survives the autosave
 * delay. Replayed when the draft is opened again; cleared once the save has landed.
 *
 * Each line is kept under a key of its own, written once for each version of the line, and the
 * draft's other fields under the draft's key with the keys of its lines: a key typed in one line
 * of 500 writes that line and a few kilobytes, not the whole draft (half a megabyte, 2-8 ms per
 * key in Chromium; issue 24). A line is never rewritten under the same key, so the draft's key
 * always names the lines of one moment, also when two tabs write the same draft.
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
const LINE_PREFIX = 'baatwijzer.journal-line.';
/** A line's key: its token (letters and digits) first, then the draft's id (which may hold dots). */
const lineKey = (token: string, id: string) => `${LINE_PREFIX}${token}.${id}`;

/** An entry as stored: the record version, the base revision, a save under way, the draft. */
const entry = (basedOn: number, proposal: Proposal, savingRevision: number | null) => ({
	recordVersion: currentRecordVersion.journal,
	proposalVersion: CURRENT_PROPOSAL_VERSION,
	basedOn,
	savingRevision,
	proposal
});

/** What this tab last wrote for a draft: its key's text, and its lines' tokens. */
interface Written {
	readonly text: string;
	readonly names: readonly string[];
	/** The token of each line that cannot change (frozen), by the line. */
	readonly tokens: ReadonlyMap<object, string>;
}

/** The line tokens a draft's key names; none for a whole entry (as versions before wrote it). */
function tokensIn(text: string | null): string[] {
	if (text === null) return [];
	try {
		const tokens = (JSON.parse(text) as { lineTokens?: unknown }).lineTokens;
		return Array.isArray(tokens) ? tokens.filter((token) => typeof token === 'string') : [];
	} catch {
		return [];
	}
}

export class LocalJournal implements DraftJournal {
	readonly #given: Storage | undefined;
	readonly #written = new Map<string, Written>();
	/** Tokens are this journal's mark and a count: no two writers make the same one. */
	readonly #mark = Math.random().toString(36).slice(2, 10);
	#count = 0;

	/** `storage`: localStorage unless given (the unit tests give one). */
	constructor(storage?: Storage) {
		this.#given = storage;
	}

	get #storage(): Storage {
		return this.#given ?? localStorage;
	}

	write(
		id: string,
		basedOn: number,
		proposal: Proposal,
		savingRevision: number | null = null
	): void {
		try {
			const storage = this.#storage;
			const current = storage.getItem(key(id));
			// Lines written before are reused only while the draft's key is still this tab's.
			const before = this.#written.get(id);
			const mine = before && before.text === current ? before : undefined;
			const tokens = new Map<object, string>();
			const names: string[] = [];
			for (const line of proposal.lines) {
				let token = mine?.tokens.get(line);
				if (token === undefined) {
					token = `${this.#mark}${(this.#count++).toString(36)}`;
					storage.setItem(lineKey(token, id), JSON.stringify(line));
				}
				// Only a line that cannot change is known by its object (the editor's copies are).
				if (Object.isFrozen(line)) tokens.set(line, token);
				names.push(token);
			}
			const text = JSON.stringify({
				...entry(basedOn, { ...proposal, lines: [] }, savingRevision),
				lineTokens: names
			});
			storage.setItem(key(id), text);
			this.#written.set(id, { text, names, tokens });
			const kept = new Set(names);
			for (const token of mine ? mine.names : tokensIn(current))
				if (!kept.has(token)) storage.removeItem(lineKey(token, id));
		} catch {
			// Full or refused: the autosave still runs; only the last moments are at risk.
			this.#written.delete(id);
		}
	}

	/** An entry as this app wrote it passes the plain check; only another loads the validator. */
	async read(id: string): Promise<JournalEntry | null> {
		try {
			const text = this.#storage.getItem(key(id));
			if (text === null) return null;
			const raw = this.#whole(id, JSON.parse(text));
			if (raw === null) return null;
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

	/** The entry with its lines read back from their keys; null when one of them is missing. */
	#whole(id: string, raw: unknown): unknown {
		if (typeof raw !== 'object' || raw === null || !('lineTokens' in raw)) return raw;
		const { lineTokens, ...rest } = raw as { lineTokens: unknown; proposal?: unknown };
		if (!Array.isArray(lineTokens) || typeof rest.proposal !== 'object' || rest.proposal === null)
			return rest;
		const lines: unknown[] = [];
		for (const token of lineTokens) {
			const line = typeof token === 'string' ? this.#storage.getItem(lineKey(token, id)) : null;
			if (line === null) return null;
			lines.push(JSON.parse(line));
		}
		return { ...rest, proposal: { ...rest.proposal, lines } };
	}

	clear(id: string): void {
		this.#written.delete(id);
		try {
			const storage = this.#storage;
			storage.removeItem(key(id));
			// Every line kept for the draft, also those another tab or an interrupted write left.
			const lines: string[] = [];
			for (let index = 0; index < storage.length; index++) {
				const name = storage.key(index);
				if (name === null || !name.startsWith(LINE_PREFIX)) continue;
				const dot = name.indexOf('.', LINE_PREFIX.length);
				if (dot > 0 && name.slice(dot + 1) === id) lines.push(name);
			}
			for (const name of lines) storage.removeItem(name);
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
