/**
 * Issue 22, point 1: figures in the chosen language. Dutch writes "€ 13.414,50" and reads
 * "13.414,50" back; English writes "€13,414.50" and reads "13,414.50" back; both round the same
 * exact amount the same way; a CSV for English Excel separates with commas and writes a point.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DUTCH_CSV, ENGLISH_CSV } from '$lib/domain/exchange/csv-dialect';
import { csvDocument, num, text } from '$lib/domain/exchange/csv-export';
import { displayFormat, DUTCH_FIELDS, ENGLISH_FIELDS } from '$lib/domain/format';
import { fraction } from '$lib/domain/fraction';
import { centsToExact, parseEnglishEuros } from '$lib/domain/money';
import { parseNumberInput } from '$lib/domain/number-input';
import { MAX_CENTS } from '$lib/domain/schemas/limits';

const dutch = displayFormat('nl-NL', DUTCH_FIELDS);
const english = displayFormat('en-GB', ENGLISH_FIELDS);

describe('English figures', () => {
	it('writes euros, cents, ratios and counts the British way, rounded as in Dutch', () => {
		// 13,413.75 euros, rounded half away from zero to whole euros.
		const amount = centsToExact(1_341_375);
		expect(english.formatEuros(amount)).toBe('€13,414');
		expect(dutch.formatEuros(amount)).toBe('€\u00A013.414');
		expect(english.formatEurosAndCents(amount)).toBe('€13,413.75');
		expect(english.formatEuros(centsToExact(-490_150))).toBe('-€4,902');
		expect(english.formatCents(3_087)).toBe('€30.87');
		expect(english.formatRatioPercent(fraction(21_299n, 10_000n))).toBe('213%');
		expect(english.formatCount(1_250.5)).toBe('1,250.5');
		expect(english.formatPerEuro(fraction(191n, 100n))).toBe('€1.91');
	});

	it('reads amounts as English users type them', () => {
		expect(parseEnglishEuros('3,125.50')).toBe(312_550n);
		expect(parseEnglishEuros('€54,750')).toBe(5_475_000n);
		expect(parseEnglishEuros('3125.5')).toBe(312_550n);
		expect(parseEnglishEuros('12.')).toBe(1_200n);
		// A Dutch decimal comma is unclear in English: refused, never read as thousands.
		expect(parseEnglishEuros('12,5')).toBeNull();
		expect(parseEnglishEuros('1,25,000')).toBeNull();
		expect(parseNumberInput('wholeNumber', '1,250', ENGLISH_FIELDS)).toBe(1_250);
		expect(parseNumberInput('wholeNumber', '1.250', ENGLISH_FIELDS)).toBe('invalid');
		expect(parseNumberInput('euros', '48,500.50', ENGLISH_FIELDS)).toBe(4_850_050);
		expect(parseNumberInput('euros', '48.500,50', ENGLISH_FIELDS)).toBe('invalid');
		expect(parseNumberInput('euros', '48.500,50', DUTCH_FIELDS)).toBe(4_850_050);
	});

	it('reads back exactly what a field writes once left, in both languages', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: MAX_CENTS }),
				fc.nat({ max: 10_000_000 }),
				(cents, n) => {
					for (const [format, fields] of [
						[english, ENGLISH_FIELDS],
						[dutch, DUTCH_FIELDS]
					] as const) {
						expect(parseNumberInput('euros', format.formatCentsForInput(cents), fields)).toBe(
							cents
						);
						expect(parseNumberInput('wholeNumber', format.formatWholeForInput(n), fields)).toBe(n);
					}
				}
			)
		);
	});
});

describe('CSV per language', () => {
	const rows = [
		[text('Schuldhulpverlening, afsluiting energie'), num('1234.50'), num('-3600.00')],
		[text('a;b'), num('7')]
	];

	it('for English Excel: commas between fields, a decimal point, a field with a comma quoted', () => {
		expect(csvDocument(rows, ENGLISH_CSV)).toBe(
			'\uFEFF"Schuldhulpverlening, afsluiting energie",1234.50,-3600.00\r\na;b,7\r\n'
		);
	});

	it('for Dutch Excel: semicolons and a decimal comma, as before', () => {
		expect(csvDocument(rows, DUTCH_CSV)).toBe(
			'\uFEFFSchuldhulpverlening, afsluiting energie;1234,50;-3600,00\r\n"a;b";7\r\n'
		);
	});
});
