/**
 * The drafts overview's first cards, straight from IndexedDB without Dexie or the validator: the
 * newest summaries through their date index, and how many drafts there are; each summary checked
 * by the core's zod-free check. Reading every summary of 5,000 drafts takes about 200 ms in
 * Chromium; the newest page takes a few. The live listing (draft-listing.ts) takes over once this
 * read is in, with the whole list, and checks the full drafts as before.
 */
import type { DraftSummary } from '$lib/domain/draft-summary';
import { readDraftSummary } from '$lib/domain/summary-check';
import { openCurrent } from './raw-read';

/** The newest drafts and how many there are in all. */
export interface FirstDrafts {
	readonly newest: DraftSummary[];
	readonly total: number;
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
	const ids = await new Promise<IDBValidKey[] | null>((resolve) => {
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
	if (!ids) return null;
	return Promise.all(ids.map((id) => answer(index.objectStore.get(id))));
}

/**
 * The `count` newest summaries and the number of drafts; null when this read cannot tell (no
 * database at the current version, an error, or drafts without a summary, as on the first visit
 * after an update): then the overview waits for the live listing rather than show a short list.
 */
export async function firstReadSummaries(count: number): Promise<FirstDrafts | null> {
	try {
		const database = await openCurrent();
		if (!database) return null;
		try {
			if (
				!database.transaction('summaries').objectStore('summaries').indexNames.contains('updatedAt')
			)
				return null;
			// Three reads at once, each in its own transaction: counting thousands of records takes
			// longer than the newest page, and the page need not queue behind it. The live listing
			// waits for this read, so these do not queue behind its reading of every summary.
			const [raws, drafts, described] = await Promise.all([
				newestRecords(
					database.transaction('summaries').objectStore('summaries').index('updatedAt'),
					count
				),
				answer(database.transaction('drafts').objectStore('drafts').count()),
				answer(database.transaction('summaries').objectStore('summaries').count())
			]);
			if (raws === null || drafts === null || described !== drafts) return null;
			const newest = raws.flatMap((raw) => readDraftSummary(raw) ?? []);
			// Every draft has its summary (stored with it on every save) unless an older version
			// stored it: only then is the newest page the newest page of every draft.
			if (newest.length !== raws.length) return null;
			return { newest, total: drafts };
		} finally {
			database.close();
		}
	} catch {
		return null;
	}
}
