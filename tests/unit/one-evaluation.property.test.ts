/**
 * One proposal, one set of figures: for random drafts (overlaps, splits, negative lines, transfers,
 * mixed price years, a chosen price level, ranges), every view's total is the result step's.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arenaParties, partyTotals } from '$lib/domain/arena';
import { compareProposals, portfolioOf } from '$lib/domain/comparison';
import { summarizeDraft } from '$lib/domain/draft-summary';
import { evaluate } from '$lib/domain/evaluation';
import { comparisonCsv, proposalCsv } from '$lib/domain/exchange/csv-export';
import { addFractions, fraction, roundFraction, type Fraction } from '$lib/domain/fraction';
import { defaultMkbaSettings, mkba } from '$lib/domain/mkba';
import { exactToCents } from '$lib/domain/money';
import { priceItemResolver } from '$lib/domain/price-list/resolve';
import { proposalSchema, type Proposal } from '$lib/domain/schemas/proposal';
import { hasRanges, simulationInput } from '$lib/domain/uncertainty/input';
import { nl } from '$lib/i18n/nl';
import { compareText } from '$lib/i18n/compare';
import { countArb, holderArb, levelOrPercentArb, PROPERTY_TIMEOUT } from './arbitraries';

const find = priceItemResolver([]);
const csvLabels = { ...nl.csv, recurrence: nl.recurrence, kind: nl.kinds };
const comparisonLabels = {
	header: compareText.csvHeader,
	holderColumn: compareText.csvHolder,
	flag: () => '',
	priceLevel: compareText.csvPriceLevel,
	status: (status: keyof typeof nl.status) => nl.status[status],
	verdict: (verdict: keyof typeof nl.verdicts | null) => (verdict ? nl.verdicts[verdict] : ''),
	total: compareText.csvTotal
};
const totalColumn = compareText.csvHeader.indexOf('Totaal over de looptijd (EUR)');

const lineArb = (id: string) =>
	fc
		.record({
			amountCents: fc.integer({ min: -2_000_000, max: 10_000_000 }),
			priceYear: fc.option(fc.integer({ min: 2015, max: 2026 }), { nil: null }),
			kind: fc.constantFrom(
				'cost' as const,
				'cost' as const,
				'transfer' as const,
				'intangible' as const
			),
			count: fc.option(countArb, { nil: null }),
			chance: fc.option(levelOrPercentArb, { nil: null }),
			contribution: fc.option(levelOrPercentArb, { nil: null }),
			recurrence: fc.constantFrom('oneOff' as const, 'yearly' as const),
			costHolder: holderArb,
			splitTo: fc.option(fc.tuple(holderArb, fc.integer({ min: -300_000, max: 300_000 })), {
				nil: null
			}),
			overlaps: fc.option(fc.nat({ max: 7 }), { nil: null })
		})
		.map(({ splitTo, overlaps, ...line }) => ({
			id,
			priceItemId: null,
			name: `Regel ${id}`,
			unit: 'per persoon per jaar',
			...line,
			// A split names each holder once and sums to the amount.
			...(splitTo && splitTo[0] !== line.costHolder
				? {
						split: [
							{ costHolder: line.costHolder, amountCents: line.amountCents - splitTo[1] },
							{ costHolder: splitTo[0], amountCents: splitTo[1] }
						]
					}
				: {}),
			overlapsWith: overlaps === null ? null : `l${overlaps}`
		}));

const proposalArb: fc.Arbitrary<Proposal> = fc
	.record({
		lines: fc
			.integer({ min: 0, max: 8 })
			.chain((length) => fc.tuple(...Array.from({ length }, (_, index) => lineArb(`l${index}`)))),
		subsidyCents: fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: null }),
		subsidyYear: fc.option(fc.integer({ min: 2015, max: 2026 }), { nil: null }),
		periodStart: fc.constantFrom('', '2019-01-01', '2026-03-01'),
		priceIndexYear: fc.option(fc.integer({ min: 2015, max: 2025 }), { nil: null }),
		safetyPercent: fc.integer({ min: 0, max: 100 }),
		repeatYears: fc.integer({ min: 0, max: 5 })
	})
	.map(({ lines, safetyPercent, repeatYears, ...rest }) => {
		const ids = new Set(lines.map((line) => line.id));
		return proposalSchema.parse({
			id: 'p',
			title: 'Eigenschap',
			createdAt: '2024-05-01T00:00:00.000Z',
			updatedAt: '2024-05-01T00:00:00.000Z',
			settings: { safetyPercent, repeatYears },
			...rest,
			// An overlap names another line of the draft (the schema's rule).
			lines: lines.map((line) => ({
				...line,
				overlapsWith:
					line.overlapsWith && line.overlapsWith !== line.id && ids.has(line.overlapsWith)
						? line.overlapsWith
						: null
			}))
		});
	});

const sumOf = (values: readonly Fraction[]) =>
	values.reduce((total, value) => addFractions(total, value), fraction(0n));
/** A CSV cell "1234,56" as cents. */
const centsOfCell = (cell: string) => BigInt(cell.replace(',', ''));
const csvRows = (csv: string) =>
	csv
		.slice(1)
		.split('\r\n')
		.map((row) => row.split(';'));

describe('one proposal, one set of figures', () => {
	test.prop([proposalArb], { numRuns: 300 })(
		'the drafts overview’s card has the result step’s total and ratio',
		(proposal) => {
			// The summary reads the evaluation's calculation without its details (draft-summary.ts).
			const result = evaluate(proposal);
			const summary = summarizeDraft(proposal);
			expect(summary.total).toBe(result.total.toString());
			const ratio = result.subsidy?.ratio ?? null;
			expect(summary.ratio).toEqual(
				ratio && {
					numerator: ratio.numerator.toString(),
					denominator: ratio.denominator.toString()
				}
			);
		}
	);

	test.prop([proposalArb], { numRuns: 300 })(
		'every view’s total equals the result step’s',
		(proposal) => {
			const result = evaluate(proposal);
			const cents = exactToCents(result.total);

			// The comparison and its portfolio, at the proposal's own price level.
			const comparison = compareProposals([proposal], null, find);
			expect(comparison.rows[0]!.result.total).toBe(result.total);
			expect(comparison.rows[0]!.result.subsidy).toEqual(result.subsidy);
			expect(portfolioOf(comparison).total).toBe(result.total);
			// The drafts overview.
			expect(BigInt(summarizeDraft(proposal).total)).toBe(result.total);
			// The proposal's CSV and the comparison's CSV.
			const own = csvRows(proposalCsv(proposal, result, csvLabels, find));
			expect(centsOfCell(own.find((row) => row[0] === csvLabels.total)![1]!)).toBe(cents);
			const compared = csvRows(comparisonCsv(comparison, comparisonLabels));
			expect(centsOfCell(compared[2]![totalColumn]!)).toBe(cents);
			// Its portfolio row, for one proposal, is that proposal's total.
			expect(compared[3]![0]).toBe(compareText.csvTotal);
			expect(centsOfCell(compared[3]![totalColumn]!)).toBe(cents);
			// The arena's totals per party add up to the total.
			const parties = partyTotals(arenaParties(proposal), result);
			expect(sumOf(parties.map((party) => party.total))).toEqual(fraction(result.total));
			// The MKBA view without discounting: benefits and transfers are the total, plus the
			// immaterial value that only the MKBA counts (in cents).
			const view = mkba(proposal, result, {
				...defaultMkbaSettings,
				discountBasisPoints: 0
			});
			const gained = addFractions(view.benefits, sumOf(view.parties.map((p) => p.transfers)));
			expect(gained.numerator * 100_000_000n).toBe(
				(result.total + result.intangible) * gained.denominator
			);
			// The simulation's input: a draft without ranges simulates to its exact total.
			const input = simulationInput(proposal, result);
			if (!hasRanges(input)) expect(BigInt(input.fixedCents)).toBe(cents);
		},
		PROPERTY_TIMEOUT
	);

	test.prop([proposalArb, fc.integer({ min: 2015, max: 2025 })], { numRuns: 200 })(
		'the comparison at a price level shows what the proposal shows at that level, subsidy included',
		(proposal, level) => {
			const row = compareProposals([proposal], level, find).rows[0]!;
			const atLevel = evaluate({ ...proposal, priceIndexYear: level });
			expect(row.result.total).toBe(atLevel.total);
			expect(row.result.subsidy).toEqual(atLevel.subsidy);
		},
		PROPERTY_TIMEOUT
	);

	test.prop([proposalArb, fc.integer({ min: 2019, max: 2025 })], { numRuns: 200 })(
		'a ratio does not move with the price level when lines and subsidy share a year',
		(drawn, level) => {
			const proposal = {
				...drawn,
				subsidyCents: 2_500_000,
				subsidyYear: 2019,
				lines: drawn.lines.map((line) => ({ ...line, priceYear: 2019 }))
			};
			const own = evaluate({ ...proposal, priceIndexYear: null }).subsidy!.ratio;
			const atLevel = evaluate(proposal, { priceLevel: level });
			const moved = atLevel.subsidy!.ratio;
			if (own === null || moved === null) return;
			// Within rounding: every amount and the subsidy are rounded to whole cents once. A line's
			// half cent weighs as much as its multiplier (count x A x B x years x margin), so a huge
			// ratio may move by more than one point: the bound is that rounding's, plus one point.
			const percent = (ratio: Fraction) =>
				roundFraction(fraction(ratio.numerator * 100n, ratio.denominator));
			const total = Math.abs(Number(atLevel.total));
			const lineSlack = atLevel.lines.reduce(
				(sum, line) =>
					line.amount.cents === 0
						? sum
						: sum + Math.abs(Number(line.overHorizon)) / (2 * Math.abs(line.amount.cents)),
				0
			);
			const relative =
				(total === 0 ? 0 : lineSlack / total) + 0.5 / atLevel.subsidyAtLevel!.amount.cents;
			const allowed = BigInt(Math.ceil(Math.abs(Number(percent(own))) * relative)) + 1n;
			const difference = percent(own) - percent(moved);
			expect(difference >= -allowed && difference <= allowed).toBe(true);
		},
		PROPERTY_TIMEOUT
	);

	it('a 2019 portfolio keeps its ratio at every price level, and the subsidy is indexed with it', () => {
		const proposal = proposalSchema.parse({
			id: 'p2019',
			title: 'Maatjes 2019',
			createdAt: '2019-03-01T00:00:00.000Z',
			updatedAt: '2019-03-01T00:00:00.000Z',
			subsidyCents: 2_000_000,
			lines: [
				{
					id: 'a',
					priceItemId: null,
					name: 'Verpleeghuis',
					unit: 'per jaar',
					amountCents: 5_475_000,
					priceYear: 2019,
					count: { kind: 'direct', persons: 1 },
					chance: 'maybe',
					contribution: 'likely',
					recurrence: 'yearly',
					costHolder: 'Zorgkantoor (Wlz)'
				}
			]
		});
		const own = evaluate(proposal);
		expect(own.subsidyAtLevel).toMatchObject({ year: 2019, basis: 'lines' });
		const ratios = [null, 2020, 2022, 2025].map((level) => {
			const row = compareProposals([proposal], level, find).rows[0]!;
			const ratio = row.result.subsidy!.ratio!;
			return Number(roundFraction(fraction(ratio.numerator * 100n, ratio.denominator)));
		});
		// 13,413.75 x 0.9 x 3 = 36,217.13 against 20,000: 181 % at every level.
		expect(ratios).toEqual([181, 181, 181, 181]);
		const at2025 = compareProposals([proposal], 2025, find).rows[0]!.result.subsidyAtLevel!;
		expect(at2025.amount.kind).toBe('indexed');
		expect(at2025.amount.cents).toBeGreaterThan(2_000_000);
	});
});
