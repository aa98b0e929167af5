// Issue 24: the overview's worker reads the drafts it checks a slice at a time, in the order the
// page asks (newest first). With most drafts asked for it reads them in chunks from the date
// index; whichever way, each slice must hold exactly the stored records of its ids, in order.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BaatwijzerDb } from '$lib/storage/db';
import { draftSlices, draftsNewestFirst } from '$lib/storage/draft-slices';
import { requested } from '$lib/storage/raw-read';
import { DATABASE_NAME } from '$lib/storage/schema-versions';

afterEach(async () => {
	await Dexie.delete(DATABASE_NAME);
});

/** Drafts with dates that repeat (ties at the chunk edges) and one without a date at all. */
async function storeDrafts(
	count: number
): Promise<{ database: IDBDatabase; newestFirst: string[] }> {
	const db = new BaatwijzerDb();
	const records = Array.from({ length: count }, (_, index) => ({
		id: `d${String(index).padStart(5, '0')}`,
		titleKey: '',
		status: 'draft',
		revision: 1,
		// Three drafts per minute: a chunk's edge falls between equal dates.
		updatedAt: new Date(Date.UTC(2026, 0, 1) + Math.floor(index / 3) * 60_000).toISOString(),
		proposal: { title: `Voorstel ${index}` }
	}));
	const { updatedAt: _dropped, ...undated } = records[7]!;
	await db.drafts.bulkPut([...records.slice(0, 7), undated, ...records.slice(8)] as never);
	db.close();
	const newestFirst = [...records]
		.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))
		.map((record) => record.id);
	const database = await requested(indexedDB.open(DATABASE_NAME));
	return { database, newestFirst };
}

async function collect(slices: AsyncGenerator<unknown[]>): Promise<unknown[][]> {
	const all: unknown[][] = [];
	for await (const slice of slices) all.push(slice);
	return all;
}

const idsOf = (slices: unknown[][]) =>
	slices.map((slice) => slice.map((raw) => (raw as { id: string } | undefined)?.id ?? null));

describe('the worker reads the drafts it checks', () => {
	it('in chunks from the date index when most are asked for: every record, in the order asked', async () => {
		const { database, newestFirst } = await storeDrafts(1234);
		// Every draft, and one that is not stored (deleted since the page listed it).
		const asked = [...newestFirst.slice(0, 500), 'weg', ...newestFirst.slice(500)];
		const slices = await collect(draftSlices(database, asked, 50));
		expect(slices.map((slice) => slice.length)).toEqual(
			Array.from({ length: 13 }, (_, at) => (at < 12 ? 100 : 35))
		);
		const expected = asked.map((id) => (id === 'weg' ? null : id));
		expect(idsOf(slices).flat()).toEqual(expected);
		// The undated draft (which the date index does not hold) is read on its own.
		expect(slices.flat().find((raw) => (raw as { id?: string })?.id === 'd00007')).toMatchObject({
			proposal: { title: 'Voorstel 7' }
		});
		database.close();
	});

	it('the date index in chunks: each dated draft once, newest first', async () => {
		const { database, newestFirst } = await storeDrafts(1234);
		const chunks = await collect(draftsNewestFirst(database, 50));
		expect(chunks.length).toBeGreaterThanOrEqual(24);
		const read = idsOf(chunks).flat();
		const dates = chunks.flat().map((raw) => (raw as { updatedAt: string }).updatedAt);
		expect([...dates].sort().reverse()).toEqual(dates);
		expect([...read].sort()).toEqual(newestFirst.filter((id) => id !== 'd00007').sort());
		database.close();
	});

	it('one by one when only a few are asked for', async () => {
		const { database, newestFirst } = await storeDrafts(300);
		const asked = [newestFirst[5]!, 'weg', newestFirst[0]!];
		const slices = await collect(draftSlices(database, asked, 50));
		expect(idsOf(slices)).toEqual([[newestFirst[5], null, newestFirst[0]]]);
		database.close();
	});
});
