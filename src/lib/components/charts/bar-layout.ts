/**
 * Layout of a horizontal bar chart in percent of the bar area (pure maths; the component draws).
 * One linear map from [min(0, values), max(0, values)] to [0, 100]: written out rather than taken
 * from d3-scale, whose interpolators (d3-color, d3-format) cost every result page about 9 KiB.
 */

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
	const low = Math.min(0, ...values);
	const high = Math.max(0, ...values) || 1;
	const x = (value: number) => ((value - low) / (high - low)) * 100;
	return {
		zero: x(0),
		bars: bars.map((bar) => ({
			...bar,
			x: Math.min(x(0), x(bar.value)),
			width: Math.abs(x(bar.value) - x(0))
		}))
	};
}
