// Issue 24: the drafts overview draws its newest cards from a read straight from IndexedDB, before
// Dexie and the validator have loaded (first-summaries.ts). It must show exactly the live listing's
// newest page and total, and give no answer (so the live listing tells) when it cannot be sure.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import type { DraftSummary } from '$lib/domain/draft-summary';
import { BaatwijzerDb } from '$lib/storage/db';
import { DraftsRepository } from '$lib/storage/drafts-repository';
import { firstReadSummaries } from '$lib/storage/first-summaries';
import { DATABASE_NAME } from '$lib/storage/schema-versions';

const proposal = (index: number): Proposal => {
	const at = new Date(Date.UTC(2026, 0, 1) + ((index * 7) % 30) * 3_600_000);
	return {
		...emptyProposal(`d${index}`, at),
		title: `Voorstel ${index}`,
		subsidyCents: 100 * index
	};
};

afterEach(async () => {
	await Dexie.delete(DATABASE_NAME);
});

/** What the live listing publishes first (every draft, newest first). */
function listed(repository: DraftsRepository): Promise<DraftSummary[]> {
	return new Promise((resolve) => {
		const stop = repository.watchAll((drafts) => {
			stop();
			resolve(drafts);
		});
	});
}

describe("the overview's first read, without Dexie", () => {
	it('gives the live listing’s newest page and the number of drafts', async () => {
		const db = new BaatwijzerDb();
		const repository = new DraftsRepository(db);
		await repository.putMany(Array.from({ length: 30 }, (_, index) => proposal(index)));
		const all = await listed(repository);
		const first = await firstReadSummaries(12);
		expect(first?.total).toBe(30);
		expect(first?.newest.map((draft) => draft.updatedAt)).toEqual(
			all.slice(0, 12).map((draft) => draft.updatedAt)
		);
		for (const draft of first!.newest) expect(all).toContainEqual(draft);
		db.close();
	});

	it('gives no answer on a first visit, or when a draft has no summary yet', async () => {
		expect(await firstReadSummaries(12)).toBeNull();
		const db = new BaatwijzerDb();
		const repository = new DraftsRepository(db);
		await repository.putMany([proposal(1), proposal(2)]);
		expect((await firstReadSummaries(12))?.total).toBe(2);
		// As an older version left it: a draft stored without its summary.
		await db.summaries.delete('d1');
		expect(await firstReadSummaries(12)).toBeNull();
		db.close();
	});

	it('gives no answer when a stored summary does not validate', async () => {
		const db = new BaatwijzerDb();
		await new DraftsRepository(db).putMany([proposal(1), proposal(2)]);
		await db.summaries.update('d2', { total: 'veel' });
		expect(await firstReadSummaries(12)).toBeNull();
		db.close();
	});
});
