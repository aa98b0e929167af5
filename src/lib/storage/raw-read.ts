/**
 * Reading IndexedDB without Dexie (and without the validator), for the first reads a page makes
 * before storage's code has loaded: only a database at the version this app writes is read; a
 * first visit, a database Dexie must upgrade first, a newer one, or any error answers null, and
 * the caller opens storage the usual way.
 */
import { currentSchemaVersion, DATABASE_NAME, nativeVersion } from './schema-versions';

type Store = 'drafts' | 'priceLists' | 'summaries' | 'cases' | 'templateSets';

/** Whether the app's database exists at all (at any version); null when the browser cannot tell. */
export async function databaseExists(): Promise<boolean | null> {
	try {
		const known = await indexedDB.databases?.();
		return known ? known.some((database) => database.name === DATABASE_NAME) : null;
	} catch {
		return null;
	}
}

/** Opens the database at the current version only; null when it is absent or at another one. */
export async function openCurrent(): Promise<IDBDatabase | null> {
	const version = nativeVersion(currentSchemaVersion);
	const known = await indexedDB.databases?.();
	if (!known?.some((database) => database.name === DATABASE_NAME && database.version === version))
		return null;
	return new Promise((resolve) => {
		const request = indexedDB.open(DATABASE_NAME, version);
		// Only if the database vanished since: never create or change it here (Dexie does that).
		request.onupgradeneeded = () => request.transaction?.abort();
		request.onsuccess = () => {
			const database = request.result;
			// Another tab upgrading must not wait for this connection.
			database.onversionchange = () => database.close();
			resolve(database);
		};
		request.onerror = () => resolve(null);
		request.onblocked = () => resolve(null);
	});
}

/** One read of one store of the current database; null when it cannot be read this way. */
export async function readStore<T>(
	store: Store,
	query: (objects: IDBObjectStore) => IDBRequest<T>
): Promise<{ value: T } | null> {
	try {
		const database = await openCurrent();
		if (!database) return null;
		try {
			if (!database.objectStoreNames.contains(store)) return null;
			return await new Promise((resolve) => {
				const request = query(database.transaction(store, 'readonly').objectStore(store));
				request.onsuccess = () => resolve({ value: request.result });
				request.onerror = () => resolve(null);
			});
		} finally {
			database.close();
		}
	} catch {
		return null;
	}
}
