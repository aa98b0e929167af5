/** Layout of a scatter chart in a 100 x 60 viewBox (pure maths with d3-scale; the component draws). */
import { scaleLinear } from 'd3-scale';

export interface Point {
	readonly label: string;
	readonly x: number;
	readonly y: number;
}

/** top leaves room above the highest tick for the y-axis title, so the two never overprint. */
export const VIEW = { width: 100, height: 62, left: 14, right: 4, top: 9, bottom: 10 } as const;

export function layoutScatter(points: readonly Point[]) {
	const x = scaleLinear()
		.domain([0, Math.max(1, ...points.map((point) => point.x))])
		.nice()
		.range([VIEW.left, VIEW.width - VIEW.right]);
	const y = scaleLinear()
		.domain([
			Math.min(0, ...points.map((point) => point.y)),
			Math.max(1, ...points.map((point) => point.y))
		])
		.nice()
		.range([VIEW.height - VIEW.bottom, VIEW.top]);
	return {
		points: points.map((point, index) => ({
			...point,
			number: index + 1,
			cx: x(point.x),
			cy: y(point.y)
		})),
		xTicks: x.ticks(4).map((value) => ({ value, at: x(value) })),
		yTicks: y.ticks(4).map((value) => ({ value, at: y(value) }))
	};
}
