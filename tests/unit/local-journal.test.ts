/**
 * The journal of the last edit in localStorage keeps each line under a key of its own (issue 24):
 * a key typed in one line of many writes that line and the draft's other fields only. Whatever was
 * written last must read back exactly, also when two tabs write the same draft in turn, and an
 * entry written whole (as versions before this one did) must still be read.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { currentRecordVersion } from '$lib/domain/record-versions';
import { CURRENT_PROPOSAL_VERSION } from '$lib/domain/proposal-versions';
import { LocalJournal } from '$lib/storage/journal';
import { PROPERTY_TIMEOUT } from './arbitraries';
import { CountingStorage, edit, editorWithLines, plain } from './journal-helpers';

describe('the journal in localStorage', () => {
	it('writes the line typed in and the draft’s other fields, not every line', async () => {
		const storage = new CountingStorage();
		const { editor, lines } = await editorWithLines(100, new LocalJournal(storage));
		editor.updateLine(lines[49]!, { justification: 'Eerste letter' });
		const whole = JSON.stringify(plain(editor.draft)).length;
		storage.written.length = 0;

		editor.updateLine(lines[49]!, { justification: 'Eerste letters' });

		// One line and the draft's key; together far less than the draft.
		expect(storage.written).toHaveLength(2);
		expect(storage.written.reduce((sum, size) => sum + size, 0)).toBeLessThan(whole / 10);
		const read = await new LocalJournal(storage).read('voorstel-1');
		expect(read?.proposal).toEqual(plain(editor.draft));
		// The line's earlier version is gone: one key per line and the draft's own.
		expect(storage.keys()).toHaveLength(101);
	});

	it('reads back the last writer’s draft when two tabs write the same draft in turn', async () => {
		const storage = new CountingStorage();
		const first = await editorWithLines(5, new LocalJournal(storage));
		const second = await editorWithLines(5, new LocalJournal(storage));
		first.editor.set('title', 'Eerste tab');
		second.editor.set('title', 'Tweede tab');
		second.editor.updateLine(second.lines[2]!, { justification: 'Uit de tweede tab' });
		// The first tab writes again, one line changed: its lines written before are the second
		// tab's no longer, so every line is written anew.
		first.editor.updateLine(first.lines[0]!, { justification: 'Weer de eerste tab' });

		const read = await new LocalJournal(storage).read('voorstel-1');
		expect(read?.proposal).toEqual(plain(first.editor.draft));
		expect(storage.keys()).toHaveLength(6);
	});

	it('reads an entry written whole, as versions before this one wrote it', async () => {
		const storage = new CountingStorage();
		const { editor } = await editorWithLines(3, new LocalJournal(new CountingStorage()));
		const draft = plain(editor.draft);
		storage.setItem(
			'baatwijzer.journal.voorstel-1',
			JSON.stringify({
				recordVersion: currentRecordVersion.journal,
				proposalVersion: CURRENT_PROPOSAL_VERSION,
				basedOn: 1,
				savingRevision: null,
				proposal: draft
			})
		);
		expect((await new LocalJournal(storage).read('voorstel-1'))?.proposal).toEqual(draft);
	});

	it('gives no entry when a line is missing, rather than a draft without it', async () => {
		const storage = new CountingStorage();
		const { editor } = await editorWithLines(3, new LocalJournal(storage));
		editor.set('title', 'Bijna');
		const line = storage.keys().find((name) => name.startsWith('baatwijzer.journal-line.'))!;
		storage.removeItem(line);
		expect(await new LocalJournal(storage).read('voorstel-1')).toBeNull();
	});

	it('clears a draft’s keys and no other draft’s, also of an id with a dot in it', async () => {
		const storage = new CountingStorage();
		const journal = new LocalJournal(storage);
		const one = await editorWithLines(2, journal, 'a');
		const other = await editorWithLines(2, journal, 'a.b');
		one.editor.set('title', 'Een');
		other.editor.set('title', 'Ander');
		journal.clear('a');
		expect(await journal.read('a')).toBeNull();
		expect((await journal.read('a.b'))?.proposal).toEqual(plain(other.editor.draft));
		expect(storage.keys()).toHaveLength(3);
	});

	test.prop([fc.array(fc.tuple(fc.boolean(), edit), { maxLength: 30 })], { numRuns: 100 })(
		'reads back exactly what the tab that wrote last has, after any edits in two tabs',
		async (edits) => {
			const storage = new CountingStorage();
			const tabs = [
				await editorWithLines(2, new LocalJournal(storage)),
				await editorWithLines(2, new LocalJournal(storage))
			];
			let last = tabs[1]!;
			for (const [second, change] of edits) {
				const tab = tabs[second ? 1 : 0]!;
				const writes = storage.written.length;
				change(tab.editor, tab.lines);
				// An edit that changed nothing wrote nothing.
				if (storage.written.length > writes) last = tab;
				const read = await new LocalJournal(storage).read('voorstel-1');
				expect(read?.proposal).toEqual(plain(last.editor.draft));
				// No line kept that the last entry does not hold.
				expect(storage.keys()).toHaveLength(last.editor.draft.lines.length + 1);
			}
		},
		PROPERTY_TIMEOUT
	);
});
