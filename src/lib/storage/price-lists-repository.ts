/**
 * The user's own price lists (a municipality's list, loaded from a file). Every read migrates and
 * validates each list; one that fails is left out of `lists` and counted in `broken`.
 */
import { currentRecordVersion, readRecord, storedPriceListSchema } from '$lib/domain/records';
import type { BaatwijzerDb, StoredPriceList } from './db';

export interface PriceListsRead {
	readonly lists: StoredPriceList[];
	/** Names (or ids) of stored lists that no longer validate. */
	readonly broken: string[];
}

export interface PriceListStore {
	all(): Promise<PriceListsRead>;
	put(list: StoredPriceList): Promise<void>;
	delete(id: string): Promise<void>;
}

export function readPriceLists(raws: readonly unknown[]): PriceListsRead {
	const lists: StoredPriceList[] = [];
	const broken: string[] = [];
	for (const raw of raws) {
		const read = readRecord('priceList', raw, storedPriceListSchema);
		if (read.ok) lists.push(read.value);
		else {
			const record = raw as { name?: unknown; id?: unknown } | null;
			broken.push(String(record?.name ?? record?.id ?? '?').slice(0, 200));
		}
	}
	lists.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
	return { lists, broken };
}

const withVersion = (list: StoredPriceList): StoredPriceList => ({
	...list,
	recordVersion: currentRecordVersion.priceList
});

export class PriceListsRepository implements PriceListStore {
	constructor(private readonly db: BaatwijzerDb) {}

	async all() {
		return readPriceLists(await this.db.priceLists.toArray());
	}

	async put(list: StoredPriceList) {
		await this.db.priceLists.put(withVersion(list));
	}

	delete(id: string) {
		return this.db.priceLists.delete(id);
	}
}

export class MemoryPriceLists implements PriceListStore {
	readonly #lists = new Map<string, StoredPriceList>();

	async all() {
		return readPriceLists([...this.#lists.values()].map((list) => structuredClone(list)));
	}

	async put(list: StoredPriceList) {
		this.#lists.set(list.id, structuredClone(withVersion(list)));
	}

	async delete(id: string) {
		this.#lists.delete(id);
	}
}
