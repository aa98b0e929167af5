/**
 * Timing and printing for the benchmarks. Node figures are CPU time (this process's user and
 * system time, best of several runs), so a busy machine slows them far less than wall time would.
 * Every figure is printed as soon as it is measured; a figure with a goal is also kept for the
 * summary table that `npm run bench` prints at the end (summary.ts).
 */
import { appendFileSync } from 'node:fs';

/** Best CPU time of `runs` runs of `work`, in ms. */
export function bestOf(runs: number, work: () => void): number {
	let best = Infinity;
	for (let run = 0; run < runs; run++) {
		const start = process.cpuUsage();
		work();
		const used = process.cpuUsage(start);
		best = Math.min(best, (used.user + used.system) / 1000);
	}
	return best;
}

/** Where the summary lines of this run are collected (set by summary.ts). */
export const SUMMARY_FILE_ENV = 'BAATWIJZER_BENCH_SUMMARY';

/** Prints one figure at once (with its goal, if any) and keeps it for the summary when it has a goal. */
export function figure(title: string, name: string, value: string, goal?: string): void {
	console.log(`${title}: ${name}  ${value}${goal ? `  (goal: ${goal})` : ''}`);
	const file = process.env[SUMMARY_FILE_ENV];
	if (goal && file) appendFileSync(file, `${JSON.stringify({ title, name, value, goal })}\n`);
}

export function report(title: string, figures: Record<string, string>): void {
	const width = Math.max(...Object.keys(figures).map((key) => key.length));
	const lines = Object.entries(figures).map(([key, value]) => `  ${key.padEnd(width)}  ${value}`);
	console.log(`\n${title}\n${lines.join('\n')}\n`);
}
