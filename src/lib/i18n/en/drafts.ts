/** English UI text: words about drafts and files that pages beside the overview use too. */
import type { drafts as dutch } from '../nl/drafts';

export const drafts: typeof dutch = {
	drafts: {
		untitled: '(untitled)',
		cancel: 'Cancel',
		problemInFile: (name: string) => `In the file "${name}":`,
		tooManyItems: (limit: string, actual: string) => `has ${actual}; at most ${limit} are allowed`,
		tooManyLines: (limit: string, actual: string) =>
			`A proposal has at most ${limit} lines; this proposal has ${actual}.`,
		unknownField: 'field'
	}
};
