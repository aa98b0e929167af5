/**
 * Text as users search it: lower case without diacritics ("Financiën" is "financien"). In a
 * module of its own, so that a draft's summary and search key do not bring the price list's
 * search and synonyms onto a page (price-list/search.ts re-exports it).
 */
export function normalizeForSearch(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLocaleLowerCase('nl-NL');
}
