/**
 * The default price list, generated from shared/data/prijslijst-bronnen.csv (see
 * tests/unit/price-list-data.test.ts, which fails when this copy is stale and rewrites it with
 * UPDATE_PRICE_LIST=1).
 */
import data from './default-price-list.generated';
import { priceItemSchema, type PriceItem } from './price-item';

export const defaultPriceListName = 'Maatschappelijke prijslijst (Baatwijzer-standaard)';

export const defaultPriceList: readonly PriceItem[] = data.items.map((item) =>
	priceItemSchema.parse(item)
);

export const defaultPriceListVersion: string = data.version;

export function findPriceItem(id: string | null): PriceItem | undefined {
	return id === null ? undefined : defaultPriceList.find((item) => item.id === id);
}
