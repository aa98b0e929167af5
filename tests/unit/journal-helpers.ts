/** localStorage as a map that counts what is written, and editors writing to a journal in it. */
import { fc } from '@fast-check/vitest';
import { defaultPriceList } from '$lib/domain/price-list/default-price-list';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import { DraftEditor } from '$lib/state/draft-editor.svelte';
import { LocalJournal } from '$lib/storage/journal';
import { MemoryDrafts } from '$lib/storage/memory-drafts';

export const now = new Date('2026-12-07T10:00:00Z');

/** localStorage as a map, counting what is written. */
export class CountingStorage implements Storage {
	readonly #items = new Map<string, string>();
	/** The size of every value written, in characters. */
	readonly written: number[] = [];
	get length() {
		return this.#items.size;
	}
	key(index: number) {
		return [...this.#items.keys()][index] ?? null;
	}
	getItem(name: string) {
		return this.#items.get(name) ?? null;
	}
	setItem(name: string, value: string) {
		this.written.push(String(value).length);
		this.#items.set(name, String(value));
	}
	removeItem(name: string) {
		this.#items.delete(name);
	}
	clear() {
		this.#items.clear();
	}
	keys() {
		return [...this.#items.keys()];
	}
}

export const plain = (draft: Proposal) => JSON.parse(JSON.stringify(draft)) as Proposal;

export async function editorWithLines(count: number, journal: LocalJournal, id = 'voorstel-1') {
	const store = new MemoryDrafts();
	const stored = await store.create(emptyProposal(id, now));
	const editor = new DraftEditor(stored, store, null, { now: () => now, journal });
	const lines = Array.from({ length: count }, (_, index) =>
		editor.addLine(defaultPriceList[index % defaultPriceList.length]!)
	);
	return { editor, lines };
}

/** A draft of `count` lines as stored, opened in an editor that has changed nothing yet. */
export async function openedWithLines(count: number, journal: LocalJournal, id = 'voorstel-1') {
	const made = await editorWithLines(count, new LocalJournal(new CountingStorage()), id);
	const store = new MemoryDrafts();
	const stored = await store.create(plain(made.editor.draft));
	const editor = new DraftEditor(stored, store, null, { now: () => now, journal });
	return { editor, lines: made.lines };
}

/** An edit a user makes: the title, a line's justification, a line added or removed. */
export type Edit = (editor: DraftEditor, lines: string[]) => void;
export const edit: fc.Arbitrary<Edit> = fc.oneof(
	fc.string({ maxLength: 40 }).map((text) => (editor: DraftEditor) => editor.set('title', text)),
	fc.tuple(fc.nat(), fc.string({ maxLength: 40 })).map(
		([at, text]) =>
			(editor: DraftEditor, lines: string[]) =>
				lines.length > 0 && editor.updateLine(lines[at % lines.length]!, { justification: text })
	),
	fc.nat().map((at) => (editor: DraftEditor, lines: string[]) => {
		lines.push(editor.addLine(defaultPriceList[at % defaultPriceList.length]!));
	}),
	fc.nat().map((at) => (editor: DraftEditor, lines: string[]) => {
		if (lines.length === 0) return;
		editor.removeLine(lines.splice(at % lines.length, 1)[0]!);
	})
);
