/**
 * The comparison's part of the message dictionary (the table, the portfolio, the flags and the
 * comparison CSV), loaded with the comparison only.
 */
import { language } from './language';

const { compare } = language === 'en' ? await import('./en/compare') : await import('./nl/compare');
export const compareText = compare.compare;
