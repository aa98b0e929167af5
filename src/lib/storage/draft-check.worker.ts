/**
 * The overview's check of the full drafts, off the page's thread: reading a stored draft back
 * from IndexedDB (its deserialization), validating it and summing it up cost about a millisecond
 * each, which at 5,000 drafts froze the page in tasks of 70-150 ms for seconds on every visit.
 * Here the second core does it. The page sends the ids to check; the worker answers slice by slice
 * with a summary for each valid draft and the reason for each broken one (with its record, which
 * the page offers for download). It opens the database at the app's version only and never
 * writes; the page stores the summaries (draft-listing.ts).
 */
import { summarizeDraft } from '$lib/domain/draft-summary';
import type { CheckRequest, CheckResult, CheckAnswer } from './draft-check';
import { DraftReader, isBroken } from './draft-reader';
import { openCurrent } from './raw-read';

/** Drafts read per transaction and answered per message. */
const SLICE = 100;

function readSlice(database: IDBDatabase, ids: readonly string[]): Promise<unknown[]> {
	const store = database.transaction('drafts', 'readonly').objectStore('drafts');
	return Promise.all(
		ids.map(
			(id) =>
				new Promise<unknown>((done, fail) => {
					const request = store.get(id);
					request.onsuccess = () => done(request.result);
					request.onerror = () => fail(request.error);
				})
		)
	);
}

const reader = new DraftReader();

function check(id: string, raw: unknown): CheckResult | null {
	if (raw === undefined) return null;
	const writeId = (raw as { writeId?: unknown } | null)?.writeId;
	const token = typeof writeId === 'string' ? writeId : undefined;
	const read = reader.read(raw);
	if (isBroken(read))
		return { id, writeId: token, broken: { reason: read.reason, issues: read.issues }, raw };
	return { id, writeId: token, summary: summarizeDraft(read.proposal, read.writeId) };
}

const post = (answer: CheckAnswer) => postMessage(answer);

onmessage = async (event: MessageEvent<CheckRequest>) => {
	const { ids } = event.data;
	const database = await openCurrent().catch(() => null);
	if (!database) return post({ kind: 'unavailable' });
	try {
		for (let start = 0; start < ids.length; start += SLICE) {
			const slice = ids.slice(start, start + SLICE);
			const raws = await readSlice(database, slice);
			const results: CheckResult[] = [];
			raws.forEach((raw, index) => {
				const result = check(slice[index]!, raw);
				if (result) results.push(result);
			});
			post({ kind: 'slice', results });
		}
		post({ kind: 'done' });
	} catch {
		post({ kind: 'unavailable' });
	} finally {
		database.close();
	}
};
