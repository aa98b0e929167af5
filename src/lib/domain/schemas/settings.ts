/** Method settings: safety margin and repeat years (DOMAIN.md, section 3). */
import { z } from 'zod';
import { percentSchema } from './common';

export const MAX_REPEAT_YEARS = 10;

export const settingsSchema = z.object({
	safetyPercent: percentSchema.describe('Safety margin applied to the total (default 90 %)'),
	repeatYears: z
		.int()
		.min(0)
		.max(MAX_REPEAT_YEARS)
		.describe('Years after the first in which yearly savings still count (default 2)')
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { safetyPercent: 90, repeatYears: 2 };

export function settingsChanged(settings: Settings): { safety: boolean; repeatYears: boolean } {
	return {
		safety: settings.safetyPercent !== defaultSettings.safetyPercent,
		repeatYears: settings.repeatYears !== defaultSettings.repeatYears
	};
}
