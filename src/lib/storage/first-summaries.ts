/**
 * The drafts overview's first cards, straight from IndexedDB without Dexie or the validator: the
 * newest summaries through their date index, and how many drafts there are; each summary checked
 * by the core's zod-free check. Reading every summary of 5,000 drafts takes about 200 ms in
 * Chromium; the newest page takes a few. The live listing (draft-listing.ts) takes over once this
 * read is in, with the whole list, and checks the full drafts as before. Counting the drafts
 * takes longer than the newest page (22-70 ms at 5,000, 105-221 ms at 20,000 in Chromium), so
 * the count is asked for once the page is read, and the page is given before it is in.
 */
import type { DraftSummary } from '$lib/domain/draft-summary';
import { readDraftSummary } from '$lib/domain/summary-check';
import { openCurrent } from './raw-read';

/** The newest drafts and how many there are in all. */
export interface FirstDrafts {
	readonly newest: DraftSummary[];
	readonly total: number;
}

/** The newest drafts, and how many there are once counted (null when that cannot be read). */
export interface EarlyDrafts {
	readonly newest: DraftSummary[];
	readonly total: Promise<number | null>;
}

/** The newest records in one request (IndexedDB's getAllRecords), where the browser has it. */
type WithRecords = IDBIndex & {
	getAllRecords?: (options: {
		count: number;
		direction: IDBCursorDirection;
	}) => IDBRequest<{ value: unknown }[]>;
};

/** The result of one request; null when it failed. */
const answer = <T>(request: IDBRequest<T>) =>
	new Promise<T | null>((resolve) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => resolve(null);
	});

/** The `count` newest records down the date index, newest first; null when they cannot be read. */
async function newestRecords(index: WithRecords, count: number): Promise<unknown[] | null> {
	if (typeof index.getAllRecords === 'function') {
		const records = await answer(index.getAllRecords({ count, direction: 'prev' }));
		return records?.map((record) => record.value) ?? null;
	}
	// Elsewhere a key cursor down the index (a step per card, whatever the number of drafts), then
	// the records asked for at once.
	const ids = await newestKeys(index, count);
	if (!ids) return null;
	return Promise.all(ids.map((id) => answer(index.objectStore.get(id))));
}

/** The primary keys of the `count` newest records down a date index; null when unreadable. */
function newestKeys(index: IDBIndex, count: number): Promise<IDBValidKey[] | null> {
	return new Promise((resolve) => {
		const found: IDBValidKey[] = [];
		const cursor = index.openKeyCursor(null, 'prev');
		cursor.onerror = () => resolve(null);
		cursor.onsuccess = () => {
			const at = cursor.result;
			if (!at || found.length === count) return resolve(found);
			found.push(at.primaryKey);
			at.continue();
		};
	});
}

/**
 * The `count` newest summaries at once, and the number of drafts when counted; null when this
 * read cannot tell (no database at the current version, an error, or one of the newest drafts
 * without its summary, as on the first visit after an update): then the overview waits for the
 * live listing rather than show a short list.
 */
export async function firstReadNewest(count: number): Promise<EarlyDrafts | null> {
	try {
		const database = await openCurrent();
		if (!database) return null;
		try {
			const summaries = database.transaction('summaries').objectStore('summaries');
			if (!summaries.indexNames.contains('updatedAt')) return null;
			// Each read in its own transaction. The live listing waits for the page, so these do not
			// queue behind its reading of every summary.
			const [raws, keys] = await Promise.all([
				newestRecords(summaries.index('updatedAt'), count),
				newestKeys(database.transaction('drafts').objectStore('drafts').index('updatedAt'), count)
			]);
			if (raws === null || keys === null) return null;
			const newest = raws.flatMap((raw) => readDraftSummary(raw) ?? []);
			// The newest summaries are of the newest drafts, each valid: only then are they the
			// newest page of every draft (a summary stored with every save; an older version stored
			// none).
			const same =
				newest.length === raws.length &&
				newest.length === keys.length &&
				newest.every((summary, at) => summary.id === keys[at]);
			if (!same) return null;
			// Counted only once the page is read: the browser runs the requests of one database in
			// turn, and a count reads every record (48 ms at 5,000 drafts in Chromium), which the
			// date index's cursor then waited for.
			return {
				newest,
				total: answer(database.transaction('drafts').objectStore('drafts').count())
			};
		} finally {
			// Closes once the count is in: a connection closes after its transactions end.
			database.close();
		}
	} catch {
		return null;
	}
}

/** The `count` newest summaries and the number of drafts, both in; null as firstReadNewest. */
export async function firstReadSummaries(count: number): Promise<FirstDrafts | null> {
	const first = await firstReadNewest(count);
	const total = first ? await first.total : null;
	return first && total !== null ? { newest: first.newest, total } : null;
}
