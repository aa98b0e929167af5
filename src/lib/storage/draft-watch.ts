/**
 * Follows one stored draft without Dexie, so a draft's page that only shows or has not yet changed
 * its draft never loads Dexie (the largest part of storage: issue 23, every page light).
 *
 * Each write Dexie announces to the drafts table (draft-writes.ts), in this tab or another, makes
 * this read the draft again straight from IndexedDB (first-read.ts), which is what Dexie's liveQuery did. A read that cannot tell (null:
 * the database is being upgraded by a newer tab) is not passed on; the next save reports that.
 */
import type { BrokenDraft } from '$lib/domain/records';
import type { StoredDraft } from './db';
import { firstReadDraft } from './first-read';
import { followDraftWrites } from './draft-writes';

export { DEXIE_MUTATIONS, touchesDrafts } from './draft-writes';

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
	const stop = followDraftWrites(() => void reread());
	return () => {
		stopped = true;
		stop();
	};
}
