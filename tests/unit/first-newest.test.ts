// Issue 24: the overview's first read gives the newest page before the drafts are counted
// (firstReadNewest), as counting thousands takes longer than the page. The page must still be the
// live listing's newest page, and the count every draft; and where the newest summaries are not
// those of the newest drafts, there is no answer (the live listing tells).
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import { BaatwijzerDb } from '$lib/storage/db';
import { DraftsRepository } from '$lib/storage/drafts-repository';
import { firstReadNewest } from '$lib/storage/first-summaries';
import { DATABASE_NAME } from '$lib/storage/schema-versions';

/** Draft `index`, saved `index` hours into 2026: a higher index is newer. */
const proposal = (index: number): Proposal => ({
	...emptyProposal(`d${index}`, new Date(Date.UTC(2026, 0, 1) + index * 3_600_000)),
	title: `Voorstel ${index}`
});

afterEach(async () => {
	await Dexie.delete(DATABASE_NAME);
});

/** Twenty drafts saved as the app saves them, each with its summary. */
async function twentyDrafts(): Promise<BaatwijzerDb> {
	const db = new BaatwijzerDb();
	await new DraftsRepository(db).putMany(Array.from({ length: 20 }, (_, at) => proposal(at)));
	return db;
}

const newestFive = ['d19', 'd18', 'd17', 'd16', 'd15'];

describe("the overview's first page, before the drafts are counted", () => {
	it('gives the newest page, then the number of every draft, also of one without a summary', async () => {
		const db = await twentyDrafts();
		for (const lacking of [null, 'd3']) {
			// An older draft without its summary holds the page back no longer; it is counted.
			if (lacking) await db.summaries.delete(lacking);
			const first = await firstReadNewest(5);
			expect(first?.newest.map((draft) => draft.id)).toEqual(newestFive);
			expect(await first?.total).toBe(20);
		}
		db.close();
	});

	it('gives no answer when one of the newest drafts lacks its summary, or a summary its draft', async () => {
		const db = await twentyDrafts();
		await db.summaries.delete('d17');
		expect(await firstReadNewest(5)).toBeNull();
		await new DraftsRepository(db).putMany([proposal(17)]);
		expect(await firstReadNewest(5)).not.toBeNull();
		// A summary left of a draft that is gone (another program deleted it).
		await db.drafts.delete('d18');
		expect(await firstReadNewest(5)).toBeNull();
		db.close();
	});
});
