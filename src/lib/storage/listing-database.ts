/**
 * The database the overview's listing reads (draft-listing.ts), without Dexie: the app's database
 * at the version this app writes, or, in the unit tests and where storage is open, the
 * repository's own connection.
 */
import { openCurrent } from './raw-read';
import { DATABASE_NAME } from './schema-versions';

/** The app's database for one read or write of the listing. */
export interface ListingDatabase {
	/** Its name: what Dexie's announcements of writes to it say. */
	readonly name: string;
	/** The database, and what to do when done with it; null when it cannot be read this way. */
	connect(): Promise<{ database: IDBDatabase; release: () => void } | null>;
}

/** One connection for the reads that follow each other (opening one took 10-40 ms each time). */
let shared: Promise<IDBDatabase | null> | null = null;
let users = 0;
let closing: ReturnType<typeof setTimeout> | undefined;

/**
 * The app's database at the version this app writes, kept open while the listing reads and closed a
 * second after (and at once when another tab upgrades it, so that never waits for the overview);
 * null when it is absent or at another version: then the overview makes it (a first visit,
 * create-database.ts) or opens storage, which upgrades it.
 */
export const currentDatabase: ListingDatabase = {
	name: DATABASE_NAME,
	async connect() {
		clearTimeout(closing);
		const opening = (shared ??= openCurrent()
			.catch(() => null)
			.then((database) => {
				if (!database) shared = null;
				else
					database.onversionchange = () => {
						database.close();
						if (shared === opening) shared = null;
					};
				return database;
			}));
		const database = await opening;
		if (!database) return null;
		users++;
		return {
			database,
			release: () => {
				if (--users > 0) return;
				clearTimeout(closing);
				closing = setTimeout(() => {
					if (users > 0 || shared !== opening) return;
					shared = null;
					database.close();
				}, 1000);
			}
		};
	}
};

/** Runs `work` on the database; null when it cannot be read (or the work failed). */
export async function withDatabase<T>(
	source: ListingDatabase,
	work: (database: IDBDatabase) => Promise<T>
): Promise<T | null> {
	const connection = await source.connect().catch(() => null);
	if (!connection) return null;
	try {
		return await work(connection.database);
	} catch {
		return null;
	} finally {
		connection.release();
	}
}
