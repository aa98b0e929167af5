/** Dutch UI text: words about drafts and files that pages beside the overview use too. */
export const drafts = {
	drafts: {
		untitled: '(zonder titel)',
		cancel: 'Annuleren',
		problemInFile: (name: string) => `In het bestand "${name}":`,
		tooManyItems: (limit: string, actual: string) => `heeft er ${actual}; hoogstens ${limit} mag`,
		tooManyLines: (limit: string, actual: string) =>
			`Een voorstel heeft hoogstens ${limit} regels; dit voorstel heeft er ${actual}.`,
		unknownField: 'veld'
	}
};
