/**
 * Taking a long list down in slices before the page is left (issue 24): at 500 lines, removing a
 * step's lines took Chromium 37-48 ms of its own (the layout of each element undone) and Svelte
 * some 20 ms more, in the one task that also drew the next step. What the user sees stays: items
 * go from below the screen first (nothing on screen moves), then from above it (the browser's
 * scroll anchoring keeps what is on screen in place); the items on screen go with the page.
 */

/** Items `from` up to (not including) `to` of a list are on the page. */
export interface DrawnWindow {
	from: number;
	to: number;
}

/**
 * Where a list stands on screen as the page is left: the first and last of its items found on
 * screen; wholly above or below the middle of the screen; or not known (then nothing goes early).
 */
export type OnScreen = { first: number; last: number } | 'above' | 'below' | 'unknown';

/** Items kept either side of those found on screen: one may show between two probed points. */
export const MARGIN = 2;
/** Items kept at the end of a list that is above the screen's middle (or the start, below it). */
export const EDGE = 8;
/**
 * Fewer items than this to take away early and the page is left at once: at 100 lines a step's
 * removal stayed well under a long task, and each slice costs the user a frame before the next
 * page shows.
 */
export const WORTH_IT = 100;

const clamp = (value: number, drawn: DrawnWindow) =>
	Math.min(drawn.to, Math.max(drawn.from, value));

/** The items that stay until the page is left: those on screen, or near it. */
export function keptWindow(drawn: DrawnWindow, onScreen: OnScreen): DrawnWindow {
	if (onScreen === 'unknown') return { ...drawn };
	if (onScreen === 'above') return { from: clamp(drawn.to - EDGE, drawn), to: drawn.to };
	if (onScreen === 'below') return { from: drawn.from, to: clamp(drawn.from + EDGE, drawn) };
	const from = clamp(Math.min(onScreen.first, onScreen.last) - MARGIN, drawn);
	return {
		from,
		to: Math.max(from, clamp(Math.max(onScreen.first, onScreen.last) + 1 + MARGIN, drawn))
	};
}

/** How many items may go early. */
export const removable = (drawn: DrawnWindow, kept: DrawnWindow): number =>
	Math.max(0, kept.from - drawn.from) + Math.max(0, drawn.to - kept.to);

/**
 * The window after taking at most `size` items away toward `kept`: from the end first, then from
 * the start; null when only the kept items are left.
 */
export function nextCut(drawn: DrawnWindow, kept: DrawnWindow, size: number): DrawnWindow | null {
	const step = Math.max(1, Math.floor(size));
	if (drawn.to > kept.to) return { from: drawn.from, to: Math.max(kept.to, drawn.to - step) };
	if (drawn.from < kept.from) return { from: Math.min(kept.from, drawn.from + step), to: drawn.to };
	return null;
}
