/**
 * The price-list page's part of the message dictionary (searching, indexing, loading an own list),
 * loaded with that page only.
 */
import { priceList } from './nl/price-list';

export const priceListText = priceList.priceListPage;
