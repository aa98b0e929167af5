/** The cost-benefit (MKBA) settings of a draft; null when the MKBA view is off (the default). */
import { z } from 'zod';
import { centsSchema, percentSchema } from './common';

const count = z.int().min(0).max(10_000_000);

export const mkbaSettingsSchema = z
	.object({
		discountBasisPoints: z.int().min(0).max(2_000).describe('Real discount rate, 225 = 2.25 %'),
		dropOffPercent: percentSchema.describe('Yearly effects fall by this share each later year'),
		qalysPerYear: count.describe('Quality-adjusted life years gained per year'),
		qalyValueCents: centsSchema.min(0).describe('Value of one QALY (default EUR 50,000)'),
		careHoursPerYear: count.describe('Informal-care hours spared per year'),
		careHourCents: centsSchema.min(0).describe('Value of one informal-care hour'),
		volunteerHours: count.describe('Volunteer hours the activity takes'),
		volunteerHourCents: centsSchema.min(0).describe('Value of one volunteer hour'),
		ownContributionCents: centsSchema.min(0).describe('The organisation’s own contribution')
	})
	.describe('Cost-benefit view: costs beyond the subsidy, immaterial benefits, discounting');
export type MkbaSettings = z.infer<typeof mkbaSettingsSchema>;
