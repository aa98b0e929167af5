/** A price-list item (maatschappelijke prijslijst): an amount with its source and confidence. */
import { z } from 'zod/mini';
import { centsSchema, costHolderSchema, idSchema, recurrenceSchema } from '../schemas/common';
import { checkPriceItemRules } from '../schemas/rules';
import { textLimits, yearLimits } from '../schemas/limits';
import { priceKindSchema, splitSchema } from '../schemas/effect-line';

export const gradeSchema = z
	.enum(['A', 'B', 'C'])
	.check(
		z.describe(
			'A: official reference price or statute; B: published study or list; C: single example or weak source'
		)
	);
export type Grade = z.infer<typeof gradeSchema>;

export const sourceSchema = z.object({
	title: z
		.string()
		.check(z.trim(), z.maxLength(textLimits.sourceTitle), z.describe('Publisher and title')),
	year: z.nullable(z.int().check(z.gte(yearLimits.min), z.lte(yearLimits.max))),
	link: z.nullable(z.string().check(z.maxLength(textLimits.sourceLink)))
});
export type Source = z.infer<typeof sourceSchema>;

export const priceItemSchema = z
	.object({
		id: idSchema,
		name: z.string().check(z.trim(), z.minLength(1), z.maxLength(textLimits.itemName)),
		description: z.string().check(z.maxLength(textLimits.itemDescription)),
		unit: z.string().check(z.maxLength(textLimits.unit)),
		// Negative for a cost an effect causes (extra care): shown as such, never as a saving.
		amountCents: centsSchema,
		lowCents: z.nullable(centsSchema),
		highCents: z.nullable(centsSchema),
		priceYear: z.int().check(z.gte(yearLimits.min), z.lte(yearLimits.max)),
		costHolder: costHolderSchema,
		split: z.nullable(splitSchema),
		recurrence: recurrenceSchema,
		domain: z.string().check(z.maxLength(100)),
		kind: priceKindSchema,
		source: z.nullable(sourceSchema),
		grade: gradeSchema,
		note: z.string().check(z.maxLength(textLimits.itemNote)),
		custom: z
			._default(z.boolean(), false)
			.check(z.describe('Added by a user rather than taken from a published list'))
	})
	.check(z.superRefine(checkPriceItemRules));
export type PriceItem = z.infer<typeof priceItemSchema>;
