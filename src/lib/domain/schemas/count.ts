/**
 * N of a line, without the schema: what the calculation and the views need, so that they do not
 * load the validator (zod) before a page first renders.
 */
import type { Count } from './effect-line';

/** Largest number of people (or cases) on one line. */
export const MAX_COUNT = 10_000_000;

/**
 * N in hundredths of a person, so that "40 people x 25 %" stays exact (at most 10^9). A count not
 * given yet is 0: no line counts before the user has said for how many people.
 */
export function countHundredths(count: Count | null): number {
	if (count === null) return 0;
	return count.kind === 'direct' ? count.persons * 100 : count.groupSize * count.sharePercent;
}
