/**
 * The price lists the user can pick items from: the built-in default list and any own lists,
 * one of them active. Shared by the wizard and the price-list page.
 */
import {
	defaultPriceList,
	defaultPriceListName,
	defaultPriceListVersion
} from '$lib/domain/price-list/default-price-list';
import type { PriceItem } from '$lib/domain/price-list/price-item';
import { priceItemResolver } from '$lib/domain/price-list/resolve';
import { openStorage } from '$lib/storage';

export interface CatalogueList {
	readonly id: string;
	readonly name: string;
	readonly version: string;
	readonly items: readonly PriceItem[];
	readonly builtIn: boolean;
}

export const DEFAULT_LIST_ID = 'standaard';
/** The user's own library of custom items, stored like a price list but never the active list. */
export const LIBRARY_ID = 'mijn-kostenposten';
const ACTIVE_KEY = 'baatwijzer.activePriceList';

const builtIn: CatalogueList = {
	id: DEFAULT_LIST_ID,
	name: defaultPriceListName,
	version: defaultPriceListVersion,
	items: defaultPriceList,
	builtIn: true
};

export class PriceCatalogue {
	lists = $state.raw<CatalogueList[]>([builtIn]);
	activeId = $state(DEFAULT_LIST_ID);
	active = $derived(this.lists.find((list) => list.id === this.activeId) ?? builtIn);
	/** Custom items the user kept for later proposals. */
	library = $state.raw<PriceItem[]>([]);
	/** Stored lists that failed validation on read, by name: left out and reported. */
	broken = $state.raw<string[]>([]);
	#loaded: Promise<void> | null = null;

	/** Reads the own lists once (later calls wait for the same read). */
	load(): Promise<void> {
		this.#loaded ??= (async () => {
			const storage = await openStorage();
			const { lists: stored, broken } = await storage.priceLists.all();
			this.broken = broken;
			const own = stored.filter((list) => list.id !== LIBRARY_ID);
			this.library = stored.find((list) => list.id === LIBRARY_ID)?.items ?? [];
			this.lists = [builtIn, ...own.map((list) => ({ ...list, builtIn: false }))];
			this.activeId = readActive() ?? DEFAULT_LIST_ID;
		})();
		return this.#loaded;
	}

	setActive(id: string): void {
		this.activeId = id;
		try {
			localStorage.setItem(ACTIVE_KEY, id);
		} catch {
			// Without storage the choice lasts for this visit only.
		}
	}

	async add(name: string, version: string, items: PriceItem[]): Promise<string> {
		const storage = await openStorage();
		const list = {
			id: crypto.randomUUID(),
			name,
			version,
			loadedAt: new Date().toISOString(),
			items
		};
		await storage.priceLists.put(list);
		this.lists = [...this.lists, { ...list, builtIn: false }];
		this.setActive(list.id);
		return list.id;
	}

	async remove(id: string): Promise<void> {
		const storage = await openStorage();
		await storage.priceLists.delete(id);
		this.lists = this.lists.filter((list) => list.id !== id);
		if (this.activeId === id) this.setActive(DEFAULT_LIST_ID);
	}

	/** Keeps a custom item for later proposals. */
	async addToLibrary(item: PriceItem): Promise<void> {
		await this.load();
		const storage = await openStorage();
		const items = [...this.library.filter((kept) => kept.id !== item.id), item];
		await storage.priceLists.put({
			id: LIBRARY_ID,
			name: 'Mijn eigen kostenposten',
			version: String(items.length),
			loadedAt: new Date().toISOString(),
			items
		});
		this.library = items;
	}

	/** Finds the item a draft's line refers to, in the list that draft took it from. */
	async itemFinder() {
		await this.load();
		return priceItemResolver(this.lists);
	}

	/** A reference to a list as a draft records it. */
	reference(list: CatalogueList = this.active) {
		return { id: list.id, name: list.name, version: list.version };
	}
}

function readActive(): string | null {
	try {
		return localStorage.getItem(ACTIVE_KEY);
	} catch {
		return null;
	}
}

export const catalogue = new PriceCatalogue();
