/** The described cases' part of the message dictionary, loaded with the cases pages only. */
export { cases as casesText } from './nl/cases';
