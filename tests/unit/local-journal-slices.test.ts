/**
 * A long draft's lines are written ahead a slice at a time, in quiet moments (issue 24: all 500 at
 * once took 38-45 ms of setItem in one task). Stopped part of the way, by a key typed, another tab
 * or a cleared journal, what the journal holds still reads back as the draft (the property test
 * with two tabs, in local-journal-kept.test.ts, keeps slices too).
 */
import { describe, expect, it } from 'vitest';
import { KEEP_FROM, LocalJournal } from '$lib/storage/journal';
import { CountingStorage, openedWithLines, plain } from './journal-helpers';

const noTime = () => false;

describe('the journal keeps a long draft a slice at a time', () => {
	it('writes a line or more a call until all are kept, then the first key writes one', async () => {
		const storage = new CountingStorage();
		const { editor, lines } = await openedWithLines(KEEP_FROM, new LocalJournal(storage));
		let calls = 1;
		while (!editor.keepJournal(noTime)) calls += 1;
		expect(calls).toBe(KEEP_FROM);
		// Every line, and the mark that this tab keeps them; no entry to replay.
		expect(storage.keys()).toHaveLength(KEEP_FROM + 1);
		expect(editor.keepJournal(noTime)).toBe(true);
		storage.written.length = 0;

		editor.updateLine(lines[KEEP_FROM - 1]!, { justification: 'Eerste letter' });

		expect(storage.written).toHaveLength(2);
		expect((await new LocalJournal(storage).read('voorstel-1'))?.proposal).toEqual(
			plain(editor.draft)
		);
	});

	it('a key typed between two slices writes the lines not kept yet, and keeping stops', async () => {
		const storage = new CountingStorage();
		const { editor, lines } = await openedWithLines(KEEP_FROM, new LocalJournal(storage));
		for (let slice = 0; slice < 10; slice++) expect(editor.keepJournal(noTime)).toBe(false);
		storage.written.length = 0;

		editor.updateLine(lines[KEEP_FROM - 1]!, { justification: 'Tussendoor' });

		// The forty lines not kept yet, and the draft's entry.
		expect(storage.written).toHaveLength(KEEP_FROM - 10 + 1);
		expect((await new LocalJournal(storage).read('voorstel-1'))?.proposal).toEqual(
			plain(editor.draft)
		);
		storage.written.length = 0;
		expect(editor.keepJournal(noTime)).toBe(true);
		expect(storage.written).toHaveLength(0);
	});

	it('a journal that cannot write keeps nothing, and leaves no line behind', async () => {
		const storage = new CountingStorage();
		const { editor } = await openedWithLines(KEEP_FROM, new LocalJournal(storage));
		for (let slice = 0; slice < 10; slice++) editor.keepJournal(noTime);
		const setItem = storage.setItem.bind(storage);
		storage.setItem = () => {
			throw new DOMException('Vol', 'QuotaExceededError');
		};

		expect(editor.keepJournal(noTime)).toBe(true);

		storage.setItem = setItem;
		expect(storage.keys()).toEqual([]);
	});
});
