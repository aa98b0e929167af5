/**
 * Every rule of the file on import, and one migration chain per record kind: the rules the schema
 * now states, each refused with a Dutch message naming the element; the proposal's shape history
 * run alike by the exchange file, a stored draft and the journal.
 */
import { MemoryTemplateSets } from '$lib/storage/template-sets-repository';
import { MemoryCases } from '$lib/storage/cases-repository';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { issueMessage, problemSummary } from '$lib/components/drafts/import-messages';
import { priceListRefusal } from '$lib/components/price-list/price-list-messages';
import { readExchangeFile } from '$lib/domain/exchange/import-file';
import { readPriceListFile } from '$lib/domain/price-list/list-file';
import { priceListColumns } from '$lib/domain/price-list/from-csv';
import { helmondPreset } from '$lib/domain/presets/helmond';
import { CURRENT_PROPOSAL_VERSION, migrateProposal } from '$lib/domain/proposal-versions';
import { journalEntrySchema, readRecord, storedDraftSchema } from '$lib/domain/records';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import type { AppStorage } from '$lib/storage';
import { BaatwijzerDb } from '$lib/storage/db';
import { DraftsRepository, type DraftStore } from '$lib/storage/drafts-repository';
import { PriceListsRepository } from '$lib/storage/price-lists-repository';
import { DraftsOverview } from '$lib/state/drafts-overview.svelte';

const now = new Date('2026-11-22T10:00:00Z');
const line = (id: string, extra: Record<string, unknown> = {}) => ({
	id,
	priceItemId: null,
	name: `Regel ${id}`,
	unit: 'per persoon per jaar',
	amountCents: 100_000,
	priceYear: 2024,
	count: { kind: 'direct', persons: 10 },
	chance: 'likely',
	contribution: 'likely',
	recurrence: 'yearly',
	costHolder: 'Politie',
	...extra
});
const fileWith = (proposal: Record<string, unknown>, version = 7) =>
	JSON.stringify({
		format: 'baatwijzer-voorstellen',
		version,
		exportedAt: now.toISOString(),
		drafts: [{ proposal: { ...emptyProposal('p', now), ...proposal }, priceItems: [] }]
	});
/** The Dutch sentences a refused file gets. */
function messagesFor(proposal: Record<string, unknown>): string[] {
	const text = fileWith(proposal);
	const read = readExchangeFile(text, text.length);
	if (read.ok) return [];
	return read.reason === 'invalid' ? read.issues.map(issueMessage) : [problemSummary(read)];
}

describe('every rule of the file on import, each named in Dutch', () => {
	it.each([
		[
			'a count range above the count',
			{ lines: [line('a', { countRange: { low: 12, high: 20 } })] },
			'voorstel 1 › regel 1 › bandbreedte van het aantal: bevat het antwoord van de regel niet'
		],
		[
			'a count range high below low',
			{ lines: [line('a', { countRange: { low: 20, high: 5 } })] },
			'voorstel 1 › regel 1 › bandbreedte van het aantal: loopt van hoog naar laag'
		],
		[
			'a chance range out of order',
			{ lines: [line('a', { chanceRange: { low: 'certain', high: 'maybe' } })] },
			'voorstel 1 › regel 1 › bandbreedte van de kans: loopt van hoog naar laag'
		],
		[
			'a contribution range beside the answer',
			{ lines: [line('a', { contributionRange: { low: 'certain', high: 'certain' } })] },
			'voorstel 1 › regel 1 › bandbreedte van de bijdrage: bevat het antwoord van de regel niet'
		],
		[
			'a line overlapping itself',
			{ lines: [line('a', { overlapsWith: 'a' })] },
			'voorstel 1 › regel 1 › overlapt met: verwijst naar de regel zelf'
		],
		[
			'a line overlapping a missing line',
			{ lines: [line('a', { overlapsWith: 'weg' })] },
			'voorstel 1 › regel 1 › overlapt met: verwijst naar een regel die niet in het voorstel staat'
		],
		[
			'an arrow from a missing effect',
			{ lines: [line('a')], arena: { links: [{ effectId: 'weg', party: 'Buren' }] } },
			'voorstel 1 › arena › pijl 1 › effect-id: verwijst naar een effect dat niet in het voorstel staat'
		],
		[
			'a mark on a missing effect',
			{ lines: [line('a')], arena: { unintended: ['weg'] } },
			'voorstel 1 › arena › onbedoeld effect 1: verwijst naar een effect dat niet in het voorstel staat'
		],
		[
			'an unpriced effect sharing a line’s id',
			{ lines: [line('a')], arena: { effects: [{ id: 'a', description: 'Rust' }] } },
			'voorstel 1 › arena › effect zonder prijs 1 › id: is al de id van een regel'
		],
		[
			'one party listed three times',
			{ lines: [line('a')], arena: { parties: ['Buren', 'Buren', 'Buren'] } },
			'voorstel 1 › arena › partij 2: staat twee keer in de lijst'
		]
	])('%s', (_, proposal, expected) => {
		const messages = messagesFor(proposal);
		expect(messages.some((message) => message.startsWith(expected))).toBe(true);
	});

	it('describes an odd version without echoing it', () => {
		for (const version of ['1e308', '99999', '2.5']) {
			const text = `{"format":"baatwijzer-voorstellen","version":${version},"drafts":[]}`;
			const read = readExchangeFile(text, text.length);
			expect(read.ok).toBe(false);
			const summary = problemSummary(read as Exclude<typeof read, { ok: true }>);
			expect(summary).not.toMatch(/e\+|99999|2\.5/);
			expect(summary).toMatch(/^Onbekende bestandsversie: een/);
		}
	});

	it('refuses a price list with only a header, CSV or JSON', async () => {
		const header = priceListColumns.join(',');
		for (const text of [
			header,
			`${header}\r\n`,
			'{"format":"baatwijzer-prijslijst","name":"Leeg","items":[]}'
		]) {
			const read = await readPriceListFile(text, text.length, helmondPreset.costHolders);
			expect(read).toMatchObject({ ok: false });
			if (!read.ok && read.kind !== 'json')
				expect(priceListRefusal(read)[0]).toMatch(/geen kostenposten/);
		}
	});

	it('duplicating a draft on a full disk says so in Dutch and stores nothing', async () => {
		const db = new BaatwijzerDb('regels', { indexedDB: new IDBFactory(), IDBKeyRange });
		const repository = new DraftsRepository(db);
		await repository.create({ ...emptyProposal('a', now), title: 'Bestaand' });
		const full: DraftStore = Object.assign(Object.create(repository) as DraftsRepository, {
			get: (id: string) => repository.get(id),
			create: async () => {
				throw Object.assign(new Error('write failed'), { inner: { name: 'QuotaExceededError' } });
			}
		});
		const storage: AppStorage = {
			drafts: full,
			priceLists: new PriceListsRepository(db),
			templateSets: new MemoryTemplateSets(),
			cases: new MemoryCases(),
			problem: null
		};
		const overview = new DraftsOverview(storage);
		await expect(overview.duplicate('a', (title) => `${title} (kopie)`)).resolves.toBeNull();
		expect(overview.actionProblem).toBe('quota');
		expect((await repository.all()).drafts.map((draft) => draft.id)).toEqual(['a']);
	});
});

describe('one migration chain for the proposal', () => {
	// A proposal as version-6 files and version-1 records held it: no subsidy year.
	const { subsidyYear: _, ...shape6 } = {
		...emptyProposal('oud', now),
		title: 'Oud voorstel',
		subsidyCents: 500_000,
		lines: [line('a', { priceYear: 2021 })]
	} as Proposal;

	it('the file, a stored draft and the journal read a version-6 proposal to the same record', () => {
		const fromFile = readExchangeFile(
			JSON.stringify({
				format: 'baatwijzer-voorstellen',
				version: 6,
				exportedAt: now.toISOString(),
				drafts: [{ proposal: shape6, priceItems: [] }]
			}),
			1000
		);
		const stored = readRecord(
			'draft',
			{
				recordVersion: 1,
				id: 'oud',
				titleKey: 'oud voorstel',
				status: 'draft',
				updatedAt: shape6.updatedAt,
				revision: 3,
				proposal: shape6
			},
			storedDraftSchema
		);
		const journal = readRecord(
			'journal',
			{
				recordVersion: 1,
				basedOn: 3,
				proposal: shape6
			},
			journalEntrySchema
		);
		if (!fromFile.ok || !stored.ok || !journal.ok) throw new Error('not read');
		expect(fromFile.migratedFrom).toBe(6);
		expect(fromFile.drafts[0]!.proposal.subsidyYear).toBeNull();
		expect(stored.value.proposal).toEqual(fromFile.drafts[0]!.proposal);
		expect(journal.value.proposal).toEqual(fromFile.drafts[0]!.proposal);
		expect(stored.value.proposalVersion).toBe(CURRENT_PROPOSAL_VERSION);
	});

	it('a version-1 file’s Dutch line words run through the same chain', () => {
		const migrated = migrateProposal(
			{ lines: [{ chance: 'misschien', contribution: 'zeker', recurrence: 'jaarlijks' }] },
			1
		) as { lines: Record<string, string>[]; subsidyYear: null };
		expect(migrated.lines[0]).toEqual({
			chance: 'maybe',
			contribution: 'certain',
			recurrence: 'yearly'
		});
		expect(migrated.subsidyYear).toBeNull();
	});

	it('a record naming a proposal shape newer than this app is refused, not guessed at', () => {
		const read = readRecord(
			'draft',
			{
				recordVersion: 2,
				proposalVersion: CURRENT_PROPOSAL_VERSION + 1,
				id: 'x',
				titleKey: '',
				status: 'draft',
				updatedAt: now.toISOString(),
				revision: 1,
				proposal: shape6
			},
			storedDraftSchema
		);
		expect(read).toEqual({ ok: false, reason: 'newerVersion' });
	});
});
