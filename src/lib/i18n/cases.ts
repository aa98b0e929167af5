/** The described cases' part of the message dictionary, loaded with the cases pages only. */
import { language } from './language';

const { cases } = language === 'en' ? await import('./en/cases') : await import('./nl/cases');
export const casesText = cases;
