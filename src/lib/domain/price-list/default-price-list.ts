/**
 * The default price list, generated from shared/data/prijslijst-bronnen.csv (see
 * tests/unit/price-list-data.test.ts, which fails when this copy is stale and rewrites it with
 * UPDATE_PRICE_LIST=1).
 */
import data from './default-price-list.generated';
import type { PriceItem } from './price-item';

export const defaultPriceListName = 'Maatschappelijke prijslijst (Baatwijzer-standaard)';

/**
 * Not parsed again in the browser: tests/unit/price-list-data.test.ts checks every item against
 * the price-item schema, and the list is generated, never edited (this keeps the validator and
 * 130 parses off the wizard's first screen).
 */
export const defaultPriceList = data.items as readonly PriceItem[];

/** The newest year any amount or source of the list carries: what a reader calls its date. */
const newestYear = Math.max(
	...defaultPriceList.map((item) => Math.max(item.priceYear, item.source?.year ?? 0))
);

/**
 * The list's version as people read it ("stand 2026, 130 posten"), not the content hash the
 * generator keeps (`defaultPriceListHash`) to notice that shared/data changed.
 */
export const defaultPriceListVersion = `stand ${newestYear}, ${defaultPriceList.length} posten`;
export const defaultPriceListHash: string = data.version;

export function findPriceItem(id: string | null): PriceItem | undefined {
	return id === null ? undefined : defaultPriceList.find((item) => item.id === id);
}
