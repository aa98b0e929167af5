/** Layout of a horizontal bar chart in percent of the bar area (pure maths; the component draws). */
import { scaleLinear } from 'd3-scale';

export interface Bar {
	readonly label: string;
	readonly value: number;
	readonly text: string;
}

export interface LaidOutBar extends Bar {
	/** Left edge and width in percent of the track; negative bars extend left of zero. */
	readonly x: number;
	readonly width: number;
}

export function layoutBars(bars: readonly Bar[]): { bars: LaidOutBar[]; zero: number } {
	const values = bars.map((bar) => bar.value);
	const x = scaleLinear()
		.domain([Math.min(0, ...values), Math.max(0, ...values) || 1])
		.range([0, 100]);
	return {
		zero: x(0),
		bars: bars.map((bar) => ({
			...bar,
			x: Math.min(x(0), x(bar.value)),
			width: Math.abs(x(bar.value) - x(0))
		}))
	};
}
