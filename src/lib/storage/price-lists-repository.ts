/**
 * The user's own price lists (a municipality's list, loaded from a file). Every read migrates and
 * validates each list; one that fails is left out of `lists` and counted in `broken`.
 */
import { currentRecordVersion, readRecord, storedPriceListSchema } from '$lib/domain/records';
import { readStoredPriceListPlain } from '$lib/domain/plain-check/records';
import type { BaatwijzerDb, StoredPriceList } from './db';
import { collectPriceLists, type PriceListsRead } from './price-lists-read';

export type { PriceListsRead } from './price-lists-read';

export interface PriceListStore {
	all(): Promise<PriceListsRead>;
	put(list: StoredPriceList): Promise<void>;
	delete(id: string): Promise<void>;
}

export function readPriceLists(raws: readonly unknown[]): PriceListsRead {
	return collectPriceLists(raws, (raw) => {
		const plain = readStoredPriceListPlain(raw);
		if (plain) return plain;
		const read = readRecord('priceList', raw, storedPriceListSchema);
		return read.ok ? read.value : null;
	});
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
