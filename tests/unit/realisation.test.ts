import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fc, test as property } from '@fast-check/vitest';
import { compareProposals, portfolioOf } from '$lib/domain/comparison';
import { evaluate } from '$lib/domain/evaluation';
import { comparisonCsv } from '$lib/domain/exchange/csv-export';
import { buildExchangeFile, exchangeFileText } from '$lib/domain/exchange/export-file';
import { readExchangeFile } from '$lib/domain/exchange/import-file';
import { addFractions, fraction } from '$lib/domain/fraction';
import { checkHandIn, nextHandIn, usedPriceItems } from '$lib/domain/hand-in/hand-in';
import { priceItemResolver } from '$lib/domain/price-list/resolve';
import { enterRealised, proposalFromRealised, takeCaseCounts } from '$lib/domain/realisation/edits';
import { caseMatches, periodPassed, realisationPeriod } from '$lib/domain/realisation/from-cases';
import { realisationFigures, realisedProposal } from '$lib/domain/realisation/realisation';
import { currentRecordVersion, readRecord, storedDraftSchema } from '$lib/domain/records';
import { proposalSchema, type Proposal } from '$lib/domain/schemas/proposal';
import { compareText } from '$lib/i18n/compare';
import { DraftEditor } from '$lib/state/draft-editor.svelte';
import { MemoryDrafts } from '$lib/storage/memory-drafts';
import { nl } from '$lib/i18n/nl';
import { described, line } from './case-fixtures';

const fixture = JSON.parse(readFileSync('tests/fixtures/proposals/schuldenspreekuur.json', 'utf8'));
/** Schuldenspreekuur: r1 12 debt cases (one-off), r2 3 evictions (one-off), r3 6 guardianships (yearly). */
const proposal: Proposal = proposalSchema.parse(fixture.drafts[0].proposal);
const carried = fixture.drafts[0].priceItems;
const findItem = (id: string) => carried.find((item: { id: string }) => item.id === id);
const when = new Date('2028-02-01T10:00:00.000Z');

const realised = (counts: Record<string, number | null>): Proposal => {
	let current = proposal;
	for (const [id, persons] of Object.entries(counts))
		current = { ...current, realisation: enterRealised(current, id, persons, when) };
	return current;
};

describe('estimated against realised', () => {
	it('recomputes the result on the realised counts, everything else as estimated', () => {
		const done = realised({ r1: 8, r2: 3, r3: 2 });
		const figures = realisationFigures(done);
		const byHand = evaluate({
			...proposal,
			lines: proposal.lines.map((each) => ({
				...each,
				count: { kind: 'direct' as const, persons: { r1: 8, r2: 3, r3: 2 }[each.id]! }
			}))
		});
		expect(figures.realised.total).toBe(byHand.total);
		expect(figures.realised.perCostHolder).toEqual(byHand.perCostHolder);
		expect(figures.estimated.total).toBe(evaluate(proposal).total);
		expect(figures.difference).toBe(byHand.total - evaluate(proposal).total);
		// One-off r1: 8 of 12 realised saves two thirds of the estimate; r2 as estimated.
		const [r1, r2, r3] = figures.lines;
		expect(r1!.realisedSaving * 12n).toBe(r1!.estimated * 8n);
		expect(r2!.difference).toBe(0n);
		expect(r3!.realisedSaving * 6n).toBe(r3!.estimated * 2n);
		expect(figures.unknown).toBe(0);
	});

	it('counts a line without a realised count for nobody, and says how many there are', () => {
		const figures = realisationFigures(realised({ r1: 12 }));
		expect(figures.unknown).toBe(2);
		expect(figures.lines[1]!.difference).toBeNull();
		expect(figures.realised.total).toBe(figures.lines[0]!.realisedSaving);
		expect(realisationFigures(proposal).realised.total).toBe(0n);
	});

	it('per cost holder: realised minus estimated, adding up to the difference in total', () => {
		const figures = realisationFigures(realised({ r1: 20, r2: 0, r3: 6 }));
		const sum = figures.holders.reduce(
			(total, holder) => addFractions(total, holder.difference),
			fraction(0n)
		);
		expect(sum).toEqual(fraction(figures.difference));
		const woning = figures.holders.find((holder) => holder.costHolder === 'Woningcorporatie')!;
		expect(woning.realised).toEqual(fraction(0n));
	});

	property.prop([fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 3, maxLength: 3 })])(
		'realised counts equal to the estimate give the estimate, to the cent; more people never save less',
		(counts) => {
			const same = realised({ r1: 12, r2: 3, r3: 6 });
			const figures = realisationFigures(same);
			expect(figures.realised.total).toBe(figures.estimated.total);
			expect(figures.realised.perCostHolder).toEqual(figures.estimated.perCostHolder);
			const some = realised({ r1: counts[0]!, r2: counts[1]!, r3: counts[2]! });
			const more = realised({ r1: counts[0]! + 1, r2: counts[1]!, r3: counts[2]! });
			expect(realisationFigures(more).realised.total).toBeGreaterThanOrEqual(
				realisationFigures(some).realised.total
			);
			// The realised result is the one evaluation of the realised proposal, line by line.
			const lines = realisationFigures(some).lines;
			const total = lines.reduce((sum, each) => sum + each.realisedSaving, 0n);
			expect(total).toBe(evaluate(realisedProposal(some)).total);
		}
	);
});

describe('the realisation in the record', () => {
	it('refuses a realised count of a line the proposal does not have, naming it', () => {
		const bad = { ...realised({ r1: 3 }) };
		bad.realisation = {
			...bad.realisation!,
			lines: [...bad.realisation!.lines, { lineId: 'weg', persons: 1, source: 'entered', cases: 0 }]
		};
		const parsed = proposalSchema.safeParse(bad);
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues[0]?.path).toEqual(['realisation', 'lines', 1, 'lineId']);
	});

	it('removing a line removes its realised count, so the draft stays valid', async () => {
		const store = new MemoryDrafts();
		const editor = new DraftEditor(await store.create(realised({ r1: 4, r2: 1 })), store, null);
		editor.removeLine('r1');
		const draft = JSON.parse(JSON.stringify(editor.draft));
		expect(draft.realisation.lines).toEqual([
			{ lineId: 'r2', persons: 1, source: 'entered', cases: 0 }
		]);
		expect(proposalSchema.safeParse(draft).success).toBe(true);
	});

	it('keeps a handed-in proposal unchanged when its realisation is recorded', async () => {
		const items = usedPriceItems(proposal, findItem);
		const handIn = await nextHandIn(proposal, items, when);
		const later = { ...realised({ r1: 4, r2: 1 }), handIns: [handIn] };
		expect(await checkHandIn(later, items)).toEqual({ kind: 'unchanged', handIn });
	});

	it('travels in the exchange file (version 10); a version-9 file has none', () => {
		const done = realised({ r1: 4, r3: null });
		const text = exchangeFileText(buildExchangeFile([done], findItem, when));
		const read = readExchangeFile(text, text.length);
		expect(read.ok && read.drafts[0]!.proposal.realisation).toEqual(done.realisation);
		const old = JSON.stringify({ ...fixture, version: 9 });
		const before = readExchangeFile(old, old.length);
		expect(before.ok && before.migratedFrom).toBe(9);
		expect(before.ok && before.drafts[0]!.proposal.realisation).toBeNull();
	});

	it('a stored draft of shape 9 reads with no realisation', () => {
		const record = {
			recordVersion: currentRecordVersion.draft,
			proposalVersion: 9,
			id: proposal.id,
			titleKey: '',
			status: 'draft',
			updatedAt: proposal.updatedAt,
			revision: 1,
			proposal: { ...fixture.drafts[0].proposal }
		};
		const read = readRecord('draft', record, storedDraftSchema);
		expect(read.ok && read.value.proposal.realisation).toBeNull();
	});
});

describe('realised counts from the registered cases', () => {
	const schuld = (persons: number) =>
		line({
			id: 'a',
			amountCents: 150000,
			priceItemId: 'schuldhulpverlening-schuldgeval',
			recurrence: 'oneOff',
			count: { kind: 'direct', persons }
		});
	const cases = [
		described('c1', 'Sociaal raadsliedenwerk', 3, [schuld(1)], '2027-03-01'),
		described('c2', 'sociaal raadsliedenwerk ', 2, [schuld(2)], '2027-11-30'),
		// Outside the period, another unit, another recurrence: none of these count.
		described('c3', 'Sociaal raadsliedenwerk', 5, [schuld(1)], '2026-12-31'),
		described('c4', 'Buurtcoach', 5, [schuld(1)], '2027-05-05'),
		described(
			'c5',
			'Sociaal raadsliedenwerk',
			5,
			[{ ...schuld(1), recurrence: 'yearly' }],
			'2027-05-05'
		)
	];

	it('sums people times multiplier of the cases of the unit, the period, the item and the recurrence', () => {
		const matches = caseMatches(proposal, cases);
		expect(matches.perLine.get('r1')).toEqual({ persons: 1 * 3 + 2 * 2, cases: 2 });
		expect(matches.perLine.has('r2')).toBe(false);
		expect(matches.cases).toBe(2);
		const all = caseMatches({ ...proposal, orgUnit: '' }, cases);
		expect(all.perLine.get('r1')).toEqual({ persons: 12, cases: 3 });
	});

	it('takes them into the lines they match, and keeps what the others had', () => {
		const entered = realised({ r2: 2 });
		const taken = takeCaseCounts(entered, caseMatches(entered, cases).perLine, when);
		expect(taken!.lines).toEqual([
			{ lineId: 'r1', persons: 7, source: 'cases', cases: 2 },
			{ lineId: 'r2', persons: 2, source: 'entered', cases: 0 }
		]);
	});

	it('reads the period, assumed from a year when it is not given in full', () => {
		expect(realisationPeriod(proposal)).toEqual({
			start: '2027-01-01',
			end: '2027-12-31',
			given: true
		});
		expect(realisationPeriod({ ...proposal, periodEnd: '' })).toMatchObject({
			end: '2027-12-31',
			given: false
		});
		const none = { ...proposal, periodStart: '', periodEnd: '', subsidyYear: 2026 };
		expect(realisationPeriod(none)).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
		expect(periodPassed(realisationPeriod(proposal), '2027-12-31')).toBe(false);
		expect(periodPassed(realisationPeriod(proposal), '2028-01-01')).toBe(true);
	});
});

describe('a new proposal from what was realised', () => {
	it('starts from the realised counts, a year later, the subsidy still in its own year', () => {
		const done = { ...realised({ r1: 8, r2: 3, r3: 2 }), status: 'reviewed' as const };
		const next = proposalFromRealised(done, 'nieuw', 'Vervolg', when);
		expect(proposalSchema.safeParse(next).success).toBe(true);
		expect(next).toMatchObject({
			id: 'nieuw',
			title: 'Vervolg',
			periodStart: '2028-01-01',
			periodEnd: '2028-12-31',
			subsidyYear: 2027,
			status: 'draft',
			handIns: [],
			realisation: null,
			verdict: null
		});
		// Its estimate is last year's realisation.
		expect(evaluate(next).total).toBe(realisationFigures(done).realised.total);
		expect(evaluate(next).subsidyAtLevel).toMatchObject({
			year: 2027,
			amount: evaluate(done).subsidyAtLevel!.amount
		});
	});

	it('keeps the estimate of a line with no realised count; 29 February becomes 28 February', () => {
		const leap = { ...realised({ r1: 1 }), periodStart: '2028-02-29', periodEnd: '2028-12-31' };
		const next = proposalFromRealised(leap, 'n', 'n', when);
		expect(next.periodStart).toBe('2029-02-28');
		expect(next.lines[1]!.count).toEqual(proposal.lines[1]!.count);
		expect(next.lines[0]!.count).toEqual({ kind: 'direct', persons: 1 });
	});
});

describe('the comparison, estimated against realised', () => {
	const find = priceItemResolver([]);
	const other = { ...proposal, id: 'ander', title: 'Ander' };

	it('adds the realised total of the proposals that have one, in the table, the portfolio and the CSV', () => {
		const done = realised({ r1: 6, r2: 3, r3: 6 });
		const comparison = compareProposals([done, other], null, find);
		expect(comparison.rows[0]!.realised!.total).toBe(realisationFigures(done).realised.total);
		expect(comparison.rows[1]!.realised).toBeNull();
		const portfolio = portfolioOf(comparison);
		expect(portfolio.realisation).toEqual({
			proposals: 1,
			estimated: evaluate(done).total,
			realised: realisationFigures(done).realised.total
		});
		const csv = comparisonCsv(comparison, {
			header: compareText.csvHeader,
			holderColumn: compareText.csvHolder,
			flag: () => '',
			priceLevel: () => '',
			status: (status) => nl.status[status],
			verdict: () => '',
			total: compareText.csvTotal
		});
		// The first row names the price level (empty here), the second is the header.
		const rows = csv
			.slice(1)
			.split('\r\n')
			.map((row) => [...row.matchAll(/(?:^|;)("(?:[^"]|"")*"|[^;]*)/g)].map((cell) => cell[1]));
		const column = rows[1]!.indexOf('Gerealiseerd over de looptijd (EUR)');
		expect(column).toBeGreaterThan(0);
		const euros = (value: bigint) => {
			const cents = (value + 5n * 10n ** 7n) / 10n ** 8n;
			return `${cents / 100n},${String(cents % 100n).padStart(2, '0')}`;
		};
		expect(rows[2]![column]).toBe(euros(realisationFigures(done).realised.total));
		expect(rows[3]![column]).toBe('');
		expect(rows[4]![column]).toBe(euros(realisationFigures(done).realised.total));
		expect(compareProposals([other], null, find).rows[0]!.realised).toBeNull();
		expect(portfolioOf(compareProposals([other], null, find)).realisation).toBeNull();
	});
});
