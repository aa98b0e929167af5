/**
 * The drafts overview's first cards, read before storage's code has loaded (Dexie, the validator):
 * a small module the overview page starts at once, beside loading the overview itself.
 */
import type { FirstDrafts } from '$lib/storage/first-summaries';

export type { FirstDrafts };

/** Cards the overview draws at first and adds per "show more". */
export const DRAFTS_PAGE = 50;

/** The newest `count` drafts' summaries and how many drafts there are; null when unknown. */
export async function readFirstDrafts(count: number): Promise<FirstDrafts | null> {
	try {
		const { firstReadSummaries } = await import('$lib/storage/first-summaries');
		return await firstReadSummaries(count);
	} catch {
		return null;
	}
}
