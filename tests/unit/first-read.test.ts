// A draft's page reads its draft straight from IndexedDB before Dexie has loaded (first-read.ts),
// as the realisation and templates pages read cases and the own template set. These tests hold
// each such read to the repository's: the same draft, the same broken verdict, and
// no answer at all (so storage opens the usual way) whenever the database is not the current one.
import {
	firstReadTemplateSet,
	MemoryTemplateSets,
	OWN_SET_ID,
	TemplateSetsRepository
} from '$lib/storage/template-sets-repository';
import {
	CasesRepository,
	firstReadCaseBook,
	firstReadCasesOfYear,
	MemoryCases
} from '$lib/storage/cases-repository';
import { readTemplateData } from '$lib/domain/templates/template-file';
import defaultTemplates from '$lib/domain/templates/default-templates.json';
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPriceList } from '$lib/domain/price-list/default-price-list';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import { BaatwijzerDb } from '$lib/storage/db';
import { isBroken } from '$lib/storage/draft-reader';
import { DraftsRepository } from '$lib/storage/drafts-repository';
import { firstReadDraft, firstReadPriceLists } from '$lib/storage/first-read';
import type { DescribedCase } from '$lib/domain/schemas/described-case';
import { described, line, yearSettings2025 } from './case-fixtures';
import type { AppStorage } from '$lib/storage';
import { LateDrafts } from '$lib/storage/late-drafts';
import { MemoryDrafts } from '$lib/storage/memory-drafts';
import { MemoryPriceLists, PriceListsRepository } from '$lib/storage/price-lists-repository';
import { currentSchemaVersion, DATABASE_NAME } from '$lib/storage/schema-versions';
import { DraftEditor } from '$lib/state/draft-editor.svelte';

const now = new Date('2026-11-22T10:00:00Z');
const proposal = (id: string, title: string): Proposal => ({
	...emptyProposal(id, now),
	title,
	subsidyCents: 1_500_000
});
const databases = async () =>
	(await indexedDB.databases()).filter((database) => database.name === DATABASE_NAME);

afterEach(async () => {
	await Dexie.delete(DATABASE_NAME);
});

describe('the first read of a draft, without Dexie', () => {
	it('on a first visit reads that nothing is stored, and creates nothing', async () => {
		expect(await firstReadDraft('a')).toBeUndefined();
		expect(await firstReadPriceLists()).toEqual({ lists: [], broken: [] });
		expect(await firstReadCasesOfYear(2025)).toEqual({ cases: [], unreadable: 0 });
		expect(await firstReadCaseBook(2025)).toEqual({
			read: { cases: [], unreadable: 0 },
			years: [],
			settings: null
		});
		expect(await firstReadTemplateSet()).toEqual({ kind: 'none' });
		expect(await databases()).toEqual([]);
	});

	it('reads a stored draft exactly as the repository does', async () => {
		const db = new BaatwijzerDb();
		const repository = new DraftsRepository(db);
		await repository.create(proposal('a', 'Schuldenspreekuur'));
		expect(await firstReadDraft('a')).toEqual(await repository.get('a'));
		expect(await firstReadDraft('b')).toBeUndefined();
		db.close();
	});

	it('reads a year of described cases exactly as the repository does, the damaged one counted', async () => {
		const db = new BaatwijzerDb();
		const cases = new CasesRepository(db);
		const stored = (id: string, date: string): DescribedCase => ({
			...described(id, 'Buurtcoach', 2, [line({ id: 'l1', amountCents: 687_000 })], date),
			createdAt: `${date}T10:00:00.000Z`,
			updatedAt: `${date}T10:00:00.000Z`
		});
		await cases.putAll([
			stored('b', '2025-06-01'),
			stored('a', '2025-02-01'),
			stored('c', '2024-12-31')
		]);
		await db.cases.update('b', { 'case.multiplier': -1 } as never);
		const read = await firstReadCasesOfYear(2025);
		expect(read).toEqual(await cases.ofYear(2025));
		expect(read?.cases.map((one) => one.id)).toEqual(['a']);
		expect(read?.unreadable).toBe(1);
		// The case book's read: the same cases, the years newest first, the year's settings.
		const settings = yearSettings2025;
		await cases.putYearSettings(settings);
		expect(await firstReadCaseBook(2025)).toEqual({
			read: await cases.ofYear(2025),
			years: await cases.years(),
			settings: await cases.yearSettings(2025)
		});
		expect((await firstReadCaseBook(2025))?.years).toEqual([2025, 2024]);
		expect((await firstReadCaseBook(2025))?.settings).toEqual(settings);
		db.close();
	});

	it("reads the organisation's own template set as the repository does, a damaged one named", async () => {
		const db = new BaatwijzerDb();
		const sets = new TemplateSetsRepository(db);
		const file = readTemplateData({ ...defaultTemplates, name: 'Wijkteam Noord' });
		if (!file.ok) throw new Error('own set');
		await sets.put('wijkteam.json', file.file, now);
		const read = await firstReadTemplateSet();
		expect(read).toEqual(await sets.get());
		expect(read).toMatchObject({ kind: 'set', fileName: 'wijkteam.json' });
		await db.templateSets.update(OWN_SET_ID, { 'file.templates': [] });
		expect(await firstReadTemplateSet()).toEqual({ kind: 'broken', fileName: 'wijkteam.json' });
		db.close();
	});

	it('calls a damaged draft broken, as the repository does', async () => {
		const db = new BaatwijzerDb();
		const stored = await new DraftsRepository(db).create(proposal('a', 'Schuldenspreekuur'));
		await db.drafts.put({
			...stored,
			proposal: { ...stored.proposal, subsidyCents: 'veel' as unknown as number }
		});
		const read = await firstReadDraft('a');
		expect(read && isBroken(read)).toBe(true);
		expect(read).toMatchObject({ id: 'a', reason: 'invalid' });
		db.close();
	});

	it('leaves a database of an older version to Dexie to upgrade', async () => {
		const older = new Dexie(DATABASE_NAME);
		older.version(1).stores({ drafts: 'id, titleKey, status, updatedAt' });
		await older.open();
		older.close();
		expect(await firstReadDraft('a')).toBeNull();
		expect(await databases()).toEqual([{ name: DATABASE_NAME, version: 10 }]);
	});

	it('reads the own price lists as the repository does, the broken ones named', async () => {
		const db = new BaatwijzerDb();
		const lists = new PriceListsRepository(db);
		const items = defaultPriceList.slice(0, 3).map((item) => ({ ...item }));
		await lists.put({ id: 'helmond', name: 'Helmond', version: '2026', loadedAt: '', items });
		await db.priceLists.put({
			id: 'kapot',
			name: 'Kapotte lijst',
			version: '1',
			loadedAt: '',
			items: [{ id: 'x' }] as never
		});
		const read = await firstReadPriceLists();
		expect(read).toEqual(await lists.all());
		expect(read?.lists.map((list) => list.name)).toEqual(['Helmond']);
		expect(read?.broken).toEqual(['Kapotte lijst']);
		db.close();
	});

	it('knows the version Dexie writes', () => {
		expect(new BaatwijzerDb().verno).toBe(currentSchemaVersion);
	});
});

describe('a draft read first, saved once storage opens', () => {
	it('saves the edit through storage when it opens', async () => {
		const db = new BaatwijzerDb();
		const repository = new DraftsRepository(db);
		await repository.create(proposal('a', 'Begin'));
		let open: (storage: AppStorage) => void = () => {};
		const opening = new Promise<AppStorage>((resolve) => (open = resolve));
		const first = await firstReadDraft('a');
		if (!first || isBroken(first)) throw new Error('expected a draft');
		const editor = new DraftEditor(first, new LateDrafts(() => opening), null);
		editor.set('title', 'Getypt voordat opslag open was');
		const flushed = editor.flush();
		open({
			drafts: repository,
			priceLists: new PriceListsRepository(db),
			templateSets: new MemoryTemplateSets(),
			cases: new MemoryCases(),
			problem: null
		});
		await flushed;
		expect(editor.saveStatus.kind).toBe('saved');
		expect((await repository.get('a'))?.proposal.title).toBe('Getypt voordat opslag open was');
		db.close();
	});

	it('says the draft cannot be stored when storage then fails to open, and keeps the edit', async () => {
		const stored = await new MemoryDrafts().create(proposal('a', 'Begin'));
		const unavailable: AppStorage = {
			drafts: new MemoryDrafts(),
			priceLists: new MemoryPriceLists(),
			templateSets: new MemoryTemplateSets(),
			cases: new MemoryCases(),
			problem: 'unavailable'
		};
		const editor = new DraftEditor(
			stored,
			new LateDrafts(() => Promise.resolve(unavailable)),
			null
		);
		editor.set('title', 'Nog niet bewaard');
		await editor.flush();
		expect(editor.saveStatus).toEqual({ kind: 'failed', reason: 'unavailable' });
		expect(editor.hasUnsavedChanges).toBe(true);
		expect(editor.draft.title).toBe('Nog niet bewaard');
		expect(await unavailable.drafts.get('a')).toBeUndefined();
	});
});
