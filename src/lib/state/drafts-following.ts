/**
 * Following the stored drafts for the overview (drafts-overview.svelte.ts): the newest page of
 * summaries first (first-drafts.ts), then every draft from the live listing, read straight from
 * IndexedDB (draft-listing.ts) or, when the database cannot be read that way (an upgrade, no
 * IndexedDB), by storage itself. A first visit makes the database without Dexie
 * (create-database.ts) and then reads it like any other.
 */
import type { DraftSummary } from '$lib/domain/draft-summary';
import type { AppStorage } from '$lib/storage';
import { watchListing, type ListingDatabase } from '$lib/storage/draft-listing';
import type { BrokenDraft } from '$lib/storage/drafts-repository';
import type { EarlyDrafts } from './first-drafts';

/** What the overview is told as the drafts are read. */
export interface DraftsFollower {
	/** The newest page, before the live listing has published. */
	first(newest: DraftSummary[]): void;
	/** How many drafts there are in all, while only the newest page is listed (null: unknown). */
	counted(total: number | null): void;
	/**
	 * Every draft, listed (again at every change); `waiting`: stored drafts not in either list yet,
	 * still to be read (the first visit after an update).
	 */
	listed(drafts: DraftSummary[], broken: BrokenDraft[], waiting: number): void;
	/** Every stored draft has been read and validated in full. */
	checked(): void;
	/** Storage's drafts, for listing when the database cannot be read without it. */
	storage(): Promise<AppStorage['drafts']>;
	/** True when leaving the page now would lose drafts (kept in this tab only). */
	wouldLoseDrafts(): boolean;
}

/** Starts following the stored drafts; returns the function that stops it. */
export function followDrafts(
	early: Promise<EarlyDrafts | null> | undefined,
	listing: ListingDatabase | undefined,
	to: DraftsFollower
): () => void {
	let following = true;
	let live = false;
	let stop = () => {};
	// The first cards, until the live listing has published once.
	void early?.then((first) => {
		if (!following || live || !first) return;
		to.first(first.newest);
		void first.total.then((total) => {
			if (following && !live) to.counted(total);
		});
	});
	const listed = (drafts: DraftSummary[], broken: BrokenDraft[], waiting = 0) => {
		live = true;
		to.listed(drafts, broken, waiting);
	};
	const settled = () => to.checked();
	// Storage lists when the database cannot be read without it (it upgrades it, or keeps the
	// drafts in memory when the browser stores nothing).
	const listByStorage = () =>
		void to.storage().then((store) => {
			if (following) stop = store.watchAll(listed, settled);
		});
	// The live listing starts once the first read is in: both read the same store, and the
	// first cards should not wait behind reading every summary.
	void (early?.catch(() => null) ?? Promise.resolve()).then(() => {
		if (!following) return;
		if (!listing) return listByStorage();
		const watch = (mayCreate: boolean) => {
			stop = watchListing(listing, listed, settled, () => {
				stop();
				// A first visit: the database is made without Dexie, then read as any other.
				if (!mayCreate) return listByStorage();
				void import('$lib/storage/create-database')
					.then(({ createDatabaseIfAbsent }) => createDatabaseIfAbsent())
					.catch(() => false)
					.then((created) => {
						if (!following) return;
						if (created) watch(false);
						else listByStorage();
					});
			});
		};
		watch(true);
	});
	// Without storage, drafts live in this tab only: say so before it is left.
	const warn = (event: BeforeUnloadEvent) => {
		if (!to.wouldLoseDrafts()) return;
		event.preventDefault();
		event.returnValue = '';
	};
	window.addEventListener('beforeunload', warn);
	return () => {
		following = false;
		stop();
		window.removeEventListener('beforeunload', warn);
	};
}
