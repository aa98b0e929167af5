/**
 * A long list drawn in slices (issue 24): the first items at once, the rest a slice per frame, so
 * a 500-line proposal never blocks the page for long. Every list on the page shares one queue: a
 * frame draws one slice of the first list that is not done yet (the top of the page first), sized
 * so that drawing and painting it takes about `BUDGET_MS`. Printing draws what is left at once.
 * Call during a component's setup; read `count` in the template:
 * `{#each lines.slice(0, drawn.count) as line (line.id)}`.
 */
import { flushSync } from 'svelte';
import { afterNextPaint } from '$lib/state/after-paint';

/** Items drawn at once: more than a first screen of any of these lists. */
export const FIRST_SLICE = 8;
/**
 * What one slice may take, in ms, from drawing it until it is painted (the script, the browser's
 * layout and paint, and the wait for the frame): well under a long task (50 ms), with room for
 * what the browser does between frames (a garbage collection took 20-45 ms in traces at 500
 * lines). At 35 ms, with slices allowed to double, a slice now and then took 60-85 ms.
 */
const BUDGET_MS = 20;
/** How much a slice may grow over the one before: slowly, as the cost of a slice jumps. */
const GROWTH = 1.5;

interface Drawer {
	/** Draws `size` more items; false when there was nothing left to draw. */
	grow(size: number): boolean;
	size: number;
}

const queue: Drawer[] = [];
let running = false;

async function drawQueue(): Promise<void> {
	if (running) return;
	running = true;
	try {
		await afterNextPaint();
		while (queue.length > 0) {
			const drawer = queue[0];
			if (!drawer) break;
			const started = performance.now();
			if (!drawer.grow(drawer.size)) {
				queue.shift();
				continue;
			}
			flushSync();
			// Until what was drawn is laid out and painted: at 500 lines laying out a slice cost the
			// browser twice the script's time, so the slice is sized by both.
			await afterNextPaint();
			const spent = Math.max(1, performance.now() - started);
			drawer.size = Math.max(
				1,
				Math.min(Math.ceil(GROWTH * drawer.size), Math.round((drawer.size * BUDGET_MS) / spent))
			);
		}
	} finally {
		running = false;
	}
}

export function drawInSlices(
	length: () => number,
	first = FIRST_SLICE
): { readonly count: number; readonly done: boolean } {
	let count = $state(first);
	const drawer: Drawer = {
		size: Math.max(1, Math.round(first / 2)),
		grow(size) {
			const total = length();
			if (count >= total) return false;
			count = Math.min(total, count + size);
			return true;
		}
	};

	$effect(() => {
		// Joins the queue whenever items are left to draw (also after lines are added).
		if (count >= length()) return;
		if (!queue.includes(drawer)) queue.push(drawer);
		void drawQueue();
	});
	$effect(() => () => {
		const at = queue.indexOf(drawer);
		if (at >= 0) queue.splice(at, 1);
	});

	$effect(() => {
		const drawAll = () => {
			count = Math.max(count, length());
			flushSync();
		};
		window.addEventListener('beforeprint', drawAll);
		return () => window.removeEventListener('beforeprint', drawAll);
	});

	return {
		get count() {
			return count;
		},
		get done() {
			return count >= length();
		}
	};
}
