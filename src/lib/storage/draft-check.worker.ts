/**
 * The overview's check of the full drafts, off the page's thread: reading a stored draft back
 * from IndexedDB (its deserialization), validating it and summing it up cost about a millisecond
 * each, which at 5,000 drafts froze the page in tasks of 70-150 ms for seconds on every visit.
 * Here the second core does it. The page sends the ids to check; the worker reads them as
 * draft-slices.ts says and answers slice by slice with a summary for each valid draft and the
 * reason for each broken one (with its record, which the page offers for download). It opens the
 * database at the app's version only. A summary that is missing or stale it stores itself, unless
 * a save came in between (storing 5,000 summaries from the page blocked it for 176 ms).
 */
import { summarizeDraft, type DraftSummary } from '$lib/domain/draft-summary';
import type { CheckRequest, CheckResult, CheckAnswer } from './draft-check';
import { DraftReader, isBroken } from './draft-validator';
import { draftSlices } from './draft-slices';
import { completed, openCurrent } from './raw-read';

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

/**
 * Stores the summaries made from the drafts just read, each only if its stored summary is still the
 * one seen with the draft: a save in between (which stores draft and summary together) wins. The
 * stored summaries' tokens are read one request per summary, or, when most drafts were read
 * (`bulk`), all in one request (5,000 requests kept the database busy for 0.4 s).
 */
function storeSummaries(
	database: IDBDatabase,
	made: readonly { summary: DraftSummary; seen: unknown }[],
	bulk: boolean
): Promise<void> {
	const transaction = database.transaction('summaries', 'readwrite', { durability: 'relaxed' });
	const summaries = transaction.objectStore('summaries');
	const tokenOf = (stored: unknown) => (stored as { writeId?: unknown } | undefined)?.writeId;
	if (bulk) {
		const all = summaries.getAll();
		all.onsuccess = () => {
			const tokens = new Map<unknown, unknown>();
			for (const stored of all.result)
				tokens.set((stored as { id?: unknown })?.id, tokenOf(stored));
			for (const { summary, seen } of made)
				if (tokens.get(summary.id) === seen) summaries.put(summary);
		};
	} else
		for (const { summary, seen } of made) {
			const current = summaries.get(summary.id);
			current.onsuccess = () => {
				if (tokenOf(current.result) === seen) summaries.put(summary);
			};
		}
	return completed(transaction);
}

onmessage = async (event: MessageEvent<CheckRequest>) => {
	const { ids, seen, bulk } = event.data;
	const database = await openCurrent().catch(() => null);
	if (!database) return post({ kind: 'unavailable' });
	try {
		const made: { summary: DraftSummary; seen: unknown }[] = [];
		const seenOf = new Map(ids.map((id, at) => [id, seen[at]]));
		for await (const slice of draftSlices(database, ids, bulk === true)) {
			const results: CheckResult[] = [];
			slice.raws.forEach((raw, index) => {
				const id = slice.ids[index]!;
				const result = check(id, raw);
				if (!result) return;
				// Kept only for a draft with a write token: an older version's draft gets one with its
				// next save, and its summary then.
				const summarized = seenOf.get(id);
				if ('summary' in result && result.writeId && summarized !== result.writeId) {
					made.push({ summary: result.summary, seen: summarized });
					results.push({ ...result, stored: true });
				} else results.push(result);
			});
			post({ kind: 'slice', results });
		}
		// In one transaction at the end: a write between two reads made every read wait for it.
		if (made.length > 0) await storeSummaries(database, made, bulk === true);
		post({ kind: 'done' });
	} catch {
		post({ kind: 'unavailable' });
	} finally {
		database.close();
	}
};
