/**
 * The page's side of the check in a worker (draft-check.worker.ts): what goes to the worker and
 * what comes back, and running one check there.
 */
import type { DraftSummary } from '$lib/domain/draft-summary';
import type { BrokenDraft } from '$lib/domain/records';

export interface CheckRequest {
	readonly ids: readonly string[];
}

/** One checked draft: its summary, or why it is broken (with the record as stored). */
export type CheckResult =
	| { readonly id: string; readonly writeId?: string; readonly summary: DraftSummary }
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

/**
 * Checks `ids` in a worker, handing each slice's results to `onSlice` as they come. Stops (and
 * ends the worker) as soon as `isCurrent` says a newer check has started. 'unavailable' when
 * there are no workers here or the worker cannot read: the caller then checks what is left itself.
 */
export function checkInWorker(
	ids: readonly string[],
	onSlice: (results: readonly CheckResult[]) => void,
	isCurrent: () => boolean
): Promise<CheckOutcome> {
	if (typeof Worker !== 'function') return Promise.resolve('unavailable');
	return new Promise((resolve) => {
		let worker: Worker;
		try {
			worker = new Worker(new URL('./draft-check.worker.ts', import.meta.url), {
				type: 'module'
			});
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
		const request: CheckRequest = { ids };
		worker.postMessage(request);
	});
}
