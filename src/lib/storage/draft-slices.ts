/**
 * The overview's worker reads the drafts it checks a slice at a time, in the order asked (newest
 * first). When most drafts are asked for (the first visit after an update, when no summary is
 * there yet), it reads them a chunk of 500 at a time from the date index, newest first, instead
 * of one request per draft: in Chromium's worker 5,000 drafts took 430-500 ms to read this way
 * (the count and the chunks' bounds included) against 600-670 ms with 5,000 requests. A record the index does not hold (one without a valid date)
 * or one that moved between chunks (saved meanwhile) is read on its own, and so is the newest
 * slice, so the first cards wait for no chunk. Otherwise, for a few drafts, one request per draft.
 */
import { WORKER_SLICE } from './draft-check';
import { requested } from './raw-read';
/** Drafts per read from the date index. */
export const BULK_CHUNK = 500;

/** The drafts `ids` (undefined for one not stored), in one read-only transaction. */
function readEach(database: IDBDatabase, ids: readonly string[]): Promise<unknown[]> {
	const drafts = database.transaction('drafts').objectStore('drafts');
	return Promise.all(ids.map((id) => requested<unknown>(drafts.get(id))));
}

const dateIndex = (database: IDBDatabase) =>
	database.transaction('drafts').objectStore('drafts').index('updatedAt');

/** The date index's key at the newest draft and at every `chunk`-th one after it. */
function dateBounds(database: IDBDatabase, chunk: number): Promise<IDBValidKey[]> {
	return new Promise((resolve, reject) => {
		const bounds: IDBValidKey[] = [];
		const request = dateIndex(database).openKeyCursor(null, 'prev');
		request.onsuccess = () => {
			const cursor = request.result;
			if (!cursor) return resolve(bounds);
			bounds.push(cursor.key);
			cursor.advance(chunk);
		};
		request.onerror = () => reject(request.error);
	});
}

/**
 * Every draft the date index holds, newest first, a chunk at a time: the chunks are the ranges
 * between the bounds (each bound in the chunk it starts), so each draft is in exactly one.
 */
export async function* draftsNewestFirst(
	database: IDBDatabase,
	chunk = BULK_CHUNK
): AsyncGenerator<unknown[]> {
	const bounds = await dateBounds(database, chunk);
	for (let at = 0; at < bounds.length; at++) {
		const upper = bounds[at]!;
		const lower = bounds[at + 1];
		const range =
			lower === undefined
				? IDBKeyRange.upperBound(upper)
				: IDBKeyRange.bound(lower, upper, true, false);
		const values = await requested<unknown[]>(dateIndex(database).getAll(range));
		yield values.reverse();
	}
}

const idOf = (raw: unknown): unknown => (raw as { id?: unknown } | null)?.id;

/** The records of `ids` from the chunks, as far as they hold them; the rest one by one. */
async function* fromChunks(
	database: IDBDatabase,
	ids: readonly string[],
	chunk: number
): AsyncGenerator<unknown[]> {
	const wanted = new Set(ids);
	const found = new Map<unknown, unknown>();
	const chunks = draftsNewestFirst(database, chunk);
	let exhausted = false;
	for (let start = 0; start < ids.length; start += WORKER_SLICE) {
		const slice = ids.slice(start, start + WORKER_SLICE);
		while (!exhausted && slice.some((id) => !found.has(id))) {
			const next = await chunks.next();
			if (next.done) exhausted = true;
			else
				for (const raw of next.value)
					if (wanted.has(idOf(raw) as string)) found.set(idOf(raw), raw);
		}
		const missing = slice.filter((id) => !found.has(id));
		const alone = missing.length > 0 ? await readEach(database, missing) : [];
		yield slice.map((id) => {
			if (!found.has(id)) return alone[missing.indexOf(id)];
			const raw = found.get(id);
			found.delete(id);
			return raw;
		});
	}
}

/** The records of `ids` (undefined for one not stored), a slice of WORKER_SLICE at a time. */
export async function* draftSlices(
	database: IDBDatabase,
	ids: readonly string[],
	chunk = BULK_CHUNK
): AsyncGenerator<unknown[]> {
	const stored = await requested(database.transaction('drafts').objectStore('drafts').count());
	if (ids.length >= chunk && ids.length * 2 >= stored) {
		// The newest slice first on its own, so the first cards wait for no chunk.
		yield await readEach(database, ids.slice(0, WORKER_SLICE));
		yield* fromChunks(database, ids.slice(WORKER_SLICE), chunk);
		return;
	}
	for (let start = 0; start < ids.length; start += WORKER_SLICE)
		yield await readEach(database, ids.slice(start, start + WORKER_SLICE));
}
