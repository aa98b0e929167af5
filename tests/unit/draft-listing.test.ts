// Issue 23/24: the drafts overview lists and follows the drafts straight from IndexedDB, without
// Dexie on the page (draft-listing.ts, `currentDatabase`). It must list what storage holds, follow
// every write Dexie makes (here: from another tab), and hand over to storage when the database
// cannot be read this way, without creating one.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import type { DraftSummary } from '$lib/domain/draft-summary';
import type { BrokenDraft } from '$lib/domain/records';
import { BaatwijzerDb } from '$lib/storage/db';
import { DraftsRepository } from '$lib/storage/drafts-repository';
import { currentDatabase, SUMMARY_PAGE, watchListing } from '$lib/storage/draft-listing';
import { databaseExists } from '$lib/storage/raw-read';
import { DATABASE_NAME } from '$lib/storage/schema-versions';

const now = new Date('2026-12-06T10:00:00Z');
const proposal = (id: string, title: string, minutes = 0): Proposal => ({
	...emptyProposal(id, new Date(now.getTime() + minutes * 60_000)),
	title
});

interface Listed {
	readonly drafts: DraftSummary[];
	readonly broken: BrokenDraft[];
	readonly waiting: number;
}

/** Follows the listing; `until` resolves once the latest list matches. */
function follow() {
	const lists: Listed[] = [];
	const waiting: { test: (list: Listed) => boolean; done: (list: Listed) => void }[] = [];
	let unreadable = false;
	const stop = watchListing(
		currentDatabase,
		(drafts, broken, toRead) => {
			const list = { drafts, broken, waiting: toRead };
			lists.push(list);
			for (const wait of waiting.splice(0)) {
				if (wait.test(list)) wait.done(list);
				else waiting.push(wait);
			}
		},
		undefined,
		() => (unreadable = true)
	);
	const until = (test: (list: Listed) => boolean) =>
		new Promise<Listed>((done) => {
			const latest = lists.at(-1);
			if (latest && test(latest)) done(latest);
			else waiting.push({ test, done });
		});
	return { until, stop, lists, isUnreadable: () => unreadable };
}

const titles = (list: Listed) => list.drafts.map((draft) => draft.title);

afterEach(async () => {
	await Dexie.delete(DATABASE_NAME);
});

describe('the overview’s listing without Dexie', () => {
	it('lists the stored drafts newest first, then follows a save, a new draft and a delete', async () => {
		const db = new BaatwijzerDb();
		const other = new DraftsRepository(db);
		const first = await other.create(proposal('a', 'Schuldenspreekuur', 1));
		await other.create(proposal('b', 'Maatjes', 2));
		const listing = follow();
		await listing.until((list) => titles(list).join() === 'Maatjes,Schuldenspreekuur');

		await other.save(
			{ ...first.proposal, title: 'Elders gewijzigd', updatedAt: proposal('a', '', 3).updatedAt },
			first.revision
		);
		await listing.until((list) => titles(list).join() === 'Elders gewijzigd,Maatjes');
		await other.create(proposal('c', 'Taalcafé', 4));
		await listing.until((list) => titles(list)[0] === 'Taalcafé' && list.drafts.length === 3);
		await other.delete('b');
		const last = await listing.until((list) => list.drafts.length === 2);
		expect(titles(last)).toEqual(['Taalcafé', 'Elders gewijzigd']);
		listing.stop();
		db.close();
	});

	it('lists a draft damaged outside the app as broken', async () => {
		const db = new BaatwijzerDb();
		const other = new DraftsRepository(db);
		await other.create(proposal('a', 'Goed'));
		await other.create(proposal('b', 'Wordt beschadigd'));
		await db.drafts.update('b', { 'proposal.subsidyCents': 'veel' } as never);
		const listing = follow();
		const listed = await listing.until((list) => list.broken.length === 1);
		expect(titles(listed)).toEqual(['Goed']);
		expect(listed.broken.map((draft) => draft.id)).toEqual(['b']);
		listing.stop();
		db.close();
	});

	it('lists every draft when the summaries are read a page at a time', async () => {
		const db = new BaatwijzerDb();
		const count = SUMMARY_PAGE + 1;
		await new DraftsRepository(db).putMany(
			Array.from({ length: count }, (_, index) => proposal(`d${index}`, `Voorstel ${index}`))
		);
		const listing = follow();
		const listed = await listing.until((list) => list.drafts.length > 0);
		expect(new Set(listed.drafts.map((draft) => draft.id)).size).toBe(count);
		listing.stop();
		db.close();
	});

	// The first visit after an update: no summary yet. The list must not look empty or short
	// while the drafts are read: it says how many are still to come.
	it('counts the drafts still to be read when their summaries are missing', async () => {
		const db = new BaatwijzerDb();
		const count = 250;
		await new DraftsRepository(db).putMany(
			Array.from({ length: count }, (_, index) => proposal(`d${index}`, `Voorstel ${index}`))
		);
		await db.drafts.update('d7', { 'proposal.subsidyCents': 'veel' } as never);
		await db.summaries.clear();
		const listing = follow();
		const last = await listing.until((list) => list.waiting === 0);
		expect(last.drafts).toHaveLength(count - 1);
		expect(last.broken.map((draft) => draft.id)).toEqual(['d7']);
		// Every list before it accounts for every stored draft, and the first has read none.
		expect(listing.lists[0]).toMatchObject({ drafts: [], broken: [], waiting: count });
		for (const list of listing.lists)
			expect(list.drafts.length + list.broken.length + list.waiting).toBe(count);
		listing.stop();
		db.close();
	});

	it('hands over on a first visit without creating a database', async () => {
		const listing = follow();
		await expect.poll(listing.isUnreadable).toBe(true);
		expect(listing.lists).toEqual([]);
		expect(await databaseExists()).toBe(false);
		listing.stop();
	});
});
