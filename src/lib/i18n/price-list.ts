/**
 * The price-list page's part of the message dictionary (searching, indexing, loading an own list),
 * loaded with that page only.
 */
import { language } from './language';

const { priceList } =
	language === 'en' ? await import('./en/price-list') : await import('./nl/price-list');
export const priceListText = priceList.priceListPage;
