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
 *
 * Once a save has landed, the editor settles the journal rather than clearing it: the draft's key
 * goes (nothing to replay), but the tab keeps its lines, marked as kept, so the next key writes
 * only what changed. Clearing wrote every line again at the first key after each pause in typing
 * (the autosave runs 300 ms after the last key): 4-5 ms of localStorage at 500 lines, in the key's
 * own task. Lines kept by a tab that has closed are removed when the draft is next opened.
 * For a long draft the tab also keeps the lines as opened, in quiet moments (`keep`), so the
 * first key after opening does not write them all either: a slice of lines at a time, as writing
 * 500 at once took 38-45 ms of setItem in one task. Kept part of the way, the draft is as after a
 * save with fewer lines kept: the next write writes the others.
 */
import type { JournalEntry } from '$lib/domain/records';
import { readJournalPlain } from '$lib/domain/plain-check/records';
import type { Proposal } from '$lib/domain/schemas/proposal';
import { journalEntry as entry, type DraftJournal } from './memory-journal';

export { MemoryJournal, type DraftJournal } from './memory-journal';

const key = (id: string) => `baatwijzer.journal.${id}`;
const LINE_PREFIX = 'baatwijzer.journal-line.';
/** A line's key: its token (letters and digits) first, then the draft's id (which may hold dots). */
const lineKey = (token: string, id: string) => `${LINE_PREFIX}${token}.${id}`;
/**
 * Lines from which a draft's lines are written ahead: below it, writing them all at the first key
 * takes well under a millisecond (10 lines: 0.1 ms; 500: 4-6 ms of setItem in profiles).
 */
export const KEEP_FROM = 50;
/** Says a tab's lines of a settled draft are still there (`clear` removes it with the lines). */
const keptKey = (mark: string, id: string) => lineKey(`${mark}-kept`, id);

/** What this tab last wrote for a draft: its key's text, and its lines' tokens. */
interface Written {
	/** Null once settled: the draft's key is gone, the lines are kept. */
	readonly text: string | null;
	readonly names: readonly string[];
	/** The token of each line that cannot change (frozen), by the line. */
	readonly tokens: ReadonlyMap<object, string>;
}

/** A draft's lines being kept ahead, a slice at a time (`keep`). */
interface Keeping {
	readonly lines: readonly object[];
	/** The next line to write. */
	next: number;
	/** What this tab wrote for the draft, grown as lines are kept (while it is still this). */
	readonly written: { text: null; names: string[]; tokens: Map<object, string> };
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

/** Whether `proposal` has the very lines a keep began with (the editor's copies of them). */
function sameLines(going: Keeping, proposal: Proposal): boolean {
	const lines = proposal.lines;
	return lines.length === going.lines.length && lines.every((line, at) => line === going.lines[at]);
}

export class LocalJournal implements DraftJournal {
	readonly #given: Storage | undefined;
	readonly #written = new Map<string, Written>();
	readonly #keeping = new Map<string, Keeping>();
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
			// Lines written before are reused only while the draft's key is still this tab's, or,
			// settled, while no other tab has written or cleared the draft since.
			const before = this.#written.get(id);
			const settled = before?.text === null;
			const kept = settled && current === null && storage.getItem(keptKey(this.#mark, id)) !== null;
			const mine = before && (settled ? kept : before.text === current) ? before : undefined;
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
			const used = new Set(names);
			const unused = mine ? mine.names : tokensIn(current).concat(settled ? before.names : []);
			for (const token of unused) if (!used.has(token)) storage.removeItem(lineKey(token, id));
			if (settled) storage.removeItem(keptKey(this.#mark, id));
		} catch {
			// Full or refused: the autosave still runs; only the last moments are at risk.
			this.#written.delete(id);
		}
	}

	/**
	 * An entry as this app wrote it passes the plain check; only another loads the validator.
	 * Without one, lines a closed tab kept for the draft are removed (a tab that still has the
	 * draft open then writes its lines again).
	 */
	async read(id: string): Promise<JournalEntry | null> {
		try {
			const text = this.#storage.getItem(key(id));
			if (text === null) {
				this.#removeLines(id, this.#written.get(id)?.text === null);
				return null;
			}
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
			this.#storage.removeItem(key(id));
			this.#removeLines(id, false);
		} catch {
			// Nothing to clear when storage is refused.
		}
	}

	settle(id: string): void {
		const mine = this.#written.get(id);
		try {
			const storage = this.#storage;
			if (!mine || mine.text === null || storage.getItem(key(id)) !== mine.text)
				return this.clear(id);
			storage.setItem(keptKey(this.#mark, id), '');
			storage.removeItem(key(id));
			this.#written.set(id, { ...mine, text: null });
		} catch {
			this.clear(id);
		}
	}

	keep(id: string, proposal: Proposal, hasTime: () => boolean = () => true): boolean {
		const storage = this.#storage;
		let going = this.#keeping.get(id);
		try {
			// Written, cleared or changed since the last slice: what was kept stays as it is.
			if (going && (this.#written.get(id) !== going.written || !sameLines(going, proposal))) {
				this.#keeping.delete(id);
				return true;
			}
			if (!going && (proposal.lines.length < KEEP_FROM || this.#written.has(id))) return true;
			// An entry to replay or another tab's: the first write takes it over as before.
			if (storage.getItem(key(id)) !== null) {
				this.#keeping.delete(id);
				return true;
			}
			if (!going) {
				this.#removeKeptElsewhere();
				storage.setItem(keptKey(this.#mark, id), '');
				going = {
					lines: proposal.lines,
					next: 0,
					written: { text: null, names: [], tokens: new Map() }
				};
				this.#keeping.set(id, going);
				this.#written.set(id, going.written);
			}
			const { names, tokens } = going.written;
			do {
				const line = going.lines[going.next]!;
				const token = `${this.#mark}${(this.#count++).toString(36)}`;
				storage.setItem(lineKey(token, id), JSON.stringify(line));
				names.push(token);
				if (Object.isFrozen(line)) tokens.set(line, token);
				going.next += 1;
			} while (going.next < going.lines.length && hasTime());
			if (going.next < going.lines.length) return false;
			this.#keeping.delete(id);
			return true;
		} catch {
			// Full: nothing kept, and nothing left half written.
			this.#keeping.delete(id);
			if (going && this.#written.get(id) === going.written) {
				this.#written.delete(id);
				for (const token of going.written.names) storage.removeItem(lineKey(token, id));
				storage.removeItem(keptKey(this.#mark, id));
			}
			return true;
		}
	}

	/**
	 * Lines kept for drafts with no entry, other than this tab's: a draft left open in a closed
	 * tab, or one another tab keeps (whose next write then writes its lines again). So what the
	 * journal keeps is at most the drafts open in this tab.
	 */
	#removeKeptElsewhere(): void {
		const storage = this.#storage;
		const hasEntry = new Map<string, boolean>();
		const gone = this.#lineKeys().filter(({ id }) => {
			let entry = hasEntry.get(id);
			if (entry === undefined) hasEntry.set(id, (entry = storage.getItem(key(id)) !== null));
			return !entry && this.#written.get(id)?.text !== null;
		});
		for (const { name } of gone) storage.removeItem(name);
	}

	/** Every line key in storage, with its token and its draft's id. */
	#lineKeys(): { name: string; token: string; id: string }[] {
		const storage = this.#storage;
		const keys: { name: string; token: string; id: string }[] = [];
		for (let index = 0; index < storage.length; index++) {
			const name = storage.key(index);
			if (name === null || !name.startsWith(LINE_PREFIX)) continue;
			const dot = name.indexOf('.', LINE_PREFIX.length);
			if (dot > 0)
				keys.push({ name, token: name.slice(LINE_PREFIX.length, dot), id: name.slice(dot + 1) });
		}
		return keys;
	}

	/**
	 * Removes every line kept for the draft, also those another tab or an interrupted write left;
	 * with `keepMine`, not those this tab kept when it settled the draft.
	 */
	#removeLines(id: string, keepMine: boolean): void {
		const mine = keepMine
			? new Set([...(this.#written.get(id)?.names ?? []), `${this.#mark}-kept`])
			: new Set<string>();
		const lines = this.#lineKeys().filter((line) => line.id === id && !mine.has(line.token));
		for (const { name } of lines) this.#storage.removeItem(name);
		if (!keepMine) this.#written.delete(id);
	}
}
