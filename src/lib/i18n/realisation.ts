/** The realisation's part of the message dictionary, loaded with its page only. */
import { language } from './language';

const { realisation } =
	language === 'en' ? await import('./en/realisation') : await import('./nl/realisation');
export const realisationText = realisation;
