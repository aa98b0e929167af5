// The overview's check worker (draft-check.worker.ts), run here as the page runs it: a request of
// ids, answers slice by slice. It stores a missing or stale summary itself, but never over one a
// save stored after the page read the summaries (the save's summary is the newer one).
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import { BaatwijzerDb } from '$lib/storage/db';
import { DraftsRepository } from '$lib/storage/drafts-repository';
import type { CheckAnswer, CheckRequest, CheckResult } from '$lib/storage/draft-check';
import { DATABASE_NAME } from '$lib/storage/schema-versions';

const now = new Date('2026-12-06T10:00:00Z');
const proposal = (id: string, title: string): Proposal => ({ ...emptyProposal(id, now), title });

const answers: CheckAnswer[] = [];
let ask: (request: CheckRequest) => void;

beforeAll(async () => {
	const scope = globalThis as unknown as {
		postMessage: (answer: CheckAnswer) => void;
		onmessage: (event: { data: CheckRequest }) => void;
	};
	scope.postMessage = (answer) => answers.push(answer);
	scope.onmessage = () => {}; // the worker sets its own, as in a worker's global scope
	await import('$lib/storage/draft-check.worker');
	ask = (request) => scope.onmessage({ data: request });
});

afterEach(async () => {
	answers.length = 0;
	await Dexie.delete(DATABASE_NAME);
});

/** Sends one request and collects what the worker answers until it is done. */
async function check(request: CheckRequest): Promise<CheckResult[]> {
	ask(request);
	await expect.poll(() => answers.at(-1)?.kind, { timeout: 5000 }).toBe('done');
	return answers.flatMap((answer) => (answer.kind === 'slice' ? answer.results : []));
}

describe('the check worker', () => {
	it('summarizes each draft, names a broken one, and stores a missing summary', async () => {
		const db = new BaatwijzerDb();
		const repository = new DraftsRepository(db);
		await repository.create(proposal('a', 'Goed'));
		await repository.create(proposal('b', 'Wordt beschadigd'));
		await db.drafts.update('b', { 'proposal.subsidyCents': 'veel' } as never);
		await db.summaries.clear(); // as after an update that changed what a summary holds
		const results = await check({ ids: ['a', 'b'], seen: [undefined, undefined] });
		expect(results.find((result) => result.id === 'a')).toMatchObject({
			summary: { title: 'Goed' },
			stored: true
		});
		expect(results.find((result) => result.id === 'b')).toHaveProperty('broken');
		expect((await db.summaries.get('a'))?.title).toBe('Goed');
		expect(await db.summaries.get('b')).toBeUndefined();
		db.close();
	});

	// In bulk (the first visit after an update) the worker reads every stored summary's token at
	// once rather than one by one: the same rule holds.
	it.each([
		['one by one', false],
		['in bulk', true]
	])(
		'leaves a summary alone that was stored after the page read the summaries (%s)',
		async (_, bulk) => {
			const db = new BaatwijzerDb();
			const repository = new DraftsRepository(db);
			await repository.create(proposal('a', 'Uit het voorstel'));
			await repository.create(proposal('b', 'Nog zonder samenvatting'));
			// The page saw no summary for "a"; by the time the worker stores, another one is there.
			const summary = await db.summaries.get('a');
			const later = { ...summary!, writeId: 'later', title: 'Later bewaard' };
			await db.summaries.put(later);
			await db.summaries.delete('b');
			const results = await check({ ids: ['a', 'b'], seen: [undefined, undefined], bulk });
			expect(results.find((result) => result.id === 'a')).toMatchObject({
				summary: { title: 'Uit het voorstel' }
			});
			expect(await db.summaries.get('a')).toEqual(later);
			expect((await db.summaries.get('b'))?.title).toBe('Nog zonder samenvatting');
			db.close();
		}
	);
});
