/**
 * A long list drawn in slices (issue 24): the first items at once, the rest a slice per frame, so
 * a 500-line proposal never blocks the page for long. Every list on the page shares one queue: a
 * frame draws one slice of the first list that is not done yet (the top of the page first), sized
 * so that drawing and painting it takes about `BUDGET_MS`. Printing draws what is left at once.
 * Leaving the page for another of the app's pages, a long list is taken down the same way, a slice
 * per frame, before the app goes on (`take-down.ts`).
 * Call during a component's setup; in the template, draw the items from `from` to `count` and mark
 * each item's outer element:
 * `{#each lines.slice(drawn.from, drawn.count) as line, shown (line.id)}`
 * `{@const index = drawn.from + shown}<li data-slice-item={drawn.item(index)}>`.
 */
import { flushSync } from 'svelte';
import { beforeNavigate, goto } from '$app/navigation';
import type { BeforeNavigate } from '@sveltejs/kit';
import { afterNextPaint } from '$lib/state/after-paint';
import {
	keptWindow,
	nextCut,
	removable,
	WORTH_IT,
	type DrawnWindow,
	type OnScreen
} from './take-down';

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

export interface DrawnSlices {
	/** The first item drawn: 0, until the page is being left. */
	readonly from: number;
	/** How many items are drawn from the start (those before `from` excepted). */
	readonly count: number;
	readonly done: boolean;
	/** The mark of the item at `index`, for its outer element's `data-slice-item`. */
	item(index: number): string;
}

export function drawInSlices(length: () => number, first = FIRST_SLICE): DrawnSlices {
	let count = $state(first);
	let from = $state(0);
	const id = ++lastListId;
	const drawer: Drawer = {
		size: Math.max(1, Math.round(first / 2)),
		grow(size) {
			const total = length();
			if (count >= total || leaving) return false;
			count = Math.min(total, count + size);
			return true;
		}
	};
	const list: ShownList = {
		id,
		window: () => ({ from, to: Math.min(count, length()) }),
		set(window) {
			from = window.from;
			count = window.to;
		},
		restore() {
			from = 0;
			if (count < length() && !queue.includes(drawer)) queue.push(drawer);
			void drawQueue();
		}
	};
	$effect(() => {
		lists.add(list);
		return () => void lists.delete(list);
	});
	beforeNavigate(leave);

	$effect(() => {
		// Joins the queue whenever items are left to draw (also after lines are added).
		if (count >= length() || leaving) return;
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
		get from() {
			return from;
		},
		get count() {
			return count;
		},
		get done() {
			return count >= length();
		},
		item: (index) => `${id}:${index}`
	};
}

interface ShownList {
	id: number;
	window(): DrawnWindow;
	set(window: DrawnWindow): void;
	/** Draws the items before `from` again (the page was not left after all). */
	restore(): void;
}

let lastListId = 0;
/** The lists on the page now. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read as the page is left, never drawn
const lists = new Set<ShownList>();
/** The page being gone to while lists are taken down; null otherwise. */
let leaving: Leaving | null = null;
interface Leaving {
	url: URL;
	/** Another navigation went on meanwhile. */
	overtaken: boolean;
	/** ...and it stays on this page, so the lists are drawn again. */
	stays: boolean;
}
const handled = new WeakSet<BeforeNavigate>();
/** The navigation held back, now going on: it is let through as it is. */
let resumed: string | null = null;

/**
 * Before the app goes to another of its pages (a link or "Volgende"), with long lists on this one:
 * stops that navigation, takes the lists down a slice per frame, then goes there. A navigation
 * while that runs goes on at once; the back button and leaving the app are never held up.
 */
function leave(navigation: BeforeNavigate): void {
	if (handled.has(navigation)) return;
	handled.add(navigation);
	const to = navigation.to;
	if (resumed !== null && to?.url.href === resumed) return void (resumed = null);
	if (leaving) {
		// "Volgende" pressed again, or another link: it goes on now, and the one held back does not.
		leaving.overtaken = true;
		leaving.stays = !to?.route.id || to.route.id === navigation.from?.route.id;
		return;
	}
	if (navigation.type !== 'link' && navigation.type !== 'goto') return;
	if (!to?.route.id || to.route.id === navigation.from?.route.id || navigation.willUnload) return;
	// Where the lists stand on screen is read after the next paint, when the layout is fresh: read
	// here, after the step's check had changed the page, it laid out all 500 lines (12-13 ms).
	const drawn = [...lists].reduce((sum, list) => sum + list.window().to - list.window().from, 0);
	if (drawn < WORTH_IT) return;
	navigation.cancel();
	const current: Leaving = (leaving = { url: to.url, overtaken: false, stays: false });
	const shown = [...lists];
	const restore = () => shown.forEach((list) => lists.has(list) && list.restore());
	void takeDown(current).then(async (done) => {
		leaving = null;
		if (!done) return void (current.stays && restore());
		resumed = current.url.href;
		try {
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- the app's own, resolved
			await goto(current.url);
		} finally {
			resumed = null;
		}
		// Still here (the page was not left): draw the lists again.
		if (current.url.href !== location.href) restore();
	});
}

/**
 * Removes what may go early, a slice per frame (in a task of its own, after a paint), each sized so
 * that removing it takes about `BUDGET_MS`; false when another navigation overtook it. Counting the
 * frame after a slice as well (the browser's layout) gave slices too large: tasks of 50-72 ms.
 * With fewer than `WORTH_IT` items to remove early it goes on after that one frame.
 */
async function takeDown(current: { overtaken: boolean }): Promise<boolean> {
	queue.length = 0;
	await afterNextPaint();
	if (current.overtaken) return false;
	const plans = [...lists].map((list) => {
		const drawn = list.window();
		return { list, kept: keptWindow(drawn, onScreen(list.id, drawn)) };
	});
	const early = plans.reduce((sum, plan) => sum + removable(plan.list.window(), plan.kept), 0);
	if (early < WORTH_IT) return true;
	let size = FIRST_CUT;
	for (const { list, kept } of plans) {
		for (;;) {
			if (current.overtaken) return false;
			// A list the page took away meanwhile has nothing left to take down.
			const cut = lists.has(list) ? nextCut(list.window(), kept, size) : null;
			if (!cut) break;
			const started = performance.now();
			list.set(cut);
			flushSync();
			const spent = Math.max(1, performance.now() - started);
			size = Math.max(1, Math.min(2 * size, Math.round((size * BUDGET_MS) / spent)));
			await afterNextPaint();
		}
	}
	return !current.overtaken;
}

/** Items removed in the first slice: at 500 lines, step 4's took 0.1-0.5 ms each. */
const FIRST_CUT = 50;

/**
 * Where list `id` stands on screen: the items at three points down the screen (at the items' left
 * edge), else whether it is above or below the middle. Read once, as the page is left; the layout
 * is fresh then.
 */
function onScreen(id: number, drawn: DrawnWindow): OnScreen {
	if (drawn.to <= drawn.from) return 'unknown';
	const element = (index: number) =>
		document.querySelector(`[data-slice-item="${id}:${index}"]`)?.getBoundingClientRect();
	const start = element(drawn.from);
	const end = element(drawn.to - 1);
	if (!start || !end) return 'unknown';
	const x = start.left + Math.min(8, start.width / 2);
	const found = [40, innerHeight / 2, innerHeight - 8].flatMap((y) => {
		const mark = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-slice-item]')
			?.dataset.sliceItem;
		const [list, index] = mark?.split(':') ?? [];
		return list === String(id) ? [Number(index)] : [];
	});
	if (found.length > 0) return { first: Math.min(...found), last: Math.max(...found) };
	if (start.top >= innerHeight / 2) return 'below';
	if (end.bottom <= innerHeight / 2) return 'above';
	return 'unknown';
}
