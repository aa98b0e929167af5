/** The hand-in's seal (number, moment, fingerprint) in English: loaded with the seal only. */
import type { handIn as dutch } from '../nl/hand-in';

export const handIn: typeof dutch = {
	title: 'Handed in',
	line: (number: number, date: string, author: string) =>
		`Hand-in ${number} on ${date}${author ? ` by ${author}` : ''}.`,
	fingerprint: 'Fingerprint',
	fingerprintHint:
		'A check number of exactly what was handed in: whoever receives a file or report sees here whether anything has changed since.',
	unchanged: 'Unchanged since it was handed in.',
	changed:
		'Changed since it was handed in: the figures and texts are no longer exactly what was handed in. Hand the proposal in again, or ask its author for the version handed in.'
};
