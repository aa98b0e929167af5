/**
 * Dexie announces every write it makes, in any tab: on a BroadcastChannel to the other tabs and as
 * a window event in its own tab, both named `x-storagemutated-1` (dexie.mjs,
 * STORAGE_MUTATED_DOM_EVENT_NAME; tests/unit/draft-watch.test.ts fails when an update renames it).
 * Listening needs no Dexie: a page that only shows drafts follows other tabs' writes without it.
 */
import { DATABASE_NAME } from './schema-versions';

export const DEXIE_MUTATIONS = 'x-storagemutated-1';

/** Whether Dexie's announcement names the drafts table (or everything, after a page restore). */
export function touchesDrafts(parts: unknown, databaseName = DATABASE_NAME): boolean {
	if (typeof parts !== 'object' || parts === null) return false;
	const draftsPart = `idb://${databaseName}/drafts/`;
	return Object.keys(parts).some((part) => part === 'all' || part.startsWith(draftsPart));
}

/**
 * Calls `onTouch` for every write Dexie announces to the drafts table of `databaseName`, in this
 * tab or another, and when the page comes back from the browser's page cache (other tabs may have
 * written meanwhile). Returns the function that stops it.
 */
export function followDraftWrites(onTouch: () => void, databaseName = DATABASE_NAME): () => void {
	const onMessage = (event: MessageEvent) => {
		if (touchesDrafts(event.data, databaseName)) onTouch();
	};
	const onLocal = (event: Event) => {
		if (touchesDrafts((event as CustomEvent).detail, databaseName)) onTouch();
	};
	const onShow = (event: PageTransitionEvent) => {
		if (event.persisted) onTouch();
	};
	const channel =
		typeof BroadcastChannel === 'function' ? new BroadcastChannel(DEXIE_MUTATIONS) : null;
	// In Node (unit tests) an open channel would keep the process alive, as Dexie's own does not.
	(channel as { unref?: () => void } | null)?.unref?.();
	channel?.addEventListener('message', onMessage);
	globalThis.addEventListener?.(DEXIE_MUTATIONS, onLocal);
	globalThis.addEventListener?.('pageshow', onShow);
	return () => {
		channel?.close();
		globalThis.removeEventListener?.(DEXIE_MUTATIONS, onLocal);
		globalThis.removeEventListener?.('pageshow', onShow);
	};
}
