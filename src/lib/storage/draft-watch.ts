/**
 * Follows one stored draft without Dexie, so a draft's page that only shows or has not yet changed
 * its draft never loads Dexie (the largest part of storage: issue 23, every page light).
 *
 * Dexie announces every write it makes, in any tab: on a BroadcastChannel to the other tabs and as a
 * window event in its own tab, both named `x-storagemutated-1` (dexie.mjs,
 * STORAGE_MUTATED_DOM_EVENT_NAME; tests/unit/draft-watch.test.ts fails when an update renames it).
 * Each announcement that touches the drafts table makes this read the draft again straight from
 * IndexedDB (first-read.ts), which is what Dexie's liveQuery did. A read that cannot tell (null:
 * the database is being upgraded by a newer tab) is not passed on; the next save reports that.
 */
import type { BrokenDraft } from '$lib/domain/records';
import type { StoredDraft } from './db';
import { firstReadDraft } from './first-read';
import { DATABASE_NAME } from './schema-versions';

export const DEXIE_MUTATIONS = 'x-storagemutated-1';
const draftsPart = `idb://${DATABASE_NAME}/drafts/`;

/** Whether Dexie's announcement names the drafts table (or everything, after a page restore). */
export function touchesDrafts(parts: unknown): boolean {
	if (typeof parts !== 'object' || parts === null) return false;
	return Object.keys(parts).some((part) => part === 'all' || part.startsWith(draftsPart));
}

export function watchStoredDraft(
	id: string,
	onChange: (stored: StoredDraft | BrokenDraft | undefined) => void
): () => void {
	let stopped = false;
	let reading = false;
	let again = false;
	// One read at a time; announcements during a read make one more read after it.
	const reread = async () => {
		if (reading) {
			again = true;
			return;
		}
		reading = true;
		try {
			do {
				again = false;
				const read = await firstReadDraft(id);
				if (!stopped && read !== null) onChange(read);
			} while (again && !stopped);
		} finally {
			reading = false;
		}
	};
	const onMessage = (event: MessageEvent) => {
		if (touchesDrafts(event.data)) void reread();
	};
	const onLocal = (event: Event) => {
		if (touchesDrafts((event as CustomEvent).detail)) void reread();
	};
	// Back from the browser's page cache: other tabs may have written meanwhile.
	const onShow = (event: PageTransitionEvent) => {
		if (event.persisted) void reread();
	};
	const channel =
		typeof BroadcastChannel === 'function' ? new BroadcastChannel(DEXIE_MUTATIONS) : null;
	channel?.addEventListener('message', onMessage);
	globalThis.addEventListener?.(DEXIE_MUTATIONS, onLocal);
	globalThis.addEventListener?.('pageshow', onShow);
	return () => {
		stopped = true;
		channel?.close();
		globalThis.removeEventListener?.(DEXIE_MUTATIONS, onLocal);
		globalThis.removeEventListener?.('pageshow', onShow);
	};
}
