/**
 * The overview's live list of drafts, fast with thousands of them and without Dexie or the
 * validator on the page: it reads the small summaries stored beside the drafts straight from
 * IndexedDB, then checks the full drafts in a worker (draft-check.ts), or, where there is none, a
 * slice at a time in the page, so the page never freezes. The check validates every draft it has
 * not validated in this form yet (each write has its own token), reports the broken ones apart,
 * and makes a summary where one is missing or stale (drafts stored by an older version, or written
 * by another program). Every write Dexie announces to the drafts table, in this tab or another
 * (draft-writes.ts), makes it read the list again, as Dexie's liveQuery did.
 */
import type { DraftSummary } from '$lib/domain/draft-summary';
import { newestFirst, readDraftSummary } from '$lib/domain/summary-check';
import type { BrokenDraft } from '$lib/domain/records';
import { checkInWorker, prepareWorker, readsInBulk, releaseWorker } from './draft-check';
import { readEach } from './draft-slices';
import { followDraftWrites } from './draft-writes';
import { withDatabase, type ListingDatabase } from './listing-database';
import { completed, requested } from './raw-read';

export { currentDatabase, type ListingDatabase } from './listing-database';

/** Summaries read per request when the list is read. */
export const SUMMARY_PAGE = 2000;

/** Drafts read and validated per slice: about 10 ms of work, far below a noticeable freeze. */
export const CHECK_SLICE = 100;

/** The shortest time between two publications of the list while its drafts are checked. */
const PUBLISH_GAP = 200;

const nextTask = () => new Promise<void>((done) => setTimeout(done, 0));

/** Once the page has a quiet moment (at most a second away): the list is drawn first. */
const whenIdle = () =>
	new Promise<void>((done) => {
		if (typeof requestIdleCallback === 'function')
			requestIdleCallback(() => done(), { timeout: 1000 });
		else setTimeout(done, 0);
	});

export function watchListing(
	source: ListingDatabase,
	/**
	 * `waiting`: stored drafts in neither list yet, because they have no summary that can be read
	 * (the first visit after an update) and the check has not read them yet.
	 */
	onChange: (drafts: DraftSummary[], broken: BrokenDraft[], waiting: number) => void,
	/** Called each time the check of the full drafts has gone through every draft. */
	onChecked?: () => void,
	/** The database cannot be read this way (absent, at another version): nothing was listed. */
	onUnreadable?: () => void
): () => void {
	/** The write token each draft was last checked at. */
	const checked = new Map<string, string | undefined>();
	const broken = new Map<string, BrokenDraft>();
	/** Summaries made here, for drafts whose stored summary is missing or stale. */
	const made = new Map<string, DraftSummary>();
	let run = 0;

	function publish(ids: readonly string[], stored: Map<string, DraftSummary>): void {
		const drafts: DraftSummary[] = [];
		let waiting = 0;
		for (const id of ids) {
			if (broken.has(id)) continue;
			const summary = made.get(id) ?? stored.get(id);
			if (summary) drafts.push(summary);
			else waiting++;
		}
		drafts.sort(newestFirst);
		// An empty list holds back nothing: the first cards the check makes come at once.
		if (drafts.length > 0) lastPublished = performance.now();
		onChange(
			drafts,
			ids.flatMap((id) => broken.get(id) ?? []),
			waiting
		);
	}

	/**
	 * While the check runs, what it changes is shown at most once per frame: publishing (sorting
	 * and drawing the list) after every slice made the first visit after an update grow with the
	 * square of the number of drafts. It runs in a task of its own after the frame, not in the
	 * frame's callback: there its sorting and drawing made one task with the frame's layout and
	 * paint (62 ms at 5,000 drafts). And at most once per PUBLISH_GAP: on two cores the page's
	 * drawing took the time the worker and the database needed to read the drafts.
	 */
	let cancelQueued: (() => void) | null = null;
	let lastPublished = -Infinity;
	/**
	 * Runs `work` in a task after the next frame, PUBLISH_GAP after the last publication at the
	 * soonest (a timer where there are no frames); its cancel.
	 */
	const afterFrame = (work: () => void): (() => void) => {
		let timer: ReturnType<typeof setTimeout> | undefined;
		if (typeof requestAnimationFrame === 'function') {
			const frame = requestAnimationFrame(
				() =>
					(timer = setTimeout(work, Math.max(0, lastPublished + PUBLISH_GAP - performance.now())))
			);
			return () => {
				cancelAnimationFrame(frame);
				clearTimeout(timer);
			};
		}
		timer = setTimeout(work, 16);
		return () => clearTimeout(timer);
	};
	function publishSoon(ids: readonly string[], stored: Map<string, DraftSummary>): void {
		cancelQueued ??= afterFrame(() => {
			cancelQueued = null;
			publish(ids, stored);
		});
	}
	function publishNow(ids: readonly string[], stored: Map<string, DraftSummary>): void {
		cancelQueued?.();
		cancelQueued = null;
		publish(ids, stored);
	}

	/**
	 * `tokens`: the write token of every stored summary, also of one that does not validate (the
	 * worker replaces a summary only if it is still the one seen here).
	 */
	async function check(
		ids: string[],
		stored: Map<string, DraftSummary>,
		tokens: Map<unknown, unknown>,
		mine: number
	) {
		const stale = ids.filter((id) => {
			const summary = stored.get(id);
			return !summary || !checked.has(id) || checked.get(id) !== summary.writeId;
		});
		/**
		 * Newest first, as the list shows them: the first cards are made first and then stay,
		 * instead of the top of the list changing with every slice. False when superseded.
		 */
		const sortNewestFirst = async (ordered: string[]): Promise<boolean> => {
			if (ordered.length <= CHECK_SLICE) return true;
			const newest = await withDatabase(source, (database) =>
				requested(
					database.transaction('drafts').objectStore('drafts').index('updatedAt').getAllKeys()
				)
			);
			if (mine !== run) return false;
			newest?.reverse();
			const rank = new Map((newest ?? []).map((id, position) => [id as string, position]));
			const last = rank.size;
			ordered.sort((a, b) => (rank.get(a) ?? last) - (rank.get(b) ?? last));
			return true;
		};
		// Reading most drafts, the worker finds the newest itself (draft-slices.ts).
		const bulk = readsInBulk(stale.length, ids.length);
		if (!bulk && !(await sortNewestFirst(stale))) return;
		const rebuilt: DraftSummary[] = [];
		/** Summaries the worker stored itself, with the draft it read them from. */
		const storedByWorker = new Set<string>();
		/** Takes one checked draft in; true when the list changed. */
		const take = (
			id: string,
			writeId: string | undefined,
			outcome: BrokenDraft | (() => DraftSummary)
		): boolean => {
			checked.set(id, writeId);
			if (typeof outcome !== 'function') {
				const changed = !broken.has(id);
				broken.set(id, outcome);
				made.delete(id);
				return changed;
			}
			let changed = broken.delete(id);
			if (stored.get(id)?.writeId !== writeId || writeId === undefined) {
				const summary = outcome();
				made.set(id, summary);
				rebuilt.push(summary);
				changed = true;
			}
			return changed;
		};

		// Off the page's thread where there are workers; what a worker could not check, here.
		const inWorker = new Set<string>();
		if (stale.length > 0) await whenIdle();
		if (mine !== run) return;
		const outcome =
			stale.length === 0
				? 'done'
				: await checkInWorker(
						stale,
						bulk,
						(id) => {
							const token = tokens.get(id);
							return typeof token === 'string' ? token : undefined;
						},
						(results) => {
							let changed = false;
							for (const result of results) {
								inWorker.add(result.id);
								if ('stored' in result && result.stored) storedByWorker.add(result.id);
								const taken =
									'summary' in result
										? take(result.id, result.writeId, () => result.summary)
										: take(result.id, result.writeId, {
												id: result.id,
												raw: result.raw,
												...result.broken
											});
								changed ||= taken;
							}
							if (changed) publishSoon(ids, stored);
						},
						() => mine === run
					);
		if (outcome === 'superseded' || mine !== run) return;
		const left = outcome === 'done' ? [] : stale.filter((id) => !inWorker.has(id));
		if (bulk && !(await sortNewestFirst(left))) return;
		// The validator loads only where the page checks itself (no workers, as in unit tests).
		const [{ DraftReader, isBroken }, { summarizeDraft }] =
			left.length > 0
				? await Promise.all([import('./draft-validator'), import('$lib/domain/draft-summary')])
				: [{}, {}];
		const reader = DraftReader && new DraftReader();
		for (let start = 0; start < left.length; start += CHECK_SLICE) {
			if (start > 0) await nextTask();
			if (mine !== run) return;
			const slice = left.slice(start, start + CHECK_SLICE);
			const raws = await withDatabase(source, (database) => readEach(database, slice));
			if (mine !== run) return;
			// Unreadable now (another tab upgrading): the announcement of that write reads again.
			if (!raws || !reader || !isBroken || !summarizeDraft) return;
			let changed = false;
			raws.forEach((raw, index) => {
				const id = slice[index]!;
				if (raw === undefined) return;
				const read = reader.read(raw);
				const writeId = (raw as { writeId?: string }).writeId;
				const taken = isBroken(read)
					? take(id, writeId, read)
					: take(id, read.writeId, () => summarizeDraft(read.proposal, read.writeId));
				changed ||= taken;
			});
			if (changed) publishSoon(ids, stored);
		}
		if (mine === run && cancelQueued !== null) publishNow(ids, stored);
		const present = new Set(ids);
		const orphans = [...stored.keys()].filter((id) => !present.has(id));
		const keep = rebuilt.filter(
			(summary) => summary.writeId !== undefined && !storedByWorker.has(summary.id)
		);
		if (keep.length === 0 && orphans.length === 0) {
			if (mine === run) onChecked?.();
			return;
		}
		// Stored for the next visit; a draft rewritten meanwhile has a new token and is checked again.
		await withDatabase(source, (database) => {
			const transaction = database.transaction('summaries', 'readwrite');
			const summaries = transaction.objectStore('summaries');
			for (const summary of keep) summaries.put(summary);
			for (const id of orphans) summaries.delete(id);
			return completed(transaction);
		});
		if (mine === run) onChecked?.();
	}

	/** Reads the list again: at the start and after every announced write to the drafts. */
	async function refresh(): Promise<void> {
		const mine = ++run;
		const stored = new Map<string, DraftSummary>();
		const tokens = new Map<unknown, unknown>();
		const ids = await withDatabase(source, async (database) => {
			const transaction = database.transaction(['drafts', 'summaries'], 'readonly');
			const keys = requested(transaction.objectStore('drafts').getAllKeys());
			const summaries = transaction.objectStore('summaries');
			// A page of summaries per request, each taken in as it comes: all 20,000 in one request
			// arrived as one task of 90-180 ms.
			for (let after: IDBValidKey | null = null; ;) {
				const range: IDBKeyRange | null =
					after === null ? null : IDBKeyRange.lowerBound(after, true);
				const page: unknown[] = await requested(summaries.getAll(range, SUMMARY_PAGE));
				for (const raw of page) {
					const { id, writeId } = (raw ?? {}) as { id?: unknown; writeId?: unknown };
					tokens.set(id, writeId);
					// The zod-free check (summary-check.ts): the schema's verdict, several times faster.
					const summary = readDraftSummary(raw);
					if (summary) stored.set(summary.id, summary);
				}
				if (page.length < SUMMARY_PAGE) break;
				after = (page.at(-1) as { id: IDBValidKey }).id;
			}
			return (await keys) as string[];
		});
		if (mine !== run) return;
		if (!ids) return void onUnreadable?.();
		// Every draft is checked on every visit: the worker's code loads while the list is drawn.
		if (ids.length > 0) prepareWorker();
		for (const id of made.keys()) {
			if (stored.get(id)?.writeId === made.get(id)?.writeId) made.delete(id);
		}
		const present = new Set(ids);
		for (const id of broken.keys()) if (!present.has(id)) broken.delete(id);
		publish(ids, stored);
		void check(ids, stored, tokens, mine);
	}

	const stop = followDraftWrites(() => void refresh(), source.name);
	void refresh();
	return () => {
		run++;
		stop();
		releaseWorker();
	};
}
