/** Price-list search as Dutch users type: case- and accent-insensitive, every word must match. */
import type { PriceItem } from './price-item';
import { searchSynonyms } from './synonyms';
import { normalizeForSearch } from '../normalize';

export { normalizeForSearch };

/** A query word and the words it also stands for (synonyms), each normalised. */
function alternatives(word: string): string[] {
	return [word, ...(searchSynonyms[word] ?? [])];
}

/**
 * How well an item fits the query; 0 when some word is not found. Every word must be found (as
 * itself or a synonym) in the name, description, unit or domain; a hit in the name counts most,
 * at the start of a word more than inside one, the word itself more than a synonym.
 */
export function searchScore(item: PriceItem, words: readonly string[]): number {
	const name = normalizeForSearch(item.name);
	const rest = normalizeForSearch(`${item.description} ${item.unit} ${item.domain}`);
	let score = 0;
	for (const word of words) {
		let best = 0;
		alternatives(word).forEach((alternative, index) => {
			const weight = index === 0 ? 1 : 0.8;
			const inName = name.indexOf(alternative);
			const hit =
				inName === 0
					? 12
					: inName > 0
						? /[\s(/-]/.test(name[inName - 1]!)
							? 10
							: 7
						: rest.includes(alternative)
							? 3
							: 0;
			best = Math.max(best, hit * weight);
		});
		if (best === 0) return 0;
		score += best;
	}
	return score;
}

/** Items matching every word (or a synonym), best first; the list's order among equals. */
export function searchPriceItems(items: readonly PriceItem[], query: string): PriceItem[] {
	const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return [...items];
	return items
		.map((item, index) => ({ item, index, score: searchScore(item, words) }))
		.filter((entry) => entry.score > 0)
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.map((entry) => entry.item);
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
