/**
 * The templates page's part of the message dictionary, loaded with that page only; the locale
 * switch, when English comes, picks the table here.
 */
import { templates } from './nl/templates';

export const templatesText = templates.templates;
