/** Layout of a horizontal bar chart (pure maths; the component only draws). */
import { scaleBand, scaleLinear } from 'd3-scale';

export interface Bar {
	readonly label: string;
	readonly value: number;
	readonly text: string;
}

export interface LaidOutBar extends Bar {
	readonly y: number;
	readonly height: number;
	readonly x: number;
	readonly width: number;
}

export function layoutBars(
	bars: readonly Bar[],
	width: number,
	labelWidth: number,
	rowHeight: number
) {
	const height = Math.max(1, bars.length) * rowHeight;
	const values = bars.map((bar) => bar.value);
	const x = scaleLinear()
		.domain([Math.min(0, ...values), Math.max(0, ...values) || 1])
		.range([labelWidth, width - 8]);
	const y = scaleBand()
		.domain(bars.map((_, index) => String(index)))
		.range([0, height])
		.padding(0.25);
	const laidOut: LaidOutBar[] = bars.map((bar, index) => ({
		...bar,
		y: y(String(index)) ?? 0,
		height: y.bandwidth(),
		x: Math.min(x(0), x(bar.value)),
		width: Math.abs(x(bar.value) - x(0))
	}));
	return { bars: laidOut, height, zeroX: x(0) };
}
