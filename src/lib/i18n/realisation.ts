/** The realisation's part of the message dictionary, loaded with its page only. */
export { realisation as realisationText } from './nl/realisation';
