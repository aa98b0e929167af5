import { describe, expect, it } from 'vitest';
import { fraction } from '$lib/domain/fraction';
import {
	formatCents,
	formatCentsForInput,
	formatEuros,
	formatEurosAndCents,
	formatRatioPercent,
	fractionToDecimal
} from '$lib/i18n/format';
import { isPreventive, levelOf } from '$lib/domain/levels';
import {
	centsToExact,
	divideRounded,
	EXACT_PER_EURO,
	parseDecimalEuros,
	parseDutchEuros,
	scaledToDecimalString
} from '$lib/domain/money';

const NBSP = '\u00A0';

describe('rounding', () => {
	it('rounds halves away from zero, both ways', () => {
		expect(divideRounded(5n, 10n)).toBe(1n);
		expect(divideRounded(-5n, 10n)).toBe(-1n);
		expect(divideRounded(15n, 10n)).toBe(2n);
		expect(divideRounded(-25n, 10n)).toBe(-3n);
		expect(divideRounded(49n, 100n)).toBe(0n);
		expect(divideRounded(2n, 3n)).toBe(1n);
		expect(divideRounded(-1n, 3n)).toBe(0n);
	});

	it('shows the worked example of the study as € 13.414', () => {
		const weighted = centsToExact(1_341_375);
		expect(formatEuros(weighted)).toBe(`€${NBSP}13.414`);
		expect(formatEurosAndCents(weighted)).toBe(`€${NBSP}13.413,75`);
	});

	it('rounds a half euro away from zero for negative amounts too', () => {
		expect(formatEuros(-EXACT_PER_EURO / 2n)).toBe(`€${NBSP}-1`);
		expect(formatEuros(EXACT_PER_EURO / 2n - 1n)).toBe(`€${NBSP}0`);
	});

	it('keeps amounts beyond floating-point precision exact', () => {
		const huge = 123_456_789_012_345_678n * EXACT_PER_EURO + EXACT_PER_EURO / 2n;
		expect(formatEuros(huge)).toBe(`€${NBSP}123.456.789.012.345.679`);
	});
});

describe('parsing amounts', () => {
	it('reads plain decimal strings with at most two decimals', () => {
		expect(parseDecimalEuros('3125.50')).toBe(312_550n);
		expect(parseDecimalEuros('54750')).toBe(5_475_000n);
		expect(parseDecimalEuros('-3600')).toBe(-360_000n);
		expect(parseDecimalEuros('1.234')).toBeNull();
		expect(parseDecimalEuros('abc')).toBeNull();
	});

	it('reads amounts the way Dutch users type them', () => {
		expect(parseDutchEuros('3.125,50')).toBe(312_550n);
		expect(parseDutchEuros('€ 54.750')).toBe(5_475_000n);
		expect(parseDutchEuros('3125,5')).toBe(312_550n);
		expect(parseDutchEuros('12.5')).toBe(1250n);
		expect(parseDutchEuros('1.234.567')).toBe(123_456_700n);
		expect(parseDutchEuros('12,345')).toBeNull();
		expect(parseDutchEuros('')).toBeNull();
		expect(parseDutchEuros('tien euro')).toBeNull();
	});

	it('writes cents back as a user would type them', () => {
		expect(formatCentsForInput(312_550)).toBe('3.125,50');
		expect(formatCentsForInput(5_475_000)).toBe('54.750');
		expect(formatCentsForInput(99_950)).toBe('999,50');
		expect(formatCents(3087)).toBe(`€${NBSP}30,87`);
		expect(formatCents(5_475_000)).toBe(`€${NBSP}54.750`);
	});
});

describe('decimals and ratios', () => {
	it('writes scaled integers without trailing zeros', () => {
		expect(scaledToDecimalString(362_171_250_000_000n, 10)).toBe('36217.125');
		expect(scaledToDecimalString(0n, 10)).toBe('0');
		expect(scaledToDecimalString(-5n, 1)).toBe('-0.5');
	});

	it('shows the ratio to the subsidy as a whole percentage', () => {
		expect(formatRatioPercent(fraction(21_299n, 10_000n))).toBe('213%');
		expect(formatRatioPercent(fraction(24n, 10n))).toBe('240%');
		expect(fractionToDecimal(fraction(1n, 3n), 4)).toBe('0.3333');
		expect(fractionToDecimal(fraction(-2n, 3n), 4)).toBe('-0.6667');
	});
});

describe('levels', () => {
	it('counts a custom percentage under the nearest level, ties going to the lower', () => {
		expect(levelOf(50)).toBe('maybe');
		expect(levelOf(53)).toBe('likely');
		expect(levelOf(85)).toBe('likely');
		expect(levelOf(86)).toBe('certain');
		expect(isPreventive('maybe')).toBe(true);
		expect(isPreventive('likely')).toBe(false);
	});
});
