/**
 * The price lists the user can pick items from: the built-in default list and any own lists,
 * one of them active. Shared by the wizard and the price-list page.
 *
 * The default list (130 sourced items, fetched as data) and the stored lists load with `load()`,
 * after the page has first rendered; views that show items wait for it (`loaded`).
 */
import type { PriceItem } from '$lib/domain/price-list/price-item';
import { itemResolver } from '$lib/domain/price-list/item-resolver';
import {
	defaultPriceListName,
	defaultPriceListVersionOf
} from '$lib/domain/price-list/default-price-list-info';
import defaultListUrl from '$lib/domain/price-list/default-price-list.generated.json?url';
import { openStorage, readOwnPriceLists } from '$lib/storage';

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

/** Stands in for the default list until it has loaded (no view shows items before that). */
const notLoaded: CatalogueList = {
	id: DEFAULT_LIST_ID,
	name: '',
	version: '',
	items: [],
	builtIn: true
};

/**
 * The default list is data, fetched from the app's own files (and from the service worker's copy
 * once installed, so offline too); as a module its 70 kB would count as every page's JavaScript.
 * Not validated again: tests/unit/price-list-data.test.ts checks every item of this very file.
 */
async function loadBuiltIn(): Promise<CatalogueList> {
	const response = await fetch(defaultListUrl);
	if (!response.ok) throw new Error(`default price list: HTTP ${response.status}`);
	const { items } = (await response.json()) as { items: readonly PriceItem[] };
	return {
		id: DEFAULT_LIST_ID,
		name: defaultPriceListName,
		version: defaultPriceListVersionOf(items),
		items,
		builtIn: true
	};
}

export class PriceCatalogue {
	lists = $state.raw<CatalogueList[]>([notLoaded]);
	activeId = $state(DEFAULT_LIST_ID);
	/** The built-in default list: the first of `lists`. */
	defaultList = $derived(this.lists[0] ?? notLoaded);
	active = $derived(this.lists.find((list) => list.id === this.activeId) ?? this.defaultList);
	/** True once the default list and the stored lists are read. */
	loaded = $state(false);
	/** Finds the item a draft's line refers to, in the list that draft took it from. */
	findItem = $derived(itemResolver(this.lists, this.defaultList.items));
	/** Custom items the user kept for later proposals. */
	library = $state.raw<PriceItem[]>([]);
	/** Stored lists that failed validation on read, by name: left out and reported. */
	broken = $state.raw<string[]>([]);
	#loaded: Promise<void> | null = null;

	/** Reads the own lists once (later calls wait for the same read). */
	load(): Promise<void> {
		this.#loaded ??= (async () => {
			const [builtIn, { lists: stored, broken }] = await Promise.all([
				loadBuiltIn(),
				readOwnPriceLists()
			]);
			this.broken = broken;
			const own = stored.filter((list) => list.id !== LIBRARY_ID);
			this.library = stored.find((list) => list.id === LIBRARY_ID)?.items ?? [];
			this.lists = [builtIn, ...own.map((list) => ({ ...list, builtIn: false }))];
			this.activeId = readActive() ?? DEFAULT_LIST_ID;
			this.loaded = true;
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

	/** `findItem`, once the lists have loaded. */
	async itemFinder() {
		await this.load();
		return this.findItem;
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
