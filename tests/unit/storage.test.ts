import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import { BaatwijzerDb, schemaVersions, type StoredDraft } from '$lib/storage/db';
import { ConflictError, DraftsRepository, type DraftStore } from '$lib/storage/drafts-repository';
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
		const editor = new DraftEditor(stored, repository, null);
		editor.set('title', 'Gewijzigd');
		expect(editor.saveStatus.kind).toBe('saving');
		await new Promise((done) => setTimeout(done, 1000));
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
		expect(db.verno).toBe(schemaVersions.AccentFreeTitlesAndPriceLists);
		expect(
			upgraded.map((draft) => draft.proposal).sort((a, b) => a.id.localeCompare(b.id))
		).toEqual(drafts.map((draft) => draft.proposal));
		expect(upgraded.find((draft) => draft.id === 'd0')?.titleKey).toBe('financien op orde');
		expect(upgraded.every((draft) => draft.revision === 3)).toBe(true);
		expect(await db.priceLists.count()).toBe(0);
	});
});
