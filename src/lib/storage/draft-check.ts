/**
 * The page's side of the check in a worker (draft-check.worker.ts): what goes to the worker and
 * what comes back, and running one check there.
 */
import type { DraftSummary } from '$lib/domain/draft-summary';
import type { BrokenDraft } from '$lib/domain/records';

export interface CheckRequest {
	readonly ids: readonly string[];
	/** For each id, the write token of its stored summary (undefined: none). */
	readonly seen: readonly (string | undefined)[];
	/** Most drafts are asked for: read the whole store rather than each draft (draft-slices.ts). */
	readonly bulk?: boolean;
}

/** One checked draft: its summary, or why it is broken (with the record as stored). */
export type CheckResult =
	| {
			readonly id: string;
			readonly writeId?: string;
			readonly summary: DraftSummary;
			/** The worker stored this summary (it was missing or stale). */
			readonly stored?: boolean;
	  }
	| {
			readonly id: string;
			readonly writeId?: string;
			readonly broken: Pick<BrokenDraft, 'reason' | 'issues'>;
			readonly raw: unknown;
	  };

export type CheckAnswer =
	| { readonly kind: 'slice'; readonly results: readonly CheckResult[] }
	| { readonly kind: 'done' }
	/** The worker cannot read the database (another version, an error): the page checks itself. */
	| { readonly kind: 'unavailable' };

export type CheckOutcome = 'done' | 'unavailable' | 'superseded';

/** Drafts per worker slice: read in one transaction, answered in one message. */
export const WORKER_SLICE = 100;

/**
 * Whether the worker reads the whole store rather than each draft: when at least this many drafts
 * are to be checked and they are at least half of all stored (the first visit after an update).
 */
export const BULK_FROM = 500;

export const readsInBulk = (toCheck: number, stored: number): boolean =>
	toCheck >= BULK_FROM && toCheck * 2 >= stored;

/** A worker started ahead (prepareWorker), its code loading while the page reads the list. */
let spare: Worker | null = null;

const newWorker = () =>
	new Worker(new URL('./draft-check.worker.ts', import.meta.url), { type: 'module' });

/**
 * Starts the worker the next check will use, so its code loads and compiles while the page is
 * still reading the list. (Two workers, each taking every other slice, listed 5,000 drafts no
 * sooner on a two-core machine than one.)
 */
export function prepareWorker(): void {
	if (typeof Worker !== 'function' || spare) return;
	try {
		spare = newWorker();
	} catch {
		// No workers here: the check runs in the page.
	}
}

/** Ends the worker started ahead and not used. */
export function releaseWorker(): void {
	spare?.terminate();
	spare = null;
}

/**
 * Checks `ids` in a worker (`bulk`: see readsInBulk), handing each slice's results to `onSlice` as
 * they come. Stops (and ends the worker) as soon as `isCurrent` says a newer check has started.
 * 'unavailable' when there are no workers here or the worker cannot read: the caller then checks
 * what is left itself.
 */
export function checkInWorker(
	ids: readonly string[],
	bulk: boolean,
	seen: (id: string) => string | undefined,
	onSlice: (results: readonly CheckResult[]) => void,
	isCurrent: () => boolean
): Promise<CheckOutcome> {
	if (typeof Worker !== 'function') return Promise.resolve('unavailable');
	return new Promise((resolve) => {
		let worker: Worker;
		try {
			worker = spare ?? newWorker();
			spare = null;
		} catch {
			return resolve('unavailable');
		}
		const finish = (outcome: CheckOutcome) => {
			worker.terminate();
			resolve(outcome);
		};
		worker.onmessage = ({ data }: MessageEvent<CheckAnswer>) => {
			if (!isCurrent()) return finish('superseded');
			if (data.kind === 'slice') onSlice(data.results);
			else finish(data.kind);
		};
		worker.onerror = () => finish('unavailable');
		const request: CheckRequest = { ids, seen: ids.map(seen), bulk };
		worker.postMessage(request);
	});
}
