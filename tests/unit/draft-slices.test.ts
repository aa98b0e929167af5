// Issue 24: the overview's worker reads the drafts it checks a slice at a time. With most drafts
// asked for it reads the whole store page by page, the newest slice first; whichever way, every
// draft asked for comes exactly once, with its own id, and no other.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BaatwijzerDb } from '$lib/storage/db';
import { WORKER_SLICE } from '$lib/storage/draft-check';
import { BULK_PAGE, draftSlices, type DraftSlice } from '$lib/storage/draft-slices';
import { requested } from '$lib/storage/raw-read';
import { DATABASE_NAME } from '$lib/storage/schema-versions';

afterEach(async () => {
	await Dexie.delete(DATABASE_NAME);
});

/**
 * `count` drafts whose keys do not follow their dates (so reading by key is not reading by date),
 * two of them with the same date, and one without a date (which the date index does not hold).
 */
async function storeDrafts(
	count: number
): Promise<{ database: IDBDatabase; newestFirst: string[]; undated: string }> {
	const db = new BaatwijzerDb();
	const records = Array.from({ length: count }, (_, index) => ({
		id: `d${String((index * 7919) % count).padStart(5, '0')}`,
		titleKey: '',
		status: 'draft',
		revision: 1,
		updatedAt: new Date(Date.UTC(2026, 0, 1) + Math.floor(index / 2) * 60_000).toISOString(),
		proposal: { title: `Voorstel ${index}` }
	}));
	const { updatedAt: _dropped, ...undated } = records[3]!;
	await db.drafts.bulkPut([...records.slice(0, 3), undated, ...records.slice(4)] as never);
	db.close();
	const newestFirst = records
		.filter((_, index) => index !== 3)
		.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id))
		.map((record) => record.id);
	const database = await requested(indexedDB.open(DATABASE_NAME));
	return { database, newestFirst, undated: undated.id };
}

async function collect(slices: AsyncGenerator<DraftSlice>): Promise<DraftSlice[]> {
	const all: DraftSlice[] = [];
	for await (const slice of slices) all.push(slice);
	return all;
}

/** Each slice's ids, after checking that every record is the one its id names. */
function idsOf(slices: DraftSlice[]): (string | null)[][] {
	for (const slice of slices) {
		expect(slice.raws).toHaveLength(slice.ids.length);
		slice.raws.forEach((raw, index) => {
			if (raw !== undefined) expect((raw as { id: string }).id).toBe(slice.ids[index]);
		});
	}
	return slices.map((slice) =>
		slice.ids.map((id, index) => (slice.raws[index] === undefined ? null : id))
	);
}

describe('the worker reads the drafts it checks', () => {
	it('in bulk: the newest slice first, then every other draft asked for once', async () => {
		const count = BULK_PAGE * 2 + 234;
		const { database, newestFirst, undated } = await storeDrafts(count);
		// Every draft but two, and one that is not stored (deleted since the page listed it).
		const skipped = new Set([newestFirst[1]!, newestFirst[700]!]);
		const asked = [...newestFirst, undated, 'weg'].filter((id) => !skipped.has(id)).reverse();
		const slices = await collect(draftSlices(database, asked, true));
		const ids = idsOf(slices);
		// The newest stored drafts that were asked for first: the top of the list is made first.
		expect(ids[0]).toEqual(newestFirst.slice(0, WORKER_SLICE).filter((id) => !skipped.has(id)));
		expect(slices.every((slice) => slice.ids.length <= WORKER_SLICE)).toBe(true);
		// The one not stored comes last, without a record.
		expect(ids.at(-1)).toEqual([null]);
		expect(slices.at(-1)!.ids).toEqual(['weg']);
		const read = ids.flat().filter((id) => id !== null);
		expect(new Set(read).size).toBe(read.length);
		expect([...read].sort()).toEqual(asked.filter((id) => id !== 'weg').sort());
		database.close();
	});

	it('in bulk: a draft without a date (not in the date index) is read too', async () => {
		const { database, newestFirst, undated } = await storeDrafts(BULK_PAGE + 10);
		const slices = await collect(draftSlices(database, [newestFirst[9]!, undated], true));
		expect(idsOf(slices)).toEqual([[newestFirst[9]], [undated]]);
		database.close();
	});

	it('one by one: in the order asked, a slice at a time', async () => {
		const { database, newestFirst } = await storeDrafts(300);
		const asked = [...newestFirst.slice(0, 150), 'weg', newestFirst[200]!];
		const slices = await collect(draftSlices(database, asked, false));
		expect(idsOf(slices)).toEqual([
			asked.slice(0, WORKER_SLICE),
			[...asked.slice(WORKER_SLICE, 150), null, newestFirst[200]]
		]);
		database.close();
	});

	it('nothing asked, nothing read', async () => {
		const { database } = await storeDrafts(20);
		expect(await collect(draftSlices(database, [], false))).toEqual([]);
		expect(await collect(draftSlices(database, [], true))).toEqual([]);
		database.close();
	});
});
