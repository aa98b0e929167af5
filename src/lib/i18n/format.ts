/**
 * Numbers, euros and dates in the active language: the one set every view formats with, so a
 * figure reads "€ 13.414" in Dutch and "€13,414" in English everywhere. Form fields read typed
 * numbers the same way ("1.250,50" in Dutch, "1,250.50" in English).
 */
import { displayFormat, DUTCH_FIELDS, ENGLISH_FIELDS, fractionToDecimal } from '$lib/domain/format';
import { DUTCH_CSV, ENGLISH_CSV } from '$lib/domain/exchange/csv-dialect';
import { parseTypedEuros } from '$lib/domain/money';
import { language, locale } from './language';

/** How the active language's Excel reads a CSV: Dutch semicolons and commas, English commas and points. */
export const csvDialect = language === 'en' ? ENGLISH_CSV : DUTCH_CSV;

/** How form fields write numbers in the active language. */
export const fields = language === 'en' ? ENGLISH_FIELDS : DUTCH_FIELDS;

export const {
	formatEuros,
	formatEurosOfFraction,
	formatEurosAndCents,
	formatCentsForInput,
	formatWholeForInput,
	formatCents,
	formatRatioPercent,
	formatCount,
	formatPerEuro
} = displayFormat(locale, fields);
export { fractionToDecimal, locale };

/** A typed amount in cents, or null when it is not one. */
export const parseEuros = (input: string): bigint | null => parseTypedEuros(input, fields.decimal);

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A date (and time) in the active locale, one formatter per set of options. */
export function formatDate(date: Date | number, options: Intl.DateTimeFormatOptions): string {
	const key = JSON.stringify(options);
	let format = dateFormats.get(key);
	if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
	return format.format(date);
}
