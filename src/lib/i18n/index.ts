/**
 * The active message dictionary: only the chosen language's table is loaded (top-level await on a
 * dynamic import, so a Dutch page never downloads the English words and the other way round).
 */
import { language } from './language';
import type { Messages } from './nl';

export const t: Messages =
	language === 'en' ? (await import('./en')).en : (await import('./nl')).nl;
export type { Messages };
export { language, locale } from './language';
