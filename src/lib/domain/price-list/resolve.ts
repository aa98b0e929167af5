/** The item finder over the built-in default list (see item-resolver.ts for the lookup order). */
import { defaultPriceList } from './default-price-list';
import { itemResolver, type ItemFinder, type ItemSource } from './item-resolver';

export type { ItemFinder, ItemSource };

export function priceItemResolver(lists: readonly ItemSource[]): ItemFinder {
	return itemResolver(lists, defaultPriceList);
}
