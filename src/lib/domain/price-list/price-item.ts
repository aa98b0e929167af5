/** A price-list item (maatschappelijke prijslijst): an amount with its source and confidence. */
import { z } from 'zod';
import { centsSchema, costHolderSchema, idSchema, recurrenceSchema } from '../schemas/common';
import { addRule } from '../schemas/common';
import { textLimits, yearLimits } from '../schemas/limits';
import { checkAmountRules, priceKindSchema, splitSchema } from '../schemas/effect-line';

export const gradeSchema = z
	.enum(['A', 'B', 'C'])
	.describe(
		'A: official reference price or statute; B: published study or list; C: single example or weak source'
	);
export type Grade = z.infer<typeof gradeSchema>;

export const sourceSchema = z.object({
	title: z.string().trim().max(textLimits.sourceTitle).describe('Publisher and title'),
	year: z.int().min(yearLimits.min).max(yearLimits.max).nullable(),
	link: z.string().max(textLimits.sourceLink).nullable()
});
export type Source = z.infer<typeof sourceSchema>;

export const priceItemSchema = z
	.object({
		id: idSchema,
		name: z.string().trim().min(1).max(textLimits.itemName),
		description: z.string().max(textLimits.itemDescription),
		unit: z.string().max(textLimits.unit),
		// Negative for a cost an effect causes (extra care): shown as such, never as a saving.
		amountCents: centsSchema,
		lowCents: centsSchema.nullable(),
		highCents: centsSchema.nullable(),
		priceYear: z.int().min(yearLimits.min).max(yearLimits.max),
		costHolder: costHolderSchema,
		split: splitSchema.nullable(),
		recurrence: recurrenceSchema,
		domain: z.string().max(100),
		kind: priceKindSchema,
		source: sourceSchema.nullable(),
		grade: gradeSchema,
		note: z.string().max(textLimits.itemNote),
		custom: z
			.boolean()
			.default(false)
			.describe('Added by a user rather than taken from a published list')
	})
	.superRefine((item, ctx) => {
		checkAmountRules(item, ctx);
		if (item.source === null && item.note.trim() === '') addRule(ctx, 'needsSource', ['source']);
	});
export type PriceItem = z.infer<typeof priceItemSchema>;
