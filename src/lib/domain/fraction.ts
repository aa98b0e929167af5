/** An exact fraction of two bigints, for shares that need not be finite decimals (cost splits). */
export interface Fraction {
	readonly numerator: bigint;
	/** Always positive. */
	readonly denominator: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
	let x = a < 0n ? -a : a;
	let y = b < 0n ? -b : b;
	while (y !== 0n) [x, y] = [y, x % y];
	return x;
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
