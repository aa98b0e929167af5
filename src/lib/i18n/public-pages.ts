/** The public-sector pages' part of the message dictionary, loaded with those pages only. */
import { language } from './language';

const { publicPages } =
	language === 'en' ? await import('./en/public-pages') : await import('./nl/public-pages');
export const statementText = publicPages.statement;
export const privacyText = publicPages.privacy;
