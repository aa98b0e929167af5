/**
 * The uncertainty view's part of the message dictionary, loaded with that view only (after the
 * result has rendered); the locale switch, when English comes, picks the table here.
 */
import { language } from './language';

const { uncertainty } =
	language === 'en' ? await import('./en/uncertainty') : await import('./nl/uncertainty');
export const uncertaintyText = uncertainty.uncertainty;
