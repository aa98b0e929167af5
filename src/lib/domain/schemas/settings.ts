/** Method settings: safety margin and repeat years (DOMAIN.md, section 3). */
import { z } from 'zod/mini';
import { percentSchema } from './common';
import { MAX_REPEAT_YEARS } from './settings-defaults';

export { defaultSettings, MAX_REPEAT_YEARS, settingsChanged } from './settings-defaults';

export const settingsSchema = z.object({
	safetyPercent: percentSchema.check(
		z.describe('Safety margin applied to the total (default 90 %)')
	),
	repeatYears: z
		.int()
		.check(
			z.gte(0),
			z.lte(MAX_REPEAT_YEARS),
			z.describe('Years after the first in which yearly savings still count (default 2)')
		)
});
export type Settings = z.infer<typeof settingsSchema>;
