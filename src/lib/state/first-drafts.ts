/**
 * The drafts overview's first cards, read before storage's code has loaded (Dexie, the validator):
 * a small module the overview page starts at once, beside loading the overview itself.
 */
import type { EarlyDrafts } from '$lib/storage/first-summaries';

export type { EarlyDrafts };

/** Cards the overview draws at first and adds per "show more". */
export const DRAFTS_PAGE = 50;

/**
 * The newest `count` drafts' summaries, and how many drafts there are once counted; null when
 * unknown.
 */
export async function readFirstDrafts(count: number): Promise<EarlyDrafts | null> {
	try {
		const { firstReadNewest } = await import('$lib/storage/first-summaries');
		return await firstReadNewest(count);
	} catch {
		return null;
	}
}
