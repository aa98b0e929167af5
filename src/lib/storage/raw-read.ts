/**
 * Reading IndexedDB without Dexie (and without the validator), for the first reads a page makes
 * before storage's code has loaded: only a database at the version this app writes is read; a
 * database Dexie must upgrade first, a newer one, or any error answers null, and the caller opens
 * storage the usual way. A first visit (no database at all) answers null too, unless the caller
 * says what "nothing stored" reads as; then nothing is created either.
 */
import { currentSchemaVersion, DATABASE_NAME, nativeVersion } from './schema-versions';

type Store = 'drafts' | 'priceLists' | 'summaries' | 'cases' | 'caseYears' | 'templateSets';

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

/**
 * Reads of the current database in one transaction; null when it cannot be read this way. With
 * `absent`, a browser that has no database of this app at all (a first visit: nothing is stored
 * yet) answers `absent` instead, and nothing is created.
 */
export async function readStores<T>(
	stores: readonly Store[],
	work: (transaction: IDBTransaction) => Promise<T>,
	absent?: { readonly value: T }
): Promise<{ value: T } | null> {
	try {
		const database = await openCurrent();
		if (!database) return absent && (await databaseExists()) === false ? absent : null;
		try {
			if (!stores.every((store) => database.objectStoreNames.contains(store))) return null;
			return { value: await work(database.transaction([...stores], 'readonly')) };
		} finally {
			database.close();
		}
	} catch {
		return null;
	}
}

/** The result of one request, as a promise (rejected with the request's error). */
export function requested<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/** The end of a write, as a promise (rejected with the transaction's error when it fails). */
export function completed(transaction: IDBTransaction): Promise<void> {
	return new Promise((done, failed) => {
		transaction.oncomplete = () => done();
		transaction.onerror = transaction.onabort = () => failed(transaction.error);
	});
}

/** One read of one store of the current database; null when it cannot be read this way. */
export function readStore<T>(
	store: Store,
	query: (objects: IDBObjectStore) => IDBRequest<T>,
	absent?: { readonly value: T }
): Promise<{ value: T } | null> {
	return readStores(
		[store],
		(transaction) => requested(query(transaction.objectStore(store))),
		absent
	);
}
