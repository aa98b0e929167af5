/**
 * The calculation's fast path (float limbs, figures made on first read) against the bigint
 * calculation, figure by figure: the same to the unit on ordinary proposals, on amounts and
 * counts up to the schema's limits (where products pass 2^53 and the bigint path takes over), and
 * with indexed amounts and overlapped lines beside the lines.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { calculate, type CalculationInput, type CalculationResult } from '$lib/domain/calculation';
import { calculateInBigInt } from '$lib/domain/calculation-bigint';
import { TotalsFirst } from '$lib/domain/calculation-limbs';
import { fraction } from '$lib/domain/fraction';
import { MAX_CENTS } from '$lib/domain/schemas/common';
import { MAX_COUNT } from '$lib/domain/schemas/count';
import { holderArb, inputArb, levelOrPercentArb, PROPERTY_TIMEOUT } from './arbitraries';

/** Every figure, read one by one (the fast path's figures are getters). */
function figures(result: CalculationResult) {
	return {
		lines: result.lines,
		oneOff: result.oneOff,
		yearly: result.yearly,
		years: result.years,
		laterYear: result.laterYear,
		total: result.total,
		perCostHolder: result.perCostHolder,
		matrix: result.matrix,
		subsidy: result.subsidy,
		intangible: result.intangible,
		overlapped: result.overlapped
	};
}

/** Amounts and counts anywhere in the schema's range, most near the edges of the limbs. */
const wideAmount = fc.oneof(
	fc.integer({ min: -MAX_CENTS, max: MAX_CENTS }),
	fc.integer({ min: -100_000, max: 100_000 }),
	// x 10,000 persons (10^6 hundredths): just under 2^53, the most a line's limbs hold.
	fc.integer({ min: 8_000_000_000, max: 9_007_199_254 }),
	fc.constantFrom(0, 1, -1, 67_108_863, 67_108_864, 67_108_865, MAX_CENTS, -MAX_CENTS)
);
const wideCount = fc.oneof(
	fc.record({
		kind: fc.constant('direct' as const),
		persons: fc.oneof(
			fc.integer({ min: 0, max: MAX_COUNT }),
			fc.integer({ min: 0, max: 50 }),
			fc.constant(10_000)
		)
	}),
	fc.record({
		kind: fc.constant('share' as const),
		groupSize: fc.integer({ min: 0, max: MAX_COUNT }),
		sharePercent: fc.integer({ min: 0, max: 100 })
	})
);
const wideLine = fc
	.record({
		amountCents: wideAmount,
		count: wideCount,
		chance: fc.option(levelOrPercentArb, { nil: null }),
		contribution: fc.option(levelOrPercentArb, { nil: null }),
		recurrence: fc.constantFrom('oneOff' as const, 'yearly' as const),
		costHolder: holderArb,
		kind: fc.constantFrom('cost' as const, 'transfer' as const, 'intangible' as const),
		splitAt: fc.option(fc.tuple(holderArb, fc.integer({ min: -MAX_CENTS, max: MAX_CENTS })), {
			nil: undefined
		})
	})
	.map(({ splitAt, ...line }) =>
		splitAt
			? {
					...line,
					split: [
						{ costHolder: line.costHolder, amountCents: line.amountCents - splitAt[1] },
						{ costHolder: splitAt[0], amountCents: splitAt[1] }
					]
				}
			: line
	);
const wideInput: fc.Arbitrary<CalculationInput> = fc
	.record({
		settings: fc.record({
			safetyPercent: fc.integer({ min: 0, max: 100 }),
			repeatYears: fc.integer({ min: 0, max: 10 })
		}),
		subsidyCents: fc.option(fc.integer({ min: 0, max: MAX_CENTS }), { nil: null }),
		lines: fc.array(wideLine, { maxLength: 12 }),
		indexed: fc.boolean(),
		overlapped: fc.boolean()
	})
	.chain(({ indexed, overlapped, ...input }) =>
		fc.record({
			settings: fc.constant(input.settings),
			subsidyCents: fc.constant(input.subsidyCents),
			lines: fc.constant(input.lines),
			...(indexed
				? {
						amountsCents: fc.array(wideAmount, {
							minLength: input.lines.length,
							maxLength: input.lines.length
						})
					}
				: {}),
			...(overlapped
				? {
						countedElsewhere: fc.array(fc.boolean(), {
							minLength: input.lines.length,
							maxLength: input.lines.length
						})
					}
				: {})
		})
	);

describe('the calculation in limbs equals the calculation in bigints', () => {
	test.prop([inputArb], { numRuns: 500 })(
		'ordinary proposals: every figure, and the fast path takes them',
		(input) => {
			const result = calculate(input);
			expect(result).toBeInstanceOf(TotalsFirst);
			expect(figures(result)).toEqual(figures(calculateInBigInt(input)));
		},
		PROPERTY_TIMEOUT
	);

	test.prop([wideInput], { numRuns: 1_000 })(
		'amounts and counts up to the limits, indexed amounts and overlaps: every figure',
		(input) => {
			expect(figures(calculate(input))).toEqual(figures(calculateInBigInt(input)));
		},
		PROPERTY_TIMEOUT
	);

	it('a line past 2^53 (amount x count) sends the proposal through bigints, to the unit', () => {
		const line = {
			amountCents: MAX_CENTS,
			count: { kind: 'direct' as const, persons: MAX_COUNT },
			chance: 'certain' as const,
			contribution: 'certain' as const,
			recurrence: 'yearly' as const,
			costHolder: 'Zorgverzekeraar'
		};
		const result = calculate({
			settings: { safetyPercent: 90, repeatYears: 2 },
			subsidyCents: null,
			lines: [line]
		});
		expect(result).not.toBeInstanceOf(TotalsFirst);
		// 10^11 cents x 10^9 hundredths x 100 % x 100 % x 90 % x 3 years, by hand.
		expect(result.total).toBe(10n ** 11n * 10n ** 9n * 10_000n * 90n * 3n);
	});

	it('sums far past 2^53 stay exact to the unit (a float would lose the last digits)', () => {
		// amount x count just under 2^53 on each line; with 100 % x 100 % the sum is near 2^67.
		const half = {
			amountCents: 4_503_599_627, // x 1,000,000 hundredths: 4,503,599,627,000,000 (< 2^53)
			count: { kind: 'direct' as const, persons: 10_000 },
			chance: 100,
			contribution: 100,
			recurrence: 'oneOff' as const,
			costHolder: 'Gemeente - jeugd'
		};
		const input = {
			settings: { safetyPercent: 100, repeatYears: 0 },
			subsidyCents: 1,
			lines: [half, { ...half, amountCents: half.amountCents + 1 }]
		};
		const result = calculate(input);
		expect(result).toBeInstanceOf(TotalsFirst);
		const products = (2n * 4_503_599_627n + 1n) * 1_000_000n * 10_000n;
		expect(result.total).toBe(products * 100n);
		expect(result.subsidy!.ratio).toEqual(fraction(products * 100n, 100_000_000n));
	});
});

describe('the totals leave the limbs when they would pass 2^53', () => {
	it('eleven yearly lines at the most a line holds (an odd total: a float would round it), 99 % margin, ten repeat years', () => {
		const line = {
			amountCents: 9_007_199_254, // x 10^6 hundredths: just under 2^53
			count: { kind: 'direct' as const, persons: 10_000 },
			chance: 99,
			contribution: 97,
			recurrence: 'yearly' as const,
			costHolder: 'Politie'
		};
		const input = {
			settings: { safetyPercent: 99, repeatYears: 10 },
			subsidyCents: 12_345,
			lines: Array.from({ length: 11 }, () => line)
		};
		const result = calculate(input);
		expect(result).toBeInstanceOf(TotalsFirst);
		const products = 11n * 9_007_199_254n * 1_000_000n * 99n * 97n;
		expect(result.total).toBe(99n * 11n * products);
		expect(figures(result)).toEqual(figures(calculateInBigInt(input)));
	});
});

describe('fractions reduce as before', () => {
	const wide = fc.oneof(
		fc.bigInt({ min: -(2n ** 120n), max: 2n ** 120n }),
		fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n }),
		fc.constantFrom(0n, 1n, -1n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n)
	);
	const naiveGcd = (a: bigint, b: bigint): bigint => {
		let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
		while (y !== 0n) [x, y] = [y, x % y];
		return x;
	};
	test.prop([wide, wide.filter((d) => d !== 0n)], { numRuns: 2_000 })(
		'to lowest terms, with a positive denominator',
		(numerator, denominator) => {
			const sign = denominator < 0n ? -1n : 1n;
			const divisor = naiveGcd(numerator, denominator);
			expect(fraction(numerator, denominator)).toEqual({
				numerator: (sign * numerator) / divisor,
				denominator: (sign * denominator) / divisor
			});
		},
		PROPERTY_TIMEOUT
	);
});
