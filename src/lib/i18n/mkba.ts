/** The MKBA view's part of the message dictionary, loaded with that view only. */
import { language } from './language';

const { mkba } = language === 'en' ? await import('./en/mkba') : await import('./nl/mkba');
export const mkbaText = mkba.mkba;
