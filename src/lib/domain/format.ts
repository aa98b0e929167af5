/**
 * Display formatting for one locale (Dutch "€ 13.414,50", British English "€13,414.50"). The only
 * place figures are rounded: half away from zero, in bigint, before Intl sees them, so floating
 * point never changes a shown euro. The UI takes the active language's set from `$lib/i18n/format`.
 */
import { roundFraction, type Fraction } from './fraction';
import {
	EXACT_PER_EURO,
	exactToCents,
	exactToEuros,
	scaledToDecimalString,
	type Exact
} from './money';

/** How a form field writes a number once left: Dutch "3.125,50", English "3,125.50". */
export interface FieldNumbers {
	readonly group: '.' | ',';
	readonly decimal: ',' | '.';
}
export const DUTCH_FIELDS: FieldNumbers = { group: '.', decimal: ',' };
export const ENGLISH_FIELDS: FieldNumbers = { group: ',', decimal: '.' };

/** The formatters of one locale; `fields` says how form fields write numbers in it. */
export function displayFormat(locale: string, fields: FieldNumbers) {
	const euros = new Intl.NumberFormat(locale, {
		style: 'currency',
		currency: 'EUR',
		maximumFractionDigits: 0
	});
	const eurosAndCents = new Intl.NumberFormat(locale, {
		style: 'currency',
		currency: 'EUR',
		minimumFractionDigits: 2,
		maximumFractionDigits: 2
	});
	const plainNumber = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });

	/** "€ 13.414": whole euros, rounded half away from zero. */
	function formatEuros(value: Exact): string {
		return euros.format(exactToEuros(value));
	}

	/** An exact fraction of 10^-10 euro (a split share) in whole euros: "€ 15.611". */
	function formatEurosOfFraction(value: Fraction): string {
		return euros.format(
			roundFraction({ numerator: value.numerator, denominator: value.denominator * EXACT_PER_EURO })
		);
	}

	/** "€ 13.413,75": euros and cents, rounded half away from zero. */
	function formatEurosAndCents(value: Exact): string {
		// Intl takes a decimal string exactly (no binary floating point in between).
		return eurosAndCents.format(scaledToDecimalString(exactToCents(value), 2) as `${number}`);
	}

	/** Whole digits with the field's group separator: "54.750" (Dutch), "54,750" (English). */
	const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, fields.group);

	/**
	 * A cents amount as a form field shows it once the user has left it: "54.750" or "3.125,50" in
	 * Dutch, the way the hints write amounts. `parseEuros` of the same language reads it back exactly.
	 */
	function formatCentsForInput(cents: number): string {
		const sign = cents < 0 ? '-' : '';
		const abs = Math.abs(cents);
		const whole = grouped(String(Math.trunc(abs / 100)));
		const rest = abs % 100;
		return rest === 0
			? `${sign}${whole}`
			: `${sign}${whole}${fields.decimal}${String(rest).padStart(2, '0')}`;
	}

	/** A whole number as a form field shows it once left: "1.250" in Dutch (read back exactly). */
	function formatWholeForInput(value: number): string {
		return grouped(String(value));
	}

	/** A whole euro-cents amount for display, e.g. a price: "€ 30,87" or "€ 54.750". */
	function formatCents(cents: number): string {
		return cents % 100 === 0
			? euros.format(BigInt(cents) / 100n)
			: eurosAndCents.format(scaledToDecimalString(BigInt(cents), 2) as `${number}`);
	}

	/** A ratio as a whole percentage, rounded half away from zero: 2.1299 is "213 %". */
	function formatRatioPercent(ratio: Fraction): string {
		const percent = roundFraction({
			numerator: ratio.numerator * 100n,
			denominator: ratio.denominator
		});
		return `${plainNumber.format(percent)}%`;
	}

	/** A number of people: "1.250" or "9,25". */
	function formatCount(value: number): string {
		return plainNumber.format(value);
	}

	/** Euros back per euro (a ratio of two amounts), to the cent: "€ 1,91". */
	function formatPerEuro(ratio: Fraction): string {
		const cents = roundFraction({
			numerator: ratio.numerator * 100n,
			denominator: ratio.denominator
		});
		return eurosAndCents.format(scaledToDecimalString(cents, 2) as `${number}`);
	}

	return {
		formatEuros,
		formatEurosOfFraction,
		formatEurosAndCents,
		formatCentsForInput,
		formatWholeForInput,
		formatCents,
		formatRatioPercent,
		formatCount,
		formatPerEuro
	};
}

export type DisplayFormat = ReturnType<typeof displayFormat>;

/** A fraction as a decimal string with `places` decimals, rounded half away from zero. */
export function fractionToDecimal(value: Fraction, places: number): string {
	const scaled = roundFraction({
		numerator: value.numerator * 10n ** BigInt(places),
		denominator: value.denominator
	});
	return scaledToDecimalString(scaled, places);
}
