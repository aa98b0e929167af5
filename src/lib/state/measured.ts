/**
 * Runs `work` between two User Timing marks, so that a benchmark (or the browser's performance
 * panel) can read how long it took under `name`. Costs nothing measurable; sends nothing anywhere.
 */
export function measured<T>(name: string, work: () => T): T {
	const start = performance.now();
	try {
		return work();
	} finally {
		performance.measure(name, { start, end: performance.now() });
	}
}
