/**
 * The arena's parts that need the draft (the answers, the totals per party, the board of five
 * fields) are not in the arena pages' first load: each is fetched once, after the first paint,
 * beside the draft itself, so the headings and questions are drawn first.
 */
import { afterNextPaint } from '$lib/state/after-paint';

function once<T>(load: () => Promise<T>): () => Promise<T> {
	let loading: Promise<T> | undefined;
	return () => (loading ??= afterNextPaint().then(load));
}

export const arenaAnswers = once(() => import('./ArenaAnswers.svelte'));
export const arenaTotals = once(() => import('./ArenaTotals.svelte'));
export const arenaBoard = once(() => import('./ArenaBoard.svelte'));
