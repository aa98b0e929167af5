/** The user's own price lists (a municipality's list, loaded from a file). */
import type { BaatwijzerDb, StoredPriceList } from './db';

export interface PriceListStore {
	all(): Promise<StoredPriceList[]>;
	put(list: StoredPriceList): Promise<void>;
	delete(id: string): Promise<void>;
}

export class PriceListsRepository implements PriceListStore {
	constructor(private readonly db: BaatwijzerDb) {}

	all() {
		return this.db.priceLists.orderBy('name').toArray();
	}

	async put(list: StoredPriceList) {
		await this.db.priceLists.put(list);
	}

	delete(id: string) {
		return this.db.priceLists.delete(id);
	}
}

export class MemoryPriceLists implements PriceListStore {
	readonly #lists = new Map<string, StoredPriceList>();

	async all() {
		return [...this.#lists.values()].map((list) => structuredClone(list));
	}

	async put(list: StoredPriceList) {
		this.#lists.set(list.id, structuredClone(list));
	}

	async delete(id: string) {
		this.#lists.delete(id);
	}
}
