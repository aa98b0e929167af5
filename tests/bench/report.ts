/** Timing helpers for the benchmarks: best of several runs, printed as plain figures. */
export function bestOf(runs: number, work: () => void): number {
	let best = Infinity;
	for (let run = 0; run < runs; run++) {
		const start = performance.now();
		work();
		best = Math.min(best, performance.now() - start);
	}
	return best;
}

export function report(title: string, figures: Record<string, string>): void {
	const width = Math.max(...Object.keys(figures).map((key) => key.length));
	const lines = Object.entries(figures).map(([key, value]) => `  ${key.padEnd(width)}  ${value}`);
	console.log(`\n${title}\n${lines.join('\n')}\n`);
}
