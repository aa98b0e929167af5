/**
 * How the overview's worker reads the drafts it checks: a slice of at most WORKER_SLICE records
 * at a time, each with the ids it holds, the next read already asked for while a slice is checked.
 *
 * - **A few drafts** (a usual visit: only what was saved since): one request per draft, in the
 *   order the page asks (newest first).
 * - **Most drafts** (the first visit after an update, when no summary fits): the newest slice
 *   first, found by the date index, so the top of the list is made first and stays; then the
 *   whole store by key, BULK_PAGE records per request. In Chromium the worker waited 250-320 ms
 *   for 5,000 drafts read this way, against 520-700 ms with a request each. The key range of
 *   each page is known from the ids, so PAGES_AHEAD pages are asked for while one is checked:
 *   asking for the next page only when one came left the database idle for 0.5 s in all at
 *   5,000 drafts. A draft asked for that no page held (deleted meanwhile) is read on its own at
 *   the end.
 */
import { WORKER_SLICE } from './draft-check';
import { requested } from './raw-read';

/** Drafts asked for per request when the whole store is read. */
export const BULK_PAGE = 500;

/** Records one such request reads at most (drafts not asked for may lie between). */
const PAGE_CAP = BULK_PAGE * 4;

/** Pages asked for beyond the one being checked. */
const PAGES_AHEAD = 2;

export interface DraftSlice {
	readonly ids: readonly string[];
	/** The stored record of each id, in the same order; undefined for one not stored. */
	readonly raws: readonly unknown[];
}

const draftsOf = (database: IDBDatabase) => database.transaction('drafts').objectStore('drafts');

/** The records of `ids` (undefined for one not stored), one request each, in one transaction. */
export function readEach(database: IDBDatabase, ids: readonly string[]): Promise<unknown[]> {
	const drafts = draftsOf(database);
	return Promise.all(ids.map((id) => requested<unknown>(drafts.get(id))));
}

/** The keys of the `count` newest drafts by the date index, newest first. */
function newestKeys(database: IDBDatabase, count: number): Promise<unknown[]> {
	return new Promise((resolve, reject) => {
		const keys: unknown[] = [];
		const request = draftsOf(database).index('updatedAt').openKeyCursor(null, 'prev');
		request.onsuccess = () => {
			const cursor = request.result;
			if (!cursor || keys.length >= count) return resolve(keys);
			keys.push(cursor.primaryKey);
			cursor.continue();
		};
		request.onerror = () => reject(request.error);
	});
}

/** An index that gives its newest records in one request (getAllRecords), where the browser can. */
type WithRecords = IDBIndex & {
	getAllRecords?: (options: {
		count: number;
		direction: IDBCursorDirection;
	}) => IDBRequest<{ value: unknown }[]>;
};

/**
 * The records of the `count` newest drafts, newest first: in one request where the browser has
 * getAllRecords, else a key cursor down the date index and then a request per draft.
 */
async function newestRecords(database: IDBDatabase, count: number): Promise<unknown[]> {
	const index: WithRecords = draftsOf(database).index('updatedAt');
	if (typeof index.getAllRecords === 'function') {
		const records = await requested(index.getAllRecords({ count, direction: 'prev' }));
		return records.map((record) => record.value);
	}
	const keys = (await newestKeys(database, count)) as string[];
	return (await readEach(database, keys)).filter((raw) => raw !== undefined);
}

/**
 * The key range of each page of `ids`, BULK_PAGE ids each, in key order (for string keys
 * IndexedDB's order is the code-unit order of `sort`). Known before any page is read, so the
 * next pages are asked for while one is checked.
 */
function pageRanges(ids: readonly string[]): IDBKeyRange[] {
	const sorted = [...ids].sort();
	const ranges: IDBKeyRange[] = [];
	for (let start = 0; start < sorted.length; start += BULK_PAGE) {
		const last = sorted[Math.min(start + BULK_PAGE, sorted.length) - 1]!;
		ranges.push(IDBKeyRange.bound(sorted[start], last));
	}
	return ranges;
}

/**
 * The records in `range`, at most PAGE_CAP (drafts not asked for may lie between those that
 * are; one held back by the cap is read on its own at the end).
 */
function readRange(database: IDBDatabase, range: IDBKeyRange): Promise<unknown[]> {
	return requested(draftsOf(database).getAll(range, PAGE_CAP));
}

const idOf = (raw: unknown): unknown => (raw as { id?: unknown } | null)?.id;

/** A read asked for ahead, whose failure is seen when it is awaited (not as unhandled). */
function ahead<T>(read: Promise<T>): Promise<T> {
	read.catch(() => undefined);
	return read;
}

/** `ids` in the order given, a slice at a time, one request per draft. */
async function* oneByOne(
	database: IDBDatabase,
	ids: readonly string[]
): AsyncGenerator<DraftSlice> {
	if (ids.length === 0) return;
	const sliceAt = (start: number) => ids.slice(start, start + WORKER_SLICE);
	let next = ahead(readEach(database, sliceAt(0)));
	for (let start = 0; start < ids.length; start += WORKER_SLICE) {
		const raws = await next;
		if (start + WORKER_SLICE < ids.length)
			next = ahead(readEach(database, sliceAt(start + WORKER_SLICE)));
		yield { ids: sliceAt(start), raws };
	}
}

/**
 * `ids` by reading the whole store: the newest slice first, then page by page in key order, with
 * PAGES_AHEAD pages asked for beyond the one being checked, so the database reads while the worker
 * checks.
 */
async function* inBulk(database: IDBDatabase, ids: readonly string[]): AsyncGenerator<DraftSlice> {
	const wanted = new Set<unknown>(ids);
	const ranges = pageRanges(ids);
	const newest = ahead(newestRecords(database, WORKER_SLICE));
	/** The pages asked for and not yet taken (a page taken is let go, not kept to the end). */
	const pages: Promise<unknown[]>[] = [];
	let asked = 0;
	const askNext = () => {
		const range = ranges[asked++];
		if (range) pages.push(ahead(readRange(database, range)));
	};
	for (let page = 0; page <= PAGES_AHEAD; page++) askNext();
	const first = (await newest).filter((raw) => wanted.delete(idOf(raw)));
	if (first.length > 0) yield { ids: first.map(idOf) as string[], raws: first };
	for (let next = pages.shift(); next; next = pages.shift()) {
		const page = await next;
		askNext();
		const mine = page.filter((raw) => wanted.delete(idOf(raw)));
		for (let start = 0; start < mine.length; start += WORKER_SLICE) {
			const raws = mine.slice(start, start + WORKER_SLICE);
			yield { ids: raws.map(idOf) as string[], raws };
		}
	}
	yield* oneByOne(database, [...wanted] as string[]);
}

/** The drafts `ids`, a slice at a time; `bulk`: most drafts are asked for (see above). */
export function draftSlices(
	database: IDBDatabase,
	ids: readonly string[],
	bulk: boolean
): AsyncGenerator<DraftSlice> {
	return bulk ? inBulk(database, ids) : oneByOne(database, ids);
}
