/** Price-list search as Dutch users type: case- and accent-insensitive, every word must match. */
import type { PriceItem } from './price-item';

/** Lower case without diacritics: "Financiën" is "financien". */
export function normalizeForSearch(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLocaleLowerCase('nl-NL');
}

export function searchPriceItems(items: readonly PriceItem[], query: string): PriceItem[] {
	const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return [...items];
	return items.filter((item) => {
		const haystack = normalizeForSearch(`${item.name} ${item.description} ${item.domain}`);
		return words.every((word) => haystack.includes(word));
	});
}
