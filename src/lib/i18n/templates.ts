/**
 * The templates page's part of the message dictionary, loaded with that page only; the locale
 * switch, when English comes, picks the table here.
 */
import { language } from './language';

const { templates } =
	language === 'en' ? await import('./en/templates') : await import('./nl/templates');
export const templatesText = templates.templates;
