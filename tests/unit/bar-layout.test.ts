import { describe, expect, it } from 'vitest';
import { layoutBars } from '$lib/components/charts/bar-layout';

describe('bar chart layout', () => {
	it('scales the largest bar to the full width from zero', () => {
		const { bars, zero } = layoutBars([
			{ label: 'a', value: 200, text: '' },
			{ label: 'b', value: 50, text: '' }
		]);
		expect(zero).toBe(0);
		expect(bars.map((bar) => [bar.x, bar.width])).toEqual([
			[0, 100],
			[0, 25]
		]);
	});

	it('draws a negative share left of the zero line', () => {
		const { bars, zero } = layoutBars([
			{ label: 'gain', value: 300, text: '' },
			{ label: 'loss', value: -100, text: '' }
		]);
		expect(zero).toBe(25);
		expect(bars.map((bar) => [bar.x, bar.width])).toEqual([
			[25, 75],
			[0, 25]
		]);
	});

	it('copes with nothing saved yet', () => {
		expect(layoutBars([{ label: 'a', value: 0, text: '' }]).bars[0]).toMatchObject({
			x: 0,
			width: 0
		});
	});
});
