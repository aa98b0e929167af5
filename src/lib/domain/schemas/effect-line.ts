/** An effect line: one avoided cost, weighted by chance, contribution and number of people. */
import { z } from 'zod/mini';
import {
	centsSchema,
	costHolderSchema,
	idSchema,
	levelOrPercentSchema,
	percentSchema,
	recurrenceSchema
} from './common';
import { checkLineRules, uniqueHolders } from './rules';
import { textLimits, yearLimits } from './limits';
import { MAX_COUNT } from './count';

export { countHundredths, MAX_COUNT } from './count';

export const countSchema = z
	.discriminatedUnion('kind', [
		z.object({
			kind: z.literal('direct'),
			persons: z
				.int()
				.check(z.gte(0), z.lte(MAX_COUNT), z.describe('Number of people, cases or households'))
		}),
		z.object({
			kind: z.literal('share'),
			groupSize: z.int().check(z.gte(0), z.lte(MAX_COUNT), z.describe('Size of the target group')),
			sharePercent: percentSchema.check(
				z.describe('Share of the target group for whom this cost is at stake')
			)
		})
	])
	.check(z.describe('N: a direct count, or target group size x share'));
export type Count = z.infer<typeof countSchema>;

export const splitPartSchema = z.object({
	costHolder: costHolderSchema,
	amountCents: centsSchema.check(
		z.describe('This holder’s part of the amount; negative when its costs rise')
	)
});
export type SplitPart = z.infer<typeof splitPartSchema>;

/** A split names each cost holder once: two parts for one holder would double its row. */
export const splitSchema = z
	.array(splitPartSchema)
	.check(z.minLength(1), z.maxLength(20), z.superRefine(uniqueHolders));

const levelRangeSchema = z.object({ low: levelOrPercentSchema, high: levelOrPercentSchema });

export const priceKindSchema = z
	.enum(['cost', 'transfer', 'intangible'])
	.check(
		z.describe(
			'cost: real resources; transfer: a budget saving, not a gain for society; intangible: valued wellbeing'
		)
	);
export type PriceKind = z.infer<typeof priceKindSchema>;

export const effectLineSchema = z
	.object({
		id: idSchema,
		priceItemId: z
			.nullable(z.string().check(z.maxLength(100)))
			.check(z.describe('Price-list item the amount came from')),
		name: z
			.string()
			.check(
				z.trim(),
				z.minLength(1),
				z.maxLength(textLimits.lineName),
				z.describe('What is avoided, as the price item names it')
			),
		unit: z
			.string()
			.check(
				z.maxLength(textLimits.unit),
				z.describe('What the amount is for: per persoon per jaar, per traject...')
			),
		amountCents: centsSchema.check(
			z.describe(
				'C: the cost avoided per person (or case), in cents; negative for a cost the activity causes'
			)
		),
		priceYear: z
			.nullable(z.int().check(z.gte(yearLimits.min), z.lte(yearLimits.max)))
			.check(z.describe('Year the amount is priced in')),
		kind: z._default(priceKindSchema, 'cost'),
		count: z
			.nullable(countSchema)
			.check(z.describe('N: how many people (or cases); null until the user has given it')),
		lowCents: z
			._default(z.nullable(centsSchema), null)
			.check(z.describe('Low end of a published range')),
		highCents: z
			._default(z.nullable(centsSchema), null)
			.check(z.describe('High end of a published range')),
		chance: z
			.nullable(levelOrPercentSchema)
			.check(
				z.describe(
					'A: how likely the services would be needed within six months; null until answered'
				)
			),
		contribution: z
			.nullable(levelOrPercentSchema)
			.check(z.describe('B: how far the activity itself prevents them; null until answered')),
		recurrence: recurrenceSchema,
		costHolder: costHolderSchema,
		split: z
			.optional(splitSchema)
			.check(z.describe('Optional split of the amount over cost holders, summing to the amount')),
		justification: z
			._default(z.string().check(z.maxLength(textLimits.justification)), '')
			.check(z.describe('Why these answers (a short note)')),
		reviewerRemark: z
			._default(z.string().check(z.maxLength(textLimits.lineRemark)), '')
			.check(z.describe('What the municipality’s reviewer remarks on this line')),
		countRange: z
			.optional(
				z.nullable(
					z.object({
						low: z.int().check(z.gte(0), z.lte(MAX_COUNT)),
						high: z.int().check(z.gte(0), z.lte(MAX_COUNT))
					})
				)
			)
			.check(z.describe('How uncertain N is: the lowest and highest number of people (or cases)')),
		chanceRange: z
			.optional(z.nullable(levelRangeSchema))
			.check(z.describe('How uncertain A is: between two levels (or percentages)')),
		contributionRange: z
			.optional(z.nullable(levelRangeSchema))
			.check(z.describe('How uncertain B is: between two levels (or percentages)')),
		overlapsWith: z
			.optional(z.nullable(idSchema))
			.check(
				z.describe(
					'Another line of this draft that avoids the same services for the same people: the overlap counts once'
				)
			)
	})
	.check(z.superRefine(checkLineRules));
export type EffectLine = z.infer<typeof effectLineSchema>;
