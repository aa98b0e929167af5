/** The hand-in seal's part of the message dictionary, loaded with the seal only. */
import { language } from './language';

const { handIn } = language === 'en' ? await import('./en/hand-in') : await import('./nl/hand-in');
export const handInText = handIn;
