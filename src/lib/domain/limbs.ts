/**
 * Whole numbers wider than a float's 53 bits as two float "limbs": value = high x 2^26 + low. A
 * line's amount x count (a whole number below 2^53) times its percentage pair (chance % x
 * contribution %, at most 10^4) splits into limbs below 2^41 and 2^40, so up to 4,096 of them add
 * up in plain floats without losing a unit, and one becomes a bigint in two conversions.
 */

export const LIMB = 67_108_864; // 2^26

/** The most a percentage pair (chance % x contribution %) may be for the limbs to stay exact. */
export const MAX_PERCENT_PAIR = 10_000;

/** Products whose limbs add up exactly: 2^53 / 2^41. */
export const MAX_LIMB_TERMS = 4_096;

/** Whether `product x pair` fits limbs: a whole product below 2^53, a pair from 0 to 10^4. */
export function fitsLimbs(product: number, pair: number): boolean {
	return Number.isSafeInteger(product) && pair >= 0 && pair <= MAX_PERCENT_PAIR;
}

/** The high limb of `product x pair` (for a product and pair that fit). */
export function highLimb(product: number, pair: number): number {
	return Math.floor(product / LIMB) * pair;
}

/** The low limb of `product x pair` (never negative). */
export function lowLimb(product: number, pair: number): number {
	return (product - Math.floor(product / LIMB) * LIMB) * pair;
}

/**
 * high x 2^26 + low as a bigint. A whole float times a power of two is still exact however large,
 * so at most two conversions and an addition; one conversion when the value fits a float exactly.
 */
export function limbsToBigInt(high: number, low: number): bigint {
	const shifted = high * LIMB;
	const value = shifted + low;
	// A float sum whose exact value is at most 2^53 is exact; past it, rounding (monotone, and
	// 2^53 is a float) cannot bring it back below, so the check is safe both ways.
	return Math.abs(value) <= Number.MAX_SAFE_INTEGER ? BigInt(value) : BigInt(shifted) + BigInt(low);
}
