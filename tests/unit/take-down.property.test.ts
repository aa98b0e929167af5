// Issue 24: a long list is taken down a slice per frame before the page is left. What is on
// screen (and a margin around it) stays until the page goes; the rest goes from below the screen
// first, then from above it, never more than a slice at a time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	EDGE,
	keptWindow,
	MARGIN,
	nextCut,
	removable,
	type DrawnWindow,
	type OnScreen
} from '$lib/components/ui/take-down';

const drawnWindow = fc
	.tuple(fc.nat(600), fc.nat(600))
	.map(([a, b]): DrawnWindow => ({ from: Math.min(a, b), to: Math.max(a, b) }));

const onScreen = (drawn: DrawnWindow): fc.Arbitrary<OnScreen> =>
	fc.oneof(
		fc.constantFrom<OnScreen>('above', 'below', 'unknown'),
		drawn.to > drawn.from
			? fc
					.tuple(
						fc.integer({ min: drawn.from, max: drawn.to - 1 }),
						fc.integer({ min: drawn.from, max: drawn.to - 1 })
					)
					.map(([a, b]) => ({ first: Math.min(a, b), last: Math.max(a, b) }))
			: fc.constant<OnScreen>('unknown')
	);

const listOnScreen = drawnWindow.chain((drawn) =>
	fc.record({
		drawn: fc.constant(drawn),
		seen: onScreen(drawn),
		size: fc.integer({ min: 1, max: 300 })
	})
);

/** Every window from `drawn` on, cut by cut, until nothing more may go. */
function cuts(drawn: DrawnWindow, kept: DrawnWindow, size: number): DrawnWindow[] {
	const windows = [drawn];
	for (let cut = nextCut(drawn, kept, size); cut; cut = nextCut(cut, kept, size)) windows.push(cut);
	return windows;
}

describe('taking a list down before the page is left', () => {
	it('keeps the items on screen and a margin either side', () => {
		fc.assert(
			fc.property(listOnScreen, ({ drawn, seen }) => {
				const kept = keptWindow(drawn, seen);
				expect(kept.from).toBeGreaterThanOrEqual(drawn.from);
				expect(kept.to).toBeLessThanOrEqual(drawn.to);
				if (typeof seen === 'object') {
					expect(kept.from).toBe(Math.max(drawn.from, seen.first - MARGIN));
					expect(kept.to).toBe(Math.min(drawn.to, seen.last + 1 + MARGIN));
				}
				if (seen === 'unknown') expect(kept).toEqual(drawn);
				if (seen === 'above')
					expect(kept.to - kept.from).toBe(Math.min(EDGE, drawn.to - drawn.from));
				if (seen === 'below')
					expect(kept).toEqual({ from: drawn.from, to: Math.min(drawn.to, drawn.from + EDGE) });
			})
		);
	});

	it('ends with exactly the kept items, a slice at a time, below the screen first', () => {
		fc.assert(
			fc.property(listOnScreen, ({ drawn, seen, size }) => {
				const kept = keptWindow(drawn, seen);
				const windows = cuts(drawn, kept, size);
				expect(windows.at(-1)).toEqual(kept);
				expect(windows.length - 1).toBe(
					Math.ceil(Math.max(0, drawn.to - kept.to) / size) +
						Math.ceil(Math.max(0, kept.from - drawn.from) / size)
				);
				let fromStart = false;
				for (const [before, after] of windows.slice(1).map((w, i) => [windows[i]!, w] as const)) {
					const gone = after.from - before.from + (before.to - after.to);
					expect(gone).toBeGreaterThan(0);
					expect(gone).toBeLessThanOrEqual(size);
					// Never a kept item.
					expect(after.from).toBeLessThanOrEqual(kept.from);
					expect(after.to).toBeGreaterThanOrEqual(kept.to);
					if (after.from > before.from) fromStart = true;
					// Once items go from the start, none go from the end any more.
					if (fromStart) expect(after.to).toBe(before.to);
				}
				expect(removable(drawn, kept)).toBe(drawn.to - drawn.from - (kept.to - kept.from));
			})
		);
	});

	it('takes nothing when what is on screen is not known', () => {
		expect(
			nextCut({ from: 0, to: 500 }, keptWindow({ from: 0, to: 500 }, 'unknown'), 50)
		).toBeNull();
	});
});
