/**
 * The journal keeps a draft's lines once a save has landed, and a long draft's lines as it is
 * opened (issue 24): the next key writes only the line typed in, not every line. Whatever another
 * tab wrote, settled or cleared meanwhile, an entry never names a line that is gone, and lines
 * no open tab keeps do not pile up in localStorage.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { KEEP_FROM, LocalJournal } from '$lib/storage/journal';
import { PROPERTY_TIMEOUT } from './arbitraries';
import { CountingStorage, edit, editorWithLines, openedWithLines, plain } from './journal-helpers';

const entryKey = (id: string) => `baatwijzer.journal.${id}`;

describe('the journal keeps what it wrote', () => {
	it('after a save has landed, the next key writes the line typed in, not every line', async () => {
		const storage = new CountingStorage();
		const journal = new LocalJournal(storage);
		const { editor, lines } = await editorWithLines(100, journal);
		editor.updateLine(lines[49]!, { justification: 'Eerste letter' });
		await editor.flush();
		// Saved: nothing to replay (the draft's key is gone; its lines are kept).
		expect(storage.getItem(entryKey('voorstel-1'))).toBeNull();
		expect(await journal.read('voorstel-1')).toBeNull();
		storage.written.length = 0;

		editor.updateLine(lines[49]!, { justification: 'Eerste letters' });

		expect(storage.written).toHaveLength(2);
		expect((await new LocalJournal(storage).read('voorstel-1'))?.proposal).toEqual(
			plain(editor.draft)
		);
		expect(storage.keys()).toHaveLength(101);
	});

	it('writes every line again when another tab cleared the draft after this one saved', async () => {
		const storage = new CountingStorage();
		const { editor, lines } = await editorWithLines(5, new LocalJournal(storage));
		editor.updateLine(lines[0]!, { justification: 'Bewaard' });
		await editor.flush();
		new LocalJournal(storage).clear('voorstel-1');
		storage.written.length = 0;

		editor.updateLine(lines[1]!, { justification: 'Daarna' });

		expect(storage.written).toHaveLength(6);
		expect((await new LocalJournal(storage).read('voorstel-1'))?.proposal).toEqual(
			plain(editor.draft)
		);
	});

	it('removes the lines a closed tab kept once the draft is opened again', async () => {
		const storage = new CountingStorage();
		const { editor, lines } = await editorWithLines(5, new LocalJournal(storage));
		editor.updateLine(lines[0]!, { justification: 'Bewaard' });
		await editor.flush();
		expect(storage.keys().length).toBeGreaterThan(5);

		expect(await new LocalJournal(storage).read('voorstel-1')).toBeNull();
		expect(storage.keys()).toEqual([]);
	});

	it('writes a long draft’s lines ahead, so the first key writes the line typed in', async () => {
		const storage = new CountingStorage();
		const { editor, lines } = await openedWithLines(KEEP_FROM, new LocalJournal(storage));
		editor.keepJournal();
		expect(storage.getItem(entryKey('voorstel-1'))).toBeNull();
		storage.written.length = 0;

		editor.updateLine(lines[3]!, { justification: 'Eerste letter' });

		expect(storage.written).toHaveLength(2);
		expect((await new LocalJournal(storage).read('voorstel-1'))?.proposal).toEqual(
			plain(editor.draft)
		);
	});

	it('writes nothing ahead for a short draft', async () => {
		const storage = new CountingStorage();
		const { editor } = await openedWithLines(KEEP_FROM - 1, new LocalJournal(storage));
		editor.keepJournal();
		expect(storage.keys()).toEqual([]);
	});

	it('keeps the lines of the drafts open in this tab only', async () => {
		const storage = new CountingStorage();
		const closed = await openedWithLines(KEEP_FROM, new LocalJournal(storage), 'gesloten');
		closed.editor.keepJournal();
		const journal = new LocalJournal(storage);
		const typed = await editorWithLines(2, journal, 'getypt');
		typed.editor.set('title', 'Nog niet bewaard');
		const open = await openedWithLines(KEEP_FROM, journal, 'open');

		open.editor.keepJournal();

		const drafts = new Set(storage.keys().map((name) => name.slice(name.lastIndexOf('.') + 1)));
		// The closed tab's lines are gone; the entry not yet saved is whole.
		expect(drafts).toEqual(new Set(['open', 'getypt']));
		expect((await journal.read('getypt'))?.proposal).toEqual(plain(typed.editor.draft));
	});

	const action = fc.constantFrom('edit', 'settle', 'clear', 'keep', 'slice', 'open');

	test.prop([fc.array(fc.tuple(fc.boolean(), action, edit), { maxLength: 30 })], {
		numRuns: 100
	})(
		'after a tab edits, reads back its draft, whatever either tab kept, settled or cleared before',
		async (steps) => {
			const storage = new CountingStorage();
			const journals = [new LocalJournal(storage), new LocalJournal(storage)];
			// Long enough to be kept ahead.
			const tabs = [
				await editorWithLines(KEEP_FROM, journals[0]!),
				await editorWithLines(KEEP_FROM, journals[1]!)
			];
			for (const [second, step, change] of steps) {
				const tab = tabs[second ? 1 : 0]!;
				const journal = journals[second ? 1 : 0]!;
				if (step === 'settle') journal.settle('voorstel-1');
				if (step === 'clear') journal.clear('voorstel-1');
				if (step === 'keep') journal.keep('voorstel-1', tab.editor.plain);
				// A few lines at a time, as quiet moments allow (the next slice goes on from there).
				let left = 7;
				if (step === 'slice') journal.keep('voorstel-1', tab.editor.plain, () => --left > 0);
				if (step === 'open') await journal.read('voorstel-1');
				if (step !== 'edit') continue;
				change(tab.editor, tab.lines);
				// A change the journal must hold, whatever the edit drawn did.
				tab.editor.set('title', `${tab.editor.draft.title}.`);
				const read = await new LocalJournal(storage).read('voorstel-1');
				expect(read?.proposal).toEqual(plain(tab.editor.draft));
			}
		},
		PROPERTY_TIMEOUT
	);
});
