/**
 * A described case (beschreven casus): one case from the past year in which the work avoided
 * costs, as the 2020 study collected them. Its avoided services are effect lines, the same as a
 * proposal's (price item, amount, A, B, recurrence, cost holder or split), so one evaluation reads
 * both; the multiplier says how many such cases the unit sees in a year. The description is short
 * and anonymous: the page warns against names and other personal data.
 */
import { z } from 'zod/mini';
import { addRule, centsSchema, idSchema, isRealDate, uniqueBy } from './common';
import { caseLimits, listLimits, textLimits, yearLimits } from './limits';
import { settingsSchema } from './settings';
import { effectLineSchema, type EffectLine } from './effect-line';

export const caseDateSchema = z.string().check(
	z.maxLength(10),
	z.superRefine((text, ctx) => {
		if (!isRealDate(text)) addRule(ctx, 'notADate', [], text);
	}),
	z.describe('The date of the case, as YYYY-MM-DD')
);

export const describedCaseSchema = z.object({
	id: idSchema,
	unit: z
		.string()
		.check(
			z.trim(),
			z.minLength(1),
			z.maxLength(textLimits.orgUnit),
			z.describe('The unit that did the work (buurtcoach, jongerenwerk, ...)')
		),
	date: caseDateSchema,
	description: z
		._default(z.string().check(z.maxLength(textLimits.caseDescription)), '')
		.check(z.describe('What happened, in a few anonymous sentences')),
	multiplier: z
		.int()
		.check(
			z.gte(1),
			z.lte(caseLimits.multiplier),
			z.describe('How many such cases the unit sees in a year (the study: 1 to 5)')
		),
	lines: z
		.array(effectLineSchema)
		.check(
			z.minLength(1),
			z.maxLength(listLimits.caseLines),
			z.superRefine(uniqueBy<EffectLine>('duplicateId', (line) => line.id, ['id'])),
			z.describe('The services the case avoided')
		),
	createdAt: z.string().check(z.maxLength(40)),
	updatedAt: z.string().check(z.maxLength(40))
});
export type DescribedCase = z.infer<typeof describedCaseSchema>;

/** The year a case counts in: the year of its date. */
export const caseYear = (described: Pick<DescribedCase, 'date'>): number =>
	Number(described.date.slice(0, 4));

/** What an organisation says about a year: its subsidy, the method settings and unit sizes. */
export const yearSettingsSchema = z.object({
	year: z.int().check(z.gte(yearLimits.min), z.lte(yearLimits.max)),
	subsidyCents: z
		.nullable(centsSchema.check(z.gte(0)))
		.check(z.describe('The year’s subsidy for the units described; null when not given')),
	settings: settingsSchema,
	unitFte: z
		.record(
			z.string().check(z.maxLength(textLimits.orgUnit)),
			z.int().check(z.gte(1), z.lte(100_000))
		)
		.check(z.describe('Per unit its size in hundredths of an FTE, for the representativeness note'))
});
export type YearSettings = z.infer<typeof yearSettingsSchema>;
