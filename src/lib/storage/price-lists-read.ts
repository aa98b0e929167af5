/** The user's own price lists as read: the valid ones by name, the names of the broken ones. */
import type { StoredPriceList } from './db';

export interface PriceListsRead {
	readonly lists: StoredPriceList[];
	/** Names (or ids) of stored lists that no longer validate. */
	readonly broken: string[];
}

/** Each stored list through `read` (null: it does not validate), sorted by name. */
export function collectPriceLists(
	raws: readonly unknown[],
	read: (raw: unknown) => StoredPriceList | null
): PriceListsRead {
	const lists: StoredPriceList[] = [];
	const broken: string[] = [];
	for (const raw of raws) {
		const list = read(raw);
		if (list) lists.push(list);
		else {
			const record = raw as { name?: unknown; id?: unknown } | null;
			broken.push(String(record?.name ?? record?.id ?? '?').slice(0, 200));
		}
	}
	lists.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
	return { lists, broken };
}
