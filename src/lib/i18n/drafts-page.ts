/**
 * The drafts overview's part of the message dictionary (the list, its actions, import and export),
 * loaded with the overview only.
 */
import { language } from './language';

const { draftsPage } =
	language === 'en' ? await import('./en/drafts-page') : await import('./nl/drafts-page');
export const draftsText = draftsPage.draftsPage;
