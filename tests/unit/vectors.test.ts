import { describe, expect, it } from 'vitest';
import { calculate } from '$lib/domain/calculation';
import type { Fraction } from '$lib/domain/fraction';
import { EXACT_PER_EURO, exactToDecimalString, exactToEuros } from '$lib/domain/money';
import { fractionToDecimal } from '$lib/domain/format';
import { loadVectors, toCalculationInput, vectorsDir } from './vector-loader';

/** An exact decimal string as a fraction. */
function decimalFraction(text: string): Fraction {
	const [whole, decimals = ''] = text.split('.');
	return {
		numerator: BigInt(`${whole}${decimals}`.replace(/^(-?)0+(?=\d)/, '$1')),
		denominator: 10n ** BigInt(decimals.length)
	};
}

/** |a - b| <= 10^-places, exactly. */
function closeTo(a: Fraction, b: Fraction, places: number): boolean {
	const difference = a.numerator * b.denominator - b.numerator * a.denominator;
	const absolute = difference < 0n ? -difference : difference;
	return absolute * 10n ** BigInt(places) <= a.denominator * b.denominator;
}

const vectors = loadVectors();

describe('shared calculation vectors', () => {
	it(`finds vectors in ${vectorsDir}`, () => {
		expect(vectors.length).toBeGreaterThan(0);
	});

	for (const { file, vector } of vectors) {
		describe(`${file}: ${vector.name}`, () => {
			const result = calculate(toCalculationInput(vector));
			const expected = vector.expect;
			const hasSplit = vector.lines.some((line) => line.split);

			it('weights every line exactly (A x B x C x N)', () => {
				expect(result.lines.map((line) => exactToDecimalString(line.weighted))).toEqual(
					expected.lineWeighted
				);
				expect(result.lines.map((line) => Number(exactToEuros(line.weighted)))).toEqual(
					expected.lineWeightedRounded
				);
			});

			it('sums one-off and yearly lines and builds the year series', () => {
				expect(exactToDecimalString(result.oneOff)).toBe(expected.oneOff);
				expect(exactToDecimalString(result.yearly)).toBe(expected.yearly);
				expect(exactToDecimalString(result.years[0]!)).toBe(expected.year1);
				expect(exactToDecimalString(result.laterYear)).toBe(expected.laterYear);
				expect(result.years).toHaveLength(1 + vector.settings.repeatYears);
			});

			it('gives the total over the horizon', () => {
				expect(exactToDecimalString(result.total)).toBe(expected.total);
				expect(Number(exactToEuros(result.total))).toBe(expected.totalRounded);
			});

			it('splits the total per cost holder', () => {
				const actual = Object.fromEntries(
					result.perCostHolder.map(({ costHolder, total }) => [costHolder, total])
				);
				expect(Object.keys(actual).sort()).toEqual(Object.keys(expected.perCostHolder).sort());
				for (const [holder, amount] of Object.entries(expected.perCostHolder)) {
					const exact = actual[holder]!;
					// Shares are counted in 10^-10 euro; compare them in euros.
					const share = {
						numerator: exact.numerator,
						denominator: exact.denominator * EXACT_PER_EURO
					};
					if (hasSplit) {
						expect(
							closeTo(share, decimalFraction(amount), 10),
							`${holder}: ${fractionToDecimal(share, 12)}`
						).toBe(true);
					} else {
						expect(exact.denominator, holder).toBe(1n);
						expect(exactToDecimalString(exact.numerator), holder).toBe(amount);
					}
				}
			});

			if (expected.net !== undefined || expected.ratio !== undefined) {
				it('compares the total with the subsidy', () => {
					expect(result.subsidy).not.toBeNull();
					expect(exactToDecimalString(result.subsidy!.net)).toBe(expected.net);
					expect(fractionToDecimal(result.subsidy!.ratio!, 4)).toBe(
						fractionToDecimal(decimalFraction(expected.ratio!), 4)
					);
				});
			}
		});
	}
});
