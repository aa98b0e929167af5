/**
 * Opens the app's storage once. When IndexedDB is refused (private mode, blocked, broken) the app
 * keeps working on drafts in memory and says so; export to a file still works.
 */
import { BaatwijzerDb } from './db';
import { DraftsRepository, type DraftStore } from './drafts-repository';
import { MemoryDrafts } from './memory-drafts';
import {
	MemoryPriceLists,
	PriceListsRepository,
	type PriceListStore
} from './price-lists-repository';

export type StorageProblem = 'unavailable' | 'quota' | 'closedByOtherTab';

export interface AppStorage {
	readonly drafts: DraftStore;
	readonly priceLists: PriceListStore;
	/** Null when drafts are stored in IndexedDB as intended. */
	readonly problem: StorageProblem | null;
}

let opened: Promise<AppStorage> | null = null;

export function openStorage(): Promise<AppStorage> {
	opened ??= open();
	return opened;
}

async function open(): Promise<AppStorage> {
	try {
		const db = new BaatwijzerDb();
		await db.open();
		// Another tab (a newer app) upgrading the schema needs this connection closed. The next query
		// reopens; if this tab's code is now too old, it fails with a VersionError, which the save
		// indicator reports as 'reload this page' (see storageProblemOf).
		db.on('versionchange', () => {
			db.close({ disableAutoOpen: false });
			return false;
		});
		void requestPersistence();
		return {
			drafts: new DraftsRepository(db),
			priceLists: new PriceListsRepository(db),
			problem: null
		};
	} catch {
		return {
			drafts: new MemoryDrafts(),
			priceLists: new MemoryPriceLists(),
			problem: 'unavailable'
		};
	}
}

/** Asks once that the browser keep our data when it runs low on space. */
async function requestPersistence(): Promise<void> {
	try {
		if (navigator.storage?.persisted && !(await navigator.storage.persisted())) {
			await navigator.storage.persist();
		}
	} catch {
		// Not offered by every browser; drafts are stored either way.
	}
}

/** What a failed write means for the user; errors may arrive wrapped by Dexie (`inner`). */
export function storageProblemOf(error: unknown): StorageProblem | null {
	const names = [error, (error as { inner?: unknown })?.inner].map(
		(candidate) => (candidate as { name?: string } | undefined)?.name
	);
	if (names.includes('QuotaExceededError')) return 'quota';
	if (names.includes('VersionError') || names.includes('DatabaseClosedError'))
		return 'closedByOtherTab';
	return null;
}
