/**
 * Issue 8, points 2, 3, 8 and 11: the last edit survives a reload, a delete elsewhere is never
 * silently undone or overwritten, storage failures change nothing stored, and what comes out of
 * IndexedDB is checked like an imported file.
 */
import { MemoryTemplateSets } from '$lib/storage/template-sets-repository';
import { MemoryCases } from '$lib/storage/cases-repository';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { repairProposal } from '$lib/domain/records';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import type { EffectLine } from '$lib/domain/schemas/effect-line';
import { BaatwijzerDb } from '$lib/storage/db';
import { DraftsRepository, type DraftStore } from '$lib/storage/drafts-repository';
import { BrokenDraftError, ConflictError, DeletedError } from '$lib/storage/errors';
import { MemoryJournal } from '$lib/storage/journal';
import { PriceListsRepository } from '$lib/storage/price-lists-repository';
import type { AppStorage } from '$lib/storage';
import { DraftEditor } from '$lib/state/draft-editor.svelte';
import { DraftsOverview } from '$lib/state/drafts-overview.svelte';

const now = new Date('2026-11-22T10:00:00Z');
const freshDb = () => new BaatwijzerDb('test', { indexedDB: new IDBFactory(), IDBKeyRange });
const proposal = (id: string, title: string): Proposal => ({
	...emptyProposal(id, now),
	title,
	subsidyCents: 100_000
});
const line = (id: string): EffectLine => ({
	id,
	priceItemId: null,
	name: 'Eigen regel',
	unit: 'per keer',
	amountCents: 10_000,
	priceYear: 2024,
	kind: 'cost',
	count: { kind: 'direct', persons: 2 },
	lowCents: null,
	highCents: null,
	chance: 'maybe',
	contribution: 'certain',
	recurrence: 'oneOff',
	costHolder: 'Politie',
	justification: '',
	reviewerRemark: ''
});
const quotaError = () =>
	Object.assign(new Error('write failed'), { inner: { name: 'QuotaExceededError' } });

describe('the last edit survives leaving at once (point 2)', () => {
	it('writes every change to the journal synchronously and replays it when reopened', async () => {
		const repository = new DraftsRepository(freshDb());
		const stored = await repository.create(proposal('a', 'Begin'));
		const journal = new MemoryJournal();
		const tab = new DraftEditor(stored, repository, null, { journal });
		tab.set('subsidyCents', 4_500_000);
		// The tab is gone before the autosave ran: storage still has the old text...
		expect((await repository.get('a'))!.proposal.subsidyCents).toBe(100_000);
		// ...and the journal has the new one, which the next visit takes back and saves.
		const reopened = new DraftEditor((await repository.get('a'))!, repository, null, {
			journal,
			recovered: journal.read('a')
		});
		expect(reopened.draft.subsidyCents).toBe(4_500_000);
		expect(reopened.recovered).toBe(true);
		await reopened.flush();
		expect((await repository.get('a'))!.proposal.subsidyCents).toBe(4_500_000);
		expect(journal.read('a')).toBeNull();
	});

	it('does not let a stale journal overwrite what another tab saved since: the user chooses', async () => {
		const repository = new DraftsRepository(freshDb());
		const stored = await repository.create(proposal('a', 'Begin'));
		const journal = new MemoryJournal();
		new DraftEditor(stored, repository, null, { journal }).set('title', 'Mijn laatste zin');
		await repository.save(proposal('a', 'Elders bewaard'), stored.revision);
		const reopened = new DraftEditor((await repository.get('a'))!, repository, null, {
			journal,
			recovered: journal.read('a')
		});
		expect(reopened.saveStatus).toEqual({ kind: 'failed', reason: 'conflict' });
		expect(reopened.draft.title).toBe('Mijn laatste zin');
		expect(reopened.newerElsewhere?.proposal.title).toBe('Elders bewaard');
		await reopened.flush();
		expect((await repository.get('a'))!.proposal.title).toBe('Elders bewaard');
		await reopened.keepMine();
		expect((await repository.get('a'))!.proposal.title).toBe('Mijn laatste zin');
	});

	it('replays the journal when the page died while its own save was landing', async () => {
		const repository = new DraftsRepository(freshDb());
		const stored = await repository.create(proposal('a', 'Begin'));
		const journal = new MemoryJournal();
		const tab = new DraftEditor(stored, repository, null, { journal });
		tab.set('title', 'Half');
		const saving = tab.flush();
		tab.set('title', 'Half getypte zin');
		await saving;
		// The page is gone now: its save of "Half" landed, the journal holds the whole sentence.
		journal.write('a', stored.revision, { ...tab.draft }, stored.revision + 1);
		const reopened = new DraftEditor((await repository.get('a'))!, repository, null, {
			journal,
			recovered: journal.read('a')
		});
		expect(reopened.newerElsewhere).toBeNull();
		await reopened.flush();
		expect((await repository.get('a'))!.proposal.title).toBe('Half getypte zin');
	});

	it('reports a change on its way to storage, so the page can ask before it is left', async () => {
		const repository = new DraftsRepository(freshDb());
		const editor = new DraftEditor(await repository.create(proposal('a', 'x')), repository, null);
		expect(editor.hasUnsavedChanges).toBe(false);
		editor.set('title', 'y');
		expect(editor.hasUnsavedChanges).toBe(true);
		await editor.flush();
		expect(editor.hasUnsavedChanges).toBe(false);
	});
});

describe('delete in one tab, edit in another, undo (point 3)', () => {
	it('a save never re-creates a draft deleted elsewhere; the editor says so and keeps the text', async () => {
		const repository = new DraftsRepository(freshDb());
		const stored = await repository.create(proposal('a', 'Begin'));
		const editor = new DraftEditor(stored, repository, null);
		await repository.delete('a');
		editor.set('title', 'Nieuwere tekst');
		await editor.flush();
		expect(await repository.get('a')).toBeUndefined();
		expect(editor.saveStatus).toEqual({ kind: 'failed', reason: 'deleted' });
		expect(editor.deletedElsewhere).toBe(true);
		expect(editor.draft.title).toBe('Nieuwere tekst');
		await expect(repository.save(proposal('a', 'x'), 1)).rejects.toBeInstanceOf(DeletedError);
		await editor.restoreDeleted();
		expect((await repository.get('a'))!.proposal.title).toBe('Nieuwere tekst');
	});

	it('undo never overwrites a newer revision stored since the delete', async () => {
		const repository = new DraftsRepository(freshDb());
		await repository.create(proposal('a', 'Begin'));
		const overview = new DraftsOverview({
			drafts: repository,
			priceLists: new PriceListsRepository(freshDb()),
			templateSets: new MemoryTemplateSets(),
			cases: new MemoryCases(),
			problem: null
		});
		await overview.remove('a');
		// The other tab stores its newer text again.
		await repository.replace(proposal('a', 'Nieuwere tekst'));
		await overview.undoRemove();
		expect(overview.undoProblem).toBe('newerExists');
		expect((await repository.get('a'))!.proposal.title).toBe('Nieuwere tekst');
		await expect(
			repository.restore({ ...(await repository.get('a'))!, proposal: proposal('a', 'oud') })
		).rejects.toBeInstanceOf(ConflictError);
	});

	it('undo brings the draft back when nothing else stored it', async () => {
		const repository = new DraftsRepository(freshDb());
		await repository.create(proposal('a', 'Begin'));
		const overview = new DraftsOverview({
			drafts: repository,
			priceLists: new PriceListsRepository(freshDb()),
			templateSets: new MemoryTemplateSets(),
			cases: new MemoryCases(),
			problem: null
		});
		await overview.remove('a');
		await overview.undoRemove();
		expect(overview.undoProblem).toBeNull();
		expect((await repository.get('a'))!.proposal.title).toBe('Begin');
	});
});

describe('storage failures change nothing and are told (point 8)', () => {
	it('an import onto a full disk stores nothing and says so', async () => {
		const repository = new DraftsRepository(freshDb());
		await repository.create(proposal('a', 'Bestaand'));
		const full: DraftStore = Object.assign(Object.create(repository) as DraftsRepository, {
			putMany: async () => {
				throw quotaError();
			}
		});
		const storage: AppStorage = {
			drafts: full,
			priceLists: new PriceListsRepository(freshDb()),
			templateSets: new MemoryTemplateSets(),
			cases: new MemoryCases(),
			problem: null
		};
		const overview = new DraftsOverview(storage);
		const file = JSON.stringify({
			format: 'baatwijzer-voorstellen',
			version: 2,
			exportedAt: now.toISOString(),
			drafts: [{ proposal: proposal('b', 'Nieuw'), priceItems: [] }]
		});
		await overview.readImport(file, file.length);
		expect(overview.importProblem).toEqual({ ok: false, reason: 'storage' });
		expect(overview.imported).toBeNull();
		expect((await repository.all()).drafts.map((draft) => draft.id)).toEqual(['a']);
	});

	it('the losing tab of a conflict can keep its version as a copy', async () => {
		const repository = new DraftsRepository(freshDb());
		const stored = await repository.create(proposal('a', 'Begin'));
		const tab = new DraftEditor(stored, repository, null);
		await repository.save(proposal('a', 'Van de ander'), stored.revision);
		tab.set('title', 'Van mij');
		await tab.flush();
		expect(tab.saveStatus).toEqual({ kind: 'failed', reason: 'conflict' });
		const copyId = await tab.saveCopy((title) => `${title} (mijn versie)`);
		expect((await repository.get(copyId))!.proposal.title).toBe('Van mij (mijn versie)');
		expect((await repository.get('a'))!.proposal.title).toBe('Van de ander');
	});
});

describe('stored data is checked on every read (point 11)', () => {
	it('a stored draft that fails validation is reported as broken, not passed on', async () => {
		const db = freshDb();
		const repository = new DraftsRepository(db);
		await repository.create({ ...proposal('ok', 'Goed'), lines: [line('x')] });
		await db.drafts.put({
			...(await db.drafts.get('ok'))!,
			id: 'kapot',
			proposal: { ...proposal('kapot', 'Kapot'), lines: [line('x'), line('x')] }
		});
		const { drafts, broken } = await repository.all();
		expect(drafts.map((draft) => draft.id)).toEqual(['ok']);
		expect(broken.map((draft) => [draft.id, draft.reason])).toEqual([['kapot', 'invalid']]);
		await expect(repository.get('kapot')).rejects.toBeInstanceOf(BrokenDraftError);
	});

	it('a record written by a newer app version is refused, not guessed at', async () => {
		const db = freshDb();
		const repository = new DraftsRepository(db);
		const stored = await repository.create(proposal('a', 'Toekomst'));
		await db.drafts.put({ ...stored, recordVersion: 99 });
		const { broken } = await repository.all();
		expect(broken.map((draft) => draft.reason)).toEqual(['newerVersion']);
	});

	it('repair keeps every field and line that validates and names what it dropped', () => {
		const raw = {
			...proposal('kapot', 'Behouden titel'),
			periodStart: '2027-13-45',
			lines: [line('x'), { ...line('y'), count: { kind: 'direct', persons: -1 } }, line('x')]
		};
		const { proposal: repaired, dropped } = repairProposal(raw, now);
		expect(repaired.id).toBe('kapot');
		expect(repaired.title).toBe('Behouden titel');
		expect(repaired.periodStart).toBe('');
		expect(repaired.lines.map((kept) => kept.id)).toEqual(['x']);
		expect(dropped).toEqual(['periodStart', 'lines 2', 'lines 3']);
	});

	it('an own price list that no longer validates is left out and named', async () => {
		const db = freshDb();
		const lists = new PriceListsRepository(db);
		await db.priceLists.put({
			id: 'l1',
			name: 'Beschadigd',
			version: '1',
			loadedAt: now.toISOString(),
			items: [{ id: 'x' } as never]
		});
		expect(await lists.all()).toEqual({ lists: [], broken: ['Beschadigd'] });
	});
});
