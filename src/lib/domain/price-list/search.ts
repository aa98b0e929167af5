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

export interface PriceFilter {
	readonly query: string;
	readonly domain: string;
	readonly costHolder: string;
	readonly grade: string;
	readonly kind: string;
	/** 'list' keeps the list's own order. */
	readonly sort: 'list' | 'amountUp' | 'amountDown';
}

export const noFilter: PriceFilter = {
	query: '',
	domain: '',
	costHolder: '',
	grade: '',
	kind: '',
	sort: 'list'
};

/** Search plus filters (an empty filter value lets everything through) and sorting by amount. */
export function filterPriceItems(items: readonly PriceItem[], filter: PriceFilter): PriceItem[] {
	const found = searchPriceItems(items, filter.query).filter(
		(item) =>
			(!filter.domain || item.domain === filter.domain) &&
			(!filter.costHolder ||
				item.costHolder === filter.costHolder ||
				(item.split ?? []).some((part) => part.costHolder === filter.costHolder)) &&
			(!filter.grade || item.grade === filter.grade) &&
			(!filter.kind || item.kind === filter.kind)
	);
	if (filter.sort === 'amountUp') found.sort((a, b) => a.amountCents - b.amountCents);
	if (filter.sort === 'amountDown') found.sort((a, b) => b.amountCents - a.amountCents);
	return found;
}

/** The distinct values of one field, sorted, for the filter menus. */
export function distinct(items: readonly PriceItem[], field: 'domain' | 'costHolder'): string[] {
	return [...new Set(items.map((item) => item[field]).filter(Boolean))].sort((a, b) =>
		a.localeCompare(b, 'nl')
	);
}
