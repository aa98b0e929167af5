import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { buildExchangeFile, exchangeFileText } from '$lib/domain/exchange/export-file';
import { readExchangeFile } from '$lib/domain/exchange/import-file';
import { findPriceItem } from '$lib/domain/price-list/default-price-list';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import { BaatwijzerDb } from '$lib/storage/db';
import { DraftsRepository } from '$lib/storage/drafts-repository';
import { lineArb } from '../unit/arbitraries';
import { report } from './report';
import { storedLine } from './stored-line';

const now = new Date('2026-11-22T10:00:00Z');

function proposals(count: number): Proposal[] {
	// Splits name each holder once (the schema refuses a repeat).
	const lines = fc
		.sample(lineArb, { numRuns: 10, seed: 7 })
		.map(({ split, ...line }) =>
			split && new Set(split.map((part) => part.costHolder)).size === split.length
				? { ...line, split }
				: line
		);
	return Array.from({ length: count }, (_, index) => ({
		...emptyProposal(`draft-${index}`, now),
		title: `Voorstel ${index}`,
		subsidyCents: 1_000_000,
		lines: lines.map(storedLine)
	}));
}

async function timed(work: () => Promise<unknown>): Promise<number> {
	const start = performance.now();
	await work();
	return performance.now() - start;
}

it('lists 5,000 drafts and imports a file of 1,000 drafts (fake-indexeddb in Node)', async () => {
	const repository = new DraftsRepository(
		new BaatwijzerDb('bench', { indexedDB: new IDBFactory(), IDBKeyRange })
	);
	await repository.putMany(proposals(5000));
	const listMs = await timed(async () =>
		expect((await repository.all()).drafts).toHaveLength(5000)
	);
	// A second listing of the same records: validated reads are remembered per write.
	const relistMs = await timed(async () =>
		expect((await repository.all()).drafts).toHaveLength(5000)
	);

	const text = exchangeFileText(buildExchangeFile(proposals(1000), findPriceItem, now));
	const bytes = new TextEncoder().encode(text).length;
	const target = new DraftsRepository(
		new BaatwijzerDb('bench-import', { indexedDB: new IDBFactory(), IDBKeyRange })
	);
	let validateMs = 0;
	const importMs = await timed(async () => {
		const start = performance.now();
		const result = readExchangeFile(text, bytes);
		validateMs = performance.now() - start;
		if (!result.ok) throw new Error('bench file invalid');
		await target.putMany(result.drafts.map((draft) => draft.proposal));
	});
	expect((await target.all()).drafts).toHaveLength(1000);

	report('Drafts storage (Dexie on fake-indexeddb in Node)', {
		'list 5,000 drafts (10 lines each), each validated': `${listMs.toFixed(0)} ms`,
		'  again (validated reads remembered)': `${relistMs.toFixed(0)} ms`,
		'import file of 1,000 drafts': `${importMs.toFixed(0)} ms (${(bytes / 1024 / 1024).toFixed(1)} MB)`,
		'  of which parse + validate': `${validateMs.toFixed(0)} ms`
	});
});
