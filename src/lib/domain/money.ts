/**
 * Exact money. Inputs are whole euro cents; every computed figure is an `Exact`: a bigint in
 * units of 10^-10 euro, enough to hold cents x count (hundredths) x chance % x contribution % x
 * safety % without rounding. Rounding (half away from zero) happens only when a figure is shown.
 */

/** Euro cents as a whole number. 123.45 euro is 12345. */
export type Cents = number;

/** An exact amount in units of 10^-10 euro. 1 euro is 10_000_000_000n. */
export type Exact = bigint;

/** Decimal places of an `Exact`. */
export const EXACT_SCALE = 10;
export const EXACT_PER_EURO = 10n ** BigInt(EXACT_SCALE);
export const EXACT_PER_CENT = EXACT_PER_EURO / 100n;

export function centsToExact(cents: Cents | bigint): Exact {
	return BigInt(cents) * EXACT_PER_CENT;
}

/** Divides rounding half away from zero (the only rounding the app does). */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
	if (denominator === 0n) throw new RangeError('division by zero');
	const negative = numerator < 0n !== denominator < 0n;
	const n = numerator < 0n ? -numerator : numerator;
	const d = denominator < 0n ? -denominator : denominator;
	const quotient = (2n * n + d) / (2n * d);
	return negative ? -quotient : quotient;
}

/** An exact amount rounded half away from zero to whole cents. */
export function exactToCents(value: Exact): bigint {
	return divideRounded(value, EXACT_PER_CENT);
}

/** An exact amount rounded half away from zero to whole euros. */
export function exactToEuros(value: Exact): bigint {
	return divideRounded(value, EXACT_PER_EURO);
}

/**
 * Writes `value / 10^scale` as a plain decimal string without trailing zeros ("36217.125", "0",
 * "-3600").
 */
export function scaledToDecimalString(value: bigint, scale: number): string {
	const negative = value < 0n;
	const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
	const whole = digits.slice(0, digits.length - scale);
	const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
	const text = fraction ? `${whole}.${fraction}` : whole;
	return negative && text !== '0' ? `-${text}` : text;
}

export function exactToDecimalString(value: Exact): string {
	return scaledToDecimalString(value, EXACT_SCALE);
}

const plainDecimal = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Parses a plain decimal euro string with a decimal point and at most two decimals ("3125.50")
 * into cents. Returns null when it is not such a string.
 */
export function parseDecimalEuros(text: string): bigint | null {
	const match = plainDecimal.exec(text.trim());
	if (!match) return null;
	const [, sign, whole, fraction = ''] = match;
	const cents = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
	return sign ? -cents : cents;
}

/**
 * Parses an amount as a Dutch user types it: "3.125,50", "3125,5", "€ 54.750", "54750". A comma
 * is the decimal separator; dots are thousands separators, except a single dot followed by one
 * or two digits ("12.5"), which people also use as a decimal point. Returns null when unclear.
 */
export function parseDutchEuros(input: string): bigint | null {
	let text = input.replace(/[€\s\u00a0]/g, '');
	if (text === '') return null;
	if (text.includes(',')) {
		if (!/^-?\d{1,3}(\.\d{3})*(,\d{0,2})?$/.test(text) && !/^-?\d+(,\d{0,2})?$/.test(text))
			return null;
		text = text.replace(/\./g, '').replace(',', '.').replace(/\.$/, '');
	} else if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) {
		text = text.replace(/\./g, '');
	}
	return parseDecimalEuros(text);
}

/**
 * Parses an amount as an English user types it: "3,125.50", "3125.5", "€54,750", "54750". A point
 * is the decimal separator; commas group thousands (in threes, or the input is unclear: null).
 */
export function parseEnglishEuros(input: string): bigint | null {
	let text = input.replace(/[€\s\u00a0]/g, '');
	if (text === '') return null;
	if (text.includes(',')) {
		if (!/^-?\d{1,3}(,\d{3})+(\.\d{0,2})?$/.test(text)) return null;
		text = text.replace(/,/g, '');
	}
	return parseDecimalEuros(text.replace(/\.$/, ''));
}

/** An amount as typed in a field whose decimal mark is `decimal`: Dutch "," or English ".". */
export function parseTypedEuros(input: string, decimal: ',' | '.'): bigint | null {
	return decimal === ',' ? parseDutchEuros(input) : parseEnglishEuros(input);
}
