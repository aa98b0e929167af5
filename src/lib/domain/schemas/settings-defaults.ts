/** Method settings without the schema: the defaults and what differs from them. */
import type { Settings } from './settings';

export const MAX_REPEAT_YEARS = 10;

export const defaultSettings: Settings = { safetyPercent: 90, repeatYears: 2 };

export function settingsChanged(settings: Settings): { safety: boolean; repeatYears: boolean } {
	return {
		safety: settings.safetyPercent !== defaultSettings.safetyPercent,
		repeatYears: settings.repeatYears !== defaultSettings.repeatYears
	};
}
