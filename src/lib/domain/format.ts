/**
 * Display formatting (nl-NL). The only place figures are rounded: half away from zero, in bigint,
 * before Intl sees them, so floating point never changes a shown euro.
 */
import { roundFraction, type Fraction } from './fraction';
import {
	EXACT_PER_EURO,
	exactToCents,
	exactToEuros,
	scaledToDecimalString,
	type Exact
} from './money';

const euros = new Intl.NumberFormat('nl-NL', {
	style: 'currency',
	currency: 'EUR',
	maximumFractionDigits: 0
});
const eurosAndCents = new Intl.NumberFormat('nl-NL', {
	style: 'currency',
	currency: 'EUR',
	minimumFractionDigits: 2,
	maximumFractionDigits: 2
});
const plainNumber = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** "€ 13.414": whole euros, rounded half away from zero. */
export function formatEuros(value: Exact): string {
	return euros.format(exactToEuros(value));
}

/** An exact fraction of 10^-10 euro (a split share) in whole euros: "€ 15.611". */
export function formatEurosOfFraction(value: Fraction): string {
	return euros.format(
		roundFraction({ numerator: value.numerator, denominator: value.denominator * EXACT_PER_EURO })
	);
}

/** "€ 13.413,75": euros and cents, rounded half away from zero. */
export function formatEurosAndCents(value: Exact): string {
	// Intl takes a decimal string exactly (no binary floating point in between).
	return eurosAndCents.format(scaledToDecimalString(exactToCents(value), 2) as `${number}`);
}

/**
 * A cents amount as a Dutch form field shows it once the user has left it: "54.750" or
 * "3.125,50", the way the hints write amounts. `parseDutchEuros` reads it back exactly.
 */
export function formatCentsForInput(cents: number): string {
	const sign = cents < 0 ? '-' : '';
	const abs = Math.abs(cents);
	const whole = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
	const rest = abs % 100;
	return rest === 0 ? `${sign}${whole}` : `${sign}${whole},${String(rest).padStart(2, '0')}`;
}

/** A whole number as a Dutch form field shows it once left: "1.250" (read back exactly). */
export function formatWholeForInput(value: number): string {
	return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A whole euro-cents amount for display, e.g. a price: "€ 30,87" or "€ 54.750". */
export function formatCents(cents: number): string {
	return cents % 100 === 0
		? euros.format(BigInt(cents) / 100n)
		: eurosAndCents.format(scaledToDecimalString(BigInt(cents), 2) as `${number}`);
}

/** A ratio as a whole percentage, rounded half away from zero: 2.1299 is "213 %". */
export function formatRatioPercent(ratio: Fraction): string {
	const percent = roundFraction({
		numerator: ratio.numerator * 100n,
		denominator: ratio.denominator
	});
	return `${plainNumber.format(percent)}%`;
}

/** A fraction as a decimal string with `places` decimals, rounded half away from zero. */
export function fractionToDecimal(value: Fraction, places: number): string {
	const scaled = roundFraction({
		numerator: value.numerator * 10n ** BigInt(places),
		denominator: value.denominator
	});
	return scaledToDecimalString(scaled, places);
}

/** A number of people: "1.250" or "9,25". */
export function formatCount(value: number): string {
	return plainNumber.format(value);
}

/** Euros back per euro (a ratio of two amounts), to the cent: "€ 1,91". */
export function formatPerEuro(ratio: Fraction): string {
	const cents = roundFraction({
		numerator: ratio.numerator * 100n,
		denominator: ratio.denominator
	});
	return eurosAndCents.format(scaledToDecimalString(cents, 2) as `${number}`);
}
