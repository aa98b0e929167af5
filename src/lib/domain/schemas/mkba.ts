/** The cost-benefit (MKBA) settings of a draft; null when the MKBA view is off (the default). */
import { z } from 'zod/mini';
import { centsSchema, percentSchema } from './common';

const count = z.int().check(z.gte(0), z.lte(10_000_000));

export const mkbaSettingsSchema = z
	.object({
		discountBasisPoints: z
			.int()
			.check(z.gte(0), z.lte(2_000), z.describe('Real discount rate, 225 = 2.25 %')),
		dropOffPercent: percentSchema.check(
			z.describe('Yearly effects fall by this share each later year')
		),
		qalysPerYear: count.check(z.describe('Quality-adjusted life years gained per year')),
		qalyValueCents: centsSchema.check(
			z.gte(0),
			z.describe('Value of one QALY (default EUR 50,000)')
		),
		careHoursPerYear: count.check(z.describe('Informal-care hours spared per year')),
		careHourCents: centsSchema.check(z.gte(0), z.describe('Value of one informal-care hour')),
		volunteerHours: count.check(z.describe('Volunteer hours the activity takes')),
		volunteerHourCents: centsSchema.check(z.gte(0), z.describe('Value of one volunteer hour')),
		ownContributionCents: centsSchema.check(
			z.gte(0),
			z.describe('The organisation’s own contribution')
		)
	})
	.check(
		z.describe('Cost-benefit view: costs beyond the subsidy, immaterial benefits, discounting')
	);
export type MkbaSettings = z.infer<typeof mkbaSettingsSchema>;
