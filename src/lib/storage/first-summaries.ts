/**
 * The drafts overview's first cards, straight from IndexedDB without Dexie or the validator: the
 * newest summaries through their date index, and how many drafts there are, in one read; each
 * summary checked by the core's zod-free check. Reading every summary of 5,000 drafts takes about
 * 200 ms in Chromium; the newest page takes a few. The live listing (draft-listing.ts) takes over
 * once storage has loaded, with the whole list, and checks the full drafts as before.
 */
import type { DraftSummary } from '$lib/domain/draft-summary';
import { readDraftSummary } from '$lib/domain/summary-check';
import { openCurrent } from './raw-read';

/** The newest drafts and how many there are in all. */
export interface FirstDrafts {
	readonly newest: DraftSummary[];
	readonly total: number;
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
			const transaction = database.transaction(['drafts', 'summaries'], 'readonly');
			const summaries = transaction.objectStore('summaries');
			if (!summaries.indexNames.contains('updatedAt')) return null;
			const answer = <T>(request: IDBRequest<T>) =>
				new Promise<T | null>((resolve) => {
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => resolve(null);
				});
			// The newest ids by a key cursor down the date index (a step per card, whatever the
			// number of drafts), then their records asked for at once. The live listing waits for
			// this read, so its steps do not queue behind the listing's reading of every summary.
			const counting = Promise.all([
				answer(transaction.objectStore('drafts').count()),
				answer(summaries.count())
			]);
			const ids = await new Promise<IDBValidKey[] | null>((resolve) => {
				const found: IDBValidKey[] = [];
				const cursor = summaries.index('updatedAt').openKeyCursor(null, 'prev');
				cursor.onerror = () => resolve(null);
				cursor.onsuccess = () => {
					const at = cursor.result;
					if (!at || found.length === count) return resolve(found);
					found.push(at.primaryKey);
					at.continue();
				};
			});
			const raws = await Promise.all((ids ?? []).map((id) => answer(summaries.get(id))));
			const [drafts, described] = await counting;
			if (ids === null || drafts === null || described !== drafts) return null;
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
