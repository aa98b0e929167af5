// Issue 24: on the first visit after an update the overview reads every draft again before it can
// list it. A file imported meanwhile must still be held against every stored draft: one not listed
// yet would otherwise be replaced without the user being asked.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, expect, it, vi } from 'vitest';
import { buildExchangeFile, exchangeFileText } from '$lib/domain/exchange/export-file';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import { DraftsOverview } from '$lib/state/drafts-overview.svelte';
import { MemoryCases } from '$lib/storage/cases-repository';
import { BaatwijzerDb } from '$lib/storage/db';
import { currentDatabase } from '$lib/storage/draft-listing';
import { DraftsRepository } from '$lib/storage/drafts-repository';
import { MemoryPriceLists } from '$lib/storage/price-lists-repository';
import { DATABASE_NAME } from '$lib/storage/schema-versions';
import { MemoryTemplateSets } from '$lib/storage/template-sets-repository';

const now = new Date('2026-12-08T10:00:00Z');
const proposal = (index: number): Proposal => ({
	...emptyProposal(`d${index}`, new Date(now.getTime() + index * 60_000)),
	title: `Voorstel ${index}`
});

afterEach(async () => {
	vi.unstubAllGlobals();
	await Dexie.delete(DATABASE_NAME);
});

it('asks before replacing a stored draft that is not listed yet', async () => {
	const db = new BaatwijzerDb();
	const drafts = new DraftsRepository(db);
	const count = 600;
	await drafts.putMany(Array.from({ length: count }, (_, index) => proposal(index)));
	await db.summaries.clear(); // as after an update: every draft is read again
	const storage = {
		drafts,
		priceLists: new MemoryPriceLists(),
		templateSets: new MemoryTemplateSets(),
		cases: new MemoryCases(),
		problem: null
	};
	// The overview warns before a page is left with unsaved drafts; here there is no page.
	vi.stubGlobal('window', { addEventListener: () => {}, removeEventListener: () => {} });
	const overview = new DraftsOverview(storage, () => now, undefined, currentDatabase);
	const stop = overview.follow();
	await expect.poll(() => overview.loaded && overview.waiting > 0, { interval: 1 }).toBe(true);
	// The oldest draft, read last, comes back from a file with another title.
	const file = exchangeFileText(
		buildExchangeFile([{ ...proposal(0), title: 'Uit het bestand' }], () => undefined, now)
	);
	await overview.readImport(file, file.length);
	expect(overview.waiting).toBe(0);
	expect(overview.pendingImport?.conflicts).toEqual(['d0']);
	expect((await drafts.get('d0'))?.proposal.title).toBe('Voorstel 0');
	await overview.finishImport('cancel');
	stop();
	db.close();
});
