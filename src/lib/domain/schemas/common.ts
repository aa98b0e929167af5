/** Building blocks shared by the schemas of the exchange format and the app's state. */
import { z } from 'zod/mini';
import { levels } from '../levels';
import { MAX_CENTS, textLimits } from './limits';
import { addRule, isRealDate } from './rules';

export { addRule, isRealDate, ruleCodes, uniqueBy, type RuleCode } from './rules';

export { MAX_CENTS };

export const centsSchema = z
	.int()
	.check(
		z.gte(-MAX_CENTS),
		z.lte(MAX_CENTS),
		z.describe('Euro cents as a whole number: 123.45 euro is 12345')
	);

export const percentSchema = z
	.int()
	.check(z.gte(0), z.lte(100), z.describe('Whole percentage, 0 to 100'));

export const levelOrPercentSchema = z
	.union([z.enum(levels), percentSchema])
	.check(z.describe('maybe (35 %), likely (70 %), certain (100 %), or a custom whole percentage'));

export const recurrenceSchema = z
	.enum(['oneOff', 'yearly'])
	.check(z.describe('oneOff: saved once; yearly: saved every year, also in the repeat years'));
export type Recurrence = z.infer<typeof recurrenceSchema>;

export const costHolderSchema = z
	.string()
	.check(
		z.trim(),
		z.minLength(1),
		z.maxLength(textLimits.costHolder),
		z.describe('Who would have paid the avoided cost (kostenhouder)')
	);

export const idSchema = z
	.string()
	.check(z.minLength(1), z.maxLength(100), z.describe('Stable identifier'));

/** A date as YYYY-MM-DD that exists, or empty (the default); `description` for the JSON schema. */
export const optionalDateSchema = (description: string) =>
	z
		._default(
			z.string().check(
				z.maxLength(10),
				z.superRefine((text, ctx) => {
					if (text !== '' && !isRealDate(text)) addRule(ctx, 'notADate', [], text);
				})
			),
			''
		)
		.check(z.describe(description));
