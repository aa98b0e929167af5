/**
 * The result's part of the message dictionary (the result and the report), loaded
 * with the pages that show a result only: the wizard's other steps, the overview and the price
 * list do without it.
 */
import { language } from './language';

export const resultText =
	language === 'en' ? (await import('./en/result')).result : (await import('./nl/result')).result;
