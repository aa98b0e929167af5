/**
 * What a reader calls the default price list: its name and its version ("stand 2026, 130 posten").
 * Shared by the list as a module (default-price-list.ts, for code that needs it at once) and the
 * list as data the app fetches (state/price-catalogue.svelte.ts).
 */
import type { PriceItem } from './price-item';

export const defaultPriceListName = 'Maatschappelijke prijslijst (Baatwijzer-standaard)';

/**
 * The list's version as people read it, from the newest year any amount or source carries; not
 * the content hash the generator keeps to notice that shared/data changed.
 */
export function defaultPriceListVersionOf(items: readonly PriceItem[]): string {
	const newestYear = Math.max(
		...items.map((item) => Math.max(item.priceYear, item.source?.year ?? 0))
	);
	return `stand ${newestYear}, ${items.length} posten`;
}
