/** Reading numbers as users type them into form fields, Dutch ("1.250,50") or English ("1,250.50"). */
import { DUTCH_FIELDS, type FieldNumbers } from './format';
import { parseTypedEuros } from './money';
import { MAX_CENTS, yearLimits } from './schemas/limits';
import { MAX_COUNT } from './schemas/count';
import { MAX_REPEAT_YEARS } from './schemas/settings-defaults';
import type { NumberKind } from './wizard';

/** The value (cents for euros), null for an empty field, or 'invalid'. */
export function parseNumberInput(
	kind: NumberKind,
	input: string,
	fields: FieldNumbers = DUTCH_FIELDS
): number | null | 'invalid' {
	const text = input.trim();
	if (text === '') return null;
	if (kind === 'euros') {
		const cents = parseTypedEuros(text, fields.decimal);
		return cents === null || cents < 0n || cents > BigInt(MAX_CENTS) ? 'invalid' : Number(cents);
	}
	if (kind === 'year') {
		if (!/^\d{4}$/.test(text)) return 'invalid';
		const year = Number(text);
		return year >= yearLimits.min && year <= yearLimits.max ? year : 'invalid';
	}
	// Whole numbers may carry thousands separators ("1.250", in English "1,250") or a trailing
	// percent sign.
	const plain = kind === 'percent' ? text.replace(/\s*%$/, '') : text;
	const group = fields.group === '.' ? /^\d{1,3}(\.\d{3})+$/ : /^\d{1,3}(,\d{3})+$/;
	const digits = group.test(plain) ? plain.replace(/[.,]/g, '') : plain;
	if (!/^\d+$/.test(digits)) return 'invalid';
	const value = Number(digits);
	const max = kind === 'percent' ? 100 : kind === 'repeatYears' ? MAX_REPEAT_YEARS : MAX_COUNT;
	return value <= max ? value : 'invalid';
}
