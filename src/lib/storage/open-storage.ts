/**
 * Opens IndexedDB. When it is refused (private mode, blocked, broken) the app keeps working on
 * drafts in memory and says so; export to a file still works.
 */
import type { AppStorage } from './index';
import { BaatwijzerDb } from './db';
import { DraftsRepository } from './drafts-repository';
import { MemoryDrafts } from './memory-drafts';
import { MemoryPriceLists, PriceListsRepository } from './price-lists-repository';
import { MemoryTemplateSets, TemplateSetsRepository } from './template-sets-repository';
import { CasesRepository, MemoryCases } from './cases-repository';

export async function openAppStorage(): Promise<AppStorage> {
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
			templateSets: new TemplateSetsRepository(db),
			cases: new CasesRepository(db),
			problem: null
		};
	} catch {
		return {
			drafts: new MemoryDrafts(),
			priceLists: new MemoryPriceLists(),
			templateSets: new MemoryTemplateSets(),
			cases: new MemoryCases(),
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
