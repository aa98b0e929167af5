/**
 * The examples under the chance and contribution levels, per domain: the "kans en bijdrage"
 * step's part of the message dictionary, loaded with that step only.
 */
import { language } from './language';

const { levelExamples } =
	language === 'en' ? await import('./en/level-examples') : await import('./nl/level-examples');
export { levelExamples };
