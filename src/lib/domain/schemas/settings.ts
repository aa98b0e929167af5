/** Method settings: safety margin and repeat years (DOMAIN.md, section 3). */
import { z } from 'zod';
import { percentSchema } from './common';
import { MAX_REPEAT_YEARS } from './settings-defaults';

export { defaultSettings, MAX_REPEAT_YEARS, settingsChanged } from './settings-defaults';

export const settingsSchema = z.object({
	safetyPercent: percentSchema.describe('Safety margin applied to the total (default 90 %)'),
	repeatYears: z
		.int()
		.min(0)
		.max(MAX_REPEAT_YEARS)
		.describe('Years after the first in which yearly savings still count (default 2)')
});
export type Settings = z.infer<typeof settingsSchema>;
