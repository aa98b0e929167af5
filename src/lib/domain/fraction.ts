/** An exact fraction of two bigints, for shares that need not be finite decimals (cost splits). */
export interface Fraction {
	readonly numerator: bigint;
	/** Always positive. */
	readonly denominator: bigint;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Euclid's algorithm. Once both numbers fit a float exactly (below 2^53, usually after one step
 * for a total over a subsidy) it goes on in floats, where a remainder is exact and costs no
 * allocation; a bigint step allocates.
 */
function gcd(a: bigint, b: bigint): bigint {
	let x = a < 0n ? -a : a;
	let y = b < 0n ? -b : b;
	while (y !== 0n) {
		if (x <= SAFE && y <= SAFE) return BigInt(floatGcd(Number(x), Number(y)));
		const rest = x % y;
		x = y;
		y = rest;
	}
	return x;
}

function floatGcd(a: number, b: number): number {
	while (b !== 0) {
		const rest = a % b;
		a = b;
		b = rest;
	}
	return a;
}

export function fraction(numerator: bigint, denominator = 1n): Fraction {
	if (denominator === 0n) throw new RangeError('denominator is zero');
	if (denominator < 0n) [numerator, denominator] = [-numerator, -denominator];
	if (denominator === 1n) return { numerator, denominator };
	const divisor = gcd(numerator, denominator);
	return divisor > 1n
		? { numerator: numerator / divisor, denominator: denominator / divisor }
		: { numerator, denominator };
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
	if (a.denominator === b.denominator) {
		return fraction(a.numerator + b.numerator, a.denominator);
	}
	return fraction(
		a.numerator * b.denominator + b.numerator * a.denominator,
		a.denominator * b.denominator
	);
}

/** Rounds half away from zero to an integer. */
export function roundFraction(value: Fraction): bigint {
	const n = value.numerator < 0n ? -value.numerator : value.numerator;
	const q = (2n * n + value.denominator) / (2n * value.denominator);
	return value.numerator < 0n ? -q : q;
}
