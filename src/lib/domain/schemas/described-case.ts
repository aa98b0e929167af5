/**
 * A described case (beschreven casus): one case from the past year in which the work avoided
 * costs, as the 2020 study collected them. Its avoided services are effect lines, the same as a
 * proposal's (price item, amount, A, B, recurrence, cost holder or split), so one evaluation reads
 * both; the multiplier says how many such cases the unit sees in a year. The description is short
 * and anonymous: the page warns against names and other personal data.
 */
import { z } from 'zod';
import { addRule, centsSchema, idSchema, isRealDate, uniqueBy } from './common';
import { caseLimits, listLimits, textLimits, yearLimits } from './limits';
import { settingsSchema } from './settings';
import { effectLineSchema, type EffectLine } from './effect-line';

export const caseDateSchema = z
	.string()
	.max(10)
	.superRefine((text, ctx) => {
		if (!isRealDate(text)) addRule(ctx, 'notADate', [], text);
	})
	.describe('The date of the case, as YYYY-MM-DD');

export const describedCaseSchema = z.object({
	id: idSchema,
	unit: z
		.string()
		.trim()
		.min(1)
		.max(textLimits.orgUnit)
		.describe('The unit that did the work (buurtcoach, jongerenwerk, ...)'),
	date: caseDateSchema,
	description: z
		.string()
		.max(textLimits.caseDescription)
		.default('')
		.describe('What happened, in a few anonymous sentences'),
	multiplier: z
		.int()
		.min(1)
		.max(caseLimits.multiplier)
		.describe('How many such cases the unit sees in a year (the study: 1 to 5)'),
	lines: z
		.array(effectLineSchema)
		.min(1)
		.max(listLimits.caseLines)
		.superRefine(uniqueBy<EffectLine>('duplicateId', (line) => line.id, ['id']))
		.describe('The services the case avoided'),
	createdAt: z.string().max(40),
	updatedAt: z.string().max(40)
});
export type DescribedCase = z.infer<typeof describedCaseSchema>;

/** The year a case counts in: the year of its date. */
export const caseYear = (described: Pick<DescribedCase, 'date'>): number =>
	Number(described.date.slice(0, 4));

/** What an organisation says about a year: its subsidy, the method settings and unit sizes. */
export const yearSettingsSchema = z.object({
	year: z.int().min(yearLimits.min).max(yearLimits.max),
	subsidyCents: centsSchema
		.min(0)
		.nullable()
		.describe('The year’s subsidy for the units described; null when not given'),
	settings: settingsSchema,
	unitFte: z
		.record(z.string().max(textLimits.orgUnit), z.int().min(1).max(100_000))
		.describe('Per unit its size in hundredths of an FTE, for the representativeness note')
});
export type YearSettings = z.infer<typeof yearSettingsSchema>;
