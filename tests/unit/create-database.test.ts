// A first visit makes the app's database without Dexie (create-database.ts), and a new draft is
// written straight to it (draft-create.ts). These tests hold both to Dexie's own: the same tables
// and indexes, a database Dexie then opens and writes as its own, the repository's records, and an
// announcement that other tabs' queries follow.
import 'fake-indexeddb/auto';
import { Dexie, liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import { BaatwijzerDb } from '$lib/storage/db';
import { createDatabaseIfAbsent } from '$lib/storage/create-database';
import { createDraftDirectly } from '$lib/storage/draft-create';
import { followDraftWrites } from '$lib/storage/draft-writes';
import { DraftsRepository } from '$lib/storage/drafts-repository';
import {
	currentSchemaVersion,
	DATABASE_NAME,
	nativeVersion,
	schemaVersions
} from '$lib/storage/schema-versions';

const now = new Date('2026-12-06T10:00:00Z');
const proposal = (id: string, title: string): Proposal => ({ ...emptyProposal(id, now), title });

/** Every table of the app's database with its key and indexes, and the database's version. */
async function describeDatabase() {
	const database = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(DATABASE_NAME);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const names = [...database.objectStoreNames].sort();
	const transaction = database.transaction(names, 'readonly');
	const tables = names.map((name) => {
		const store = transaction.objectStore(name);
		return {
			name,
			keyPath: store.keyPath,
			autoIncrement: store.autoIncrement,
			indexes: [...store.indexNames].sort().map((indexName) => {
				const index = store.index(indexName);
				return [index.name, index.keyPath, index.unique, index.multiEntry];
			})
		};
	});
	database.close();
	return { version: database.version, tables };
}

afterEach(async () => {
	await Dexie.delete(DATABASE_NAME);
});

describe('the database made on a first visit, without Dexie', () => {
	it('has the tables and indexes Dexie makes, at the version Dexie writes', async () => {
		const byDexie = new BaatwijzerDb();
		await byDexie.open();
		byDexie.close();
		const expected = await describeDatabase();
		await Dexie.delete(DATABASE_NAME);

		expect(await createDatabaseIfAbsent()).toBe(true);
		const made = await describeDatabase();
		expect(made).toEqual(expected);
		expect(made.version).toBe(nativeVersion(currentSchemaVersion));
		expect(made.tables.map((table) => table.name)).toContain('drafts');
	});

	it('is opened and written by Dexie as its own, at the same version', async () => {
		await createDatabaseIfAbsent();
		const db = new BaatwijzerDb();
		const drafts = new DraftsRepository(db);
		await drafts.create(proposal('a', 'Buurtcirkel'));
		expect((await drafts.all()).drafts.map((draft) => draft.proposal.title)).toEqual([
			'Buurtcirkel'
		]);
		db.close();
		expect((await describeDatabase()).version).toBe(nativeVersion(currentSchemaVersion));
	});

	it('leaves a database of an older version to Dexie, unchanged', async () => {
		const older = new Dexie(DATABASE_NAME);
		older.version(schemaVersions.Initial).stores({ drafts: 'id, titleKey, status, updatedAt' });
		await older.open();
		older.close();
		expect(await createDatabaseIfAbsent()).toBe(false);
		expect((await describeDatabase()).version).toBe(nativeVersion(schemaVersions.Initial));
		expect(await createDraftDirectly(proposal('a', 'Buurtcirkel'))).toBe(false);
	});
});

describe('a new draft written without Dexie', () => {
	it('stores what the repository stores: the draft and its summary', async () => {
		expect(await createDraftDirectly(proposal('a', 'Schuldhulp aan huis'))).toBe(true);
		const db = new BaatwijzerDb();
		const listed = await new DraftsRepository(db).all();
		expect(listed.broken).toEqual([]);
		expect(listed.drafts).toHaveLength(1);
		const [draft] = listed.drafts;
		expect(draft!.proposal).toEqual(proposal('a', 'Schuldhulp aan huis'));
		expect(draft!.revision).toBe(1);
		expect(draft!.titleKey).toBe('schuldhulp aan huis');
		const summary = await db.summaries.get('a');
		expect(summary?.writeId).toBe(draft!.writeId);
		expect(summary?.title).toBe('Schuldhulp aan huis');
		db.close();
	});

	it('refuses an id that is taken, and leaves the stored draft as it was', async () => {
		expect(await createDraftDirectly(proposal('a', 'Eerste'))).toBe(true);
		expect(await createDraftDirectly(proposal('a', 'Tweede'))).toBe(false);
		const db = new BaatwijzerDb();
		expect((await new DraftsRepository(db).all()).drafts.map((d) => d.proposal.title)).toEqual([
			'Eerste'
		]);
		db.close();
	});

	it("is announced as Dexie announces: another tab's list and its Dexie queries read again", async () => {
		await createDatabaseIfAbsent();
		// Another tab: the overview's listener, and a query through Dexie.
		let touched = 0;
		const stop = followDraftWrites(() => touched++);
		const db = new BaatwijzerDb();
		const counts: number[] = [];
		const seenOne = new Promise<void>((resolve) => {
			const subscription = liveQuery(() => db.drafts.count()).subscribe((count) => {
				counts.push(count);
				if (count === 1) {
					subscription.unsubscribe();
					resolve();
				}
			});
		});
		await expect.poll(() => counts.length).toBe(1);
		expect(await createDraftDirectly(proposal('a', 'Taalcafé'))).toBe(true);
		await seenOne;
		await expect.poll(() => touched).toBeGreaterThan(0);
		stop();
		db.close();
		expect(counts).toEqual([0, 1]);
	});
});
