// Dexie's liveQuery (the overview's list) looks for a global indexedDB before it runs a query.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import { BaatwijzerDb, type StoredDraft } from '$lib/storage/db';
import {
	DraftsRepository,
	type BrokenDraft,
	type DraftStore
} from '$lib/storage/drafts-repository';
import { ConflictError } from '$lib/storage/errors';
import { schemaVersions } from '$lib/storage/schema-versions';
import { CHECK_SLICE } from '$lib/storage/draft-listing';
import type { DraftSummary } from '$lib/domain/draft-summary';
import { evaluate } from '$lib/domain/evaluation';
import { DraftEditor } from '$lib/state/draft-editor.svelte';

const now = new Date('2026-11-22T10:00:00Z');

function freshDb() {
	return new BaatwijzerDb('test', { indexedDB: new IDBFactory(), IDBKeyRange });
}

function proposal(id: string, title: string): Proposal {
	return { ...emptyProposal(id, now), title, subsidyCents: 100_000 };
}

afterEach(() => {
	vi.useRealTimers();
});

describe('drafts in IndexedDB', () => {
	it('saves a change automatically within one second and marks it saved', async () => {
		const repository = new DraftsRepository(freshDb());
		const stored = await repository.create(proposal('a', 'Eerste'));
		// The clock is the editor's own (its save delay), not the test's: a busy machine cannot
		// make this fail. fake-indexeddb schedules with setImmediate, which stays real.
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const editor = new DraftEditor(stored, repository, null);
		const flush = vi.spyOn(editor, 'flush');
		editor.set('title', 'Gewijzigd');
		expect(editor.saveStatus.kind).toBe('saving');
		vi.advanceTimersByTime(999);
		expect(flush).toHaveBeenCalledTimes(1); // the autosave started within the second
		vi.useRealTimers();
		await editor.flush();
		expect(editor.saveStatus.kind).toBe('saved');
		expect((await repository.get('a'))?.proposal.title).toBe('Gewijzigd');
	});

	it('never lets an older tab overwrite a newer save', async () => {
		const repository = new DraftsRepository(freshDb());
		const stored = await repository.create(proposal('a', 'Begin'));
		const tabOne = new DraftEditor(stored, repository, null);
		const tabTwo = new DraftEditor(stored, repository, null);
		tabOne.set('title', 'Van tabblad 1');
		await tabOne.flush();
		tabTwo.set('title', 'Van tabblad 2');
		await tabTwo.flush();
		expect((await repository.get('a'))?.proposal.title).toBe('Van tabblad 1');
		expect(tabTwo.saveStatus).toEqual({ kind: 'failed', reason: 'conflict' });
		expect(tabTwo.newerElsewhere?.proposal.title).toBe('Van tabblad 1');
		tabTwo.adoptNewer();
		expect(tabTwo.draft.title).toBe('Van tabblad 1');
		await expect(repository.save(proposal('a', 'oud'), 1)).rejects.toBeInstanceOf(ConflictError);
	});

	it('does not take the echo of its own save for a change from another tab', async () => {
		const repository = new DraftsRepository(freshDb());
		const stored = await repository.create(proposal('a', 'Begin'));
		let saves = 0;
		// Storage reports the first write before the save call returns, while the user types on.
		const echoing: DraftStore = Object.assign(Object.create(repository) as DraftsRepository, {
			save: async (draft: Proposal, basedOn: number) => {
				const written = await repository.save(draft, basedOn);
				if (saves++ === 0) {
					editor.set('title', 'Verder getypt');
					editor.noticeStored(written);
				}
				return written;
			}
		});
		const editor = new DraftEditor(stored, echoing, null);
		editor.set('title', 'Eerste zin');
		await editor.flush();
		expect(editor.newerElsewhere).toBeNull();
		expect(editor.draft.title).toBe('Verder getypt');
		await editor.flush();
		expect(editor.saveStatus.kind).toBe('saved');
		expect((await repository.get('a'))?.proposal.title).toBe('Verder getypt');
	});

	it('takes a newer version from another tab when this tab has no changes', async () => {
		const repository = new DraftsRepository(freshDb());
		const stored = await repository.create(proposal('a', 'Begin'));
		const watcher = new DraftEditor(stored, repository, null);
		const newer = await repository.save(proposal('a', 'Elders'), stored.revision);
		watcher.noticeStored(newer);
		expect(watcher.draft.title).toBe('Elders');
		expect(watcher.saveStatus.kind).toBe('saved');
	});

	it('keeps working and says why when the disk is full, and the stored draft stays intact', async () => {
		const repository = new DraftsRepository(freshDb());
		const stored = await repository.create(proposal('a', 'Veilig'));
		let full = true;
		// A store whose writes fail as a full disk does (Dexie wraps the DOMException).
		const flaky: DraftStore = Object.assign(Object.create(repository) as DraftsRepository, {
			save: async (draft: Proposal, basedOn: number) => {
				if (full)
					throw Object.assign(new Error('write failed'), { inner: { name: 'QuotaExceededError' } });
				return repository.save(draft, basedOn);
			}
		});
		const editor = new DraftEditor(stored, flaky, null);
		editor.set('title', 'Nieuw, nog niet bewaard');
		await editor.flush();
		expect(editor.saveStatus).toEqual({ kind: 'failed', reason: 'quota' });
		expect(editor.draft.title).toBe('Nieuw, nog niet bewaard');
		expect((await repository.get('a'))?.proposal.title).toBe('Veilig');
		full = false;
		await editor.flush();
		expect(editor.saveStatus.kind).toBe('saved');
		expect((await repository.get('a'))?.proposal.title).toBe('Nieuw, nog niet bewaard');
	});

	it('asks for a reload when a newer tab has upgraded the database under this one', async () => {
		const repository = new DraftsRepository(freshDb());
		const stored = await repository.create(proposal('a', 'Oud tabblad'));
		const closed: DraftStore = Object.assign(Object.create(repository) as DraftsRepository, {
			save: async () => {
				throw Object.assign(new Error('version'), { name: 'VersionError' });
			}
		});
		const editor = new DraftEditor(stored, closed, null);
		editor.set('title', 'Nieuw');
		await editor.flush();
		expect(editor.saveStatus).toEqual({ kind: 'failed', reason: 'closedByOtherTab' });
		expect(editor.draft.title).toBe('Nieuw');
	});

	it('upgrades a database written by schema version 1 with every draft intact', async () => {
		const indexedDB = new IDBFactory();
		const old = new Dexie('baatwijzer-upgrade', { indexedDB, IDBKeyRange });
		old.version(schemaVersions.Initial).stores({ drafts: 'id, titleKey, status, updatedAt' });
		const drafts: StoredDraft[] = ['Financiën op orde', 'Maatjes', 'Jongeren in Brandevoort'].map(
			(title, index) => ({
				id: `d${index}`,
				titleKey: title.toLowerCase(),
				status: 'draft',
				updatedAt: now.toISOString(),
				revision: 3,
				proposal: proposal(`d${index}`, title)
			})
		);
		await old.table('drafts').bulkAdd(drafts);
		old.close();

		const db = new BaatwijzerDb('baatwijzer-upgrade', { indexedDB, IDBKeyRange });
		const { drafts: upgraded } = await new DraftsRepository(db).all();
		expect(db.verno).toBe(schemaVersions.SummariesByDate);
		expect(
			upgraded.map((draft) => draft.proposal).sort((a, b) => a.id.localeCompare(b.id))
		).toEqual(drafts.map((draft) => draft.proposal));
		expect(upgraded.find((draft) => draft.id === 'd0')?.titleKey).toBe('financien op orde');
		expect(upgraded.every((draft) => draft.revision === 3)).toBe(true);
		expect(await db.priceLists.count()).toBe(0);

		// Drafts from before summaries were kept: the overview lists them and stores their summaries.
		const listed = await settledListing(new DraftsRepository(db));
		expect(listed.drafts.map((draft) => draft.title).sort()).toEqual(
			['Financiën op orde', 'Jongeren in Brandevoort', 'Maatjes'].sort()
		);
		expect(await db.summaries.count()).toBe(0); // drafts without a write token: made, not kept
	});
});

/** The overview's list once the check of the full drafts has gone through every draft. */
async function settledListing(repository: DraftsRepository) {
	let last: { drafts: DraftSummary[]; broken: BrokenDraft[] } = { drafts: [], broken: [] };
	await new Promise<void>((settled) => {
		const stop = repository.watchAll(
			(drafts, broken) => (last = { drafts, broken }),
			() => {
				stop();
				settled();
			}
		);
	});
	return last;
}

describe('the overview lists drafts from their summaries', () => {
	it('keeps a summary with every write, and the overview shows what each draft holds', async () => {
		const db = freshDb();
		const repository = new DraftsRepository(db);
		const stored = await repository.create(proposal('a', 'Schuldenspreekuur'));
		await repository.save(
			{ ...stored.proposal, organisation: 'Wijkteam', author: 'Sanne', status: 'submitted' },
			stored.revision
		);
		await repository.putMany([proposal('b', 'Maatjes')]);
		const { drafts } = await settledListing(repository);
		expect(
			drafts.map(({ id, title, organisation, author, status, lineCount }) => ({
				id,
				title,
				organisation,
				author,
				status,
				lineCount
			}))
		).toEqual(
			[
				{
					id: 'a',
					title: 'Schuldenspreekuur',
					organisation: 'Wijkteam',
					author: 'Sanne',
					status: 'submitted',
					lineCount: 0
				},
				{ id: 'b', title: 'Maatjes', organisation: '', author: '', status: 'draft', lineCount: 0 }
			].sort((x, y) => (x.id < y.id ? -1 : 1))
		);
		expect(await db.summaries.get('a')).toMatchObject({
			writeId: (await db.drafts.get('a'))?.writeId
		});
		await repository.delete('a');
		expect(await db.summaries.get('a')).toBeUndefined();
	});

	it('a draft damaged outside the app is listed as broken even when its summary looks fine', async () => {
		const db = freshDb();
		const repository = new DraftsRepository(db);
		await repository.create(proposal('a', 'Goed'));
		await repository.create(proposal('b', 'Wordt beschadigd'));
		await db.drafts.update('b', { 'proposal.subsidyCents': 'veel' } as never);
		const { drafts, broken } = await settledListing(repository);
		expect(drafts.map((draft) => draft.id)).toEqual(['a']);
		expect(broken.map((draft) => draft.id)).toEqual(['b']);
	});

	it('a stale summary (the draft was rewritten by another program) is made again from the draft', async () => {
		const db = freshDb();
		const repository = new DraftsRepository(db);
		const stored = await repository.create(proposal('a', 'Oude titel'));
		await db.drafts.put({
			...stored,
			writeId: 'ander-programma',
			proposal: { ...stored.proposal, title: 'Nieuwe titel' }
		});
		await db.summaries.put({ ...(await db.summaries.get('a'))!, id: 'weg' }); // and one left behind
		const { drafts } = await settledListing(repository);
		expect(drafts.map((draft) => draft.title)).toEqual(['Nieuwe titel']);
		expect((await db.summaries.get('a'))?.title).toBe('Nieuwe titel');
		expect(await db.summaries.get('weg')).toBeUndefined();
	});

	it('with more drafts than one slice, the list is whole and totals match the calculation', async () => {
		const db = freshDb();
		const repository = new DraftsRepository(db);
		const proposals = Array.from({ length: CHECK_SLICE * 2 + 7 }, (_, index) => ({
			...proposal(`d${index}`, `Voorstel ${index}`),
			lines: []
		}));
		await repository.putMany(proposals);
		await db.summaries.clear(); // as an older app version left them
		const { drafts } = await settledListing(repository);
		expect(drafts).toHaveLength(proposals.length);
		for (const draft of drafts.slice(0, 5)) {
			const own = proposals.find((candidate) => candidate.id === draft.id)!;
			expect(draft.total).toBe(evaluate(own).total.toString());
		}
		expect(await db.summaries.count()).toBe(proposals.length);
	});
});
