/**
 * The default price list, generated from shared/data/prijslijst-bronnen.csv (see
 * tests/unit/price-list-data.test.ts, which fails when this copy is stale and rewrites it with
 * UPDATE_PRICE_LIST=1). The app's pages fetch the same file as data instead
 * (state/price-catalogue.svelte.ts), so that its 70 kB are not in their JavaScript.
 */
import data from './default-price-list.generated.json' with { type: 'json' };
import { defaultPriceListVersionOf } from './default-price-list-info';
import type { PriceItem } from './price-item';

export { defaultPriceListName } from './default-price-list-info';

/**
 * Not parsed again in the browser: tests/unit/price-list-data.test.ts checks every item against
 * the price-item schema, and the list is generated, never edited.
 */
export const defaultPriceList = data.items as readonly PriceItem[];

export const defaultPriceListVersion = defaultPriceListVersionOf(defaultPriceList);
export const defaultPriceListHash: string = data.version;

export function findPriceItem(id: string | null): PriceItem | undefined {
	return id === null ? undefined : defaultPriceList.find((item) => item.id === id);
}
