/**
 * The app's database made on a first visit without Dexie: the overview and a new draft need it to
 * exist, and nothing of Dexie's (about 30 KiB of a page's JavaScript) until a later save. Its
 * tables are made from `currentStores` as Dexie makes them (tests/unit/create-database.test.ts
 * compares the two databases), so Dexie later opens it as its own. Only where the browser has no
 * database of this app at all: an existing one, at any version, is Dexie's to open or upgrade.
 */
import { databaseExists } from './raw-read';
import {
	currentSchemaVersion,
	currentStores,
	DATABASE_NAME,
	nativeVersion
} from './schema-versions';

/** True when it made the database now; false when there was one, or it could not be made. */
export async function createDatabaseIfAbsent(): Promise<boolean> {
	try {
		if ((await databaseExists()) !== false) return false;
		return await new Promise<boolean>((resolve) => {
			let created = false;
			const request = indexedDB.open(DATABASE_NAME, nativeVersion(currentSchemaVersion));
			request.onupgradeneeded = (event) => {
				// Another tab made an older one meanwhile: Dexie upgrades it, with its migrations.
				if (event.oldVersion !== 0) return request.transaction?.abort();
				const database = request.result;
				for (const [table, schema] of Object.entries(currentStores)) {
					const [primaryKey, ...indexes] = schema.split(',').map((field) => field.trim());
					const store = database.createObjectStore(table, {
						keyPath: primaryKey,
						autoIncrement: false
					});
					for (const index of indexes)
						store.createIndex(index, index, { unique: false, multiEntry: false });
				}
				created = true;
			};
			request.onsuccess = () => {
				request.result.close();
				resolve(created);
			};
			request.onerror = () => resolve(false);
			request.onblocked = () => resolve(false);
		});
	} catch {
		return false;
	}
}
