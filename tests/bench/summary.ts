/**
 * vitest's global setup for `npm run bench`: a file collects every figure that has a goal
 * (report.ts: figure), and the teardown prints them as one table at the end of the run, the goal
 * beside each figure, so a run that stops early still printed what it measured.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUMMARY_FILE_ENV } from './report';

export default function setup() {
	const dir = mkdtempSync(join(tmpdir(), 'baatwijzer-bench-'));
	const file = join(dir, 'summary.jsonl');
	process.env[SUMMARY_FILE_ENV] = file;
	return () => {
		const rows = existsSync(file)
			? readFileSync(file, 'utf8')
					.split('\n')
					.filter(Boolean)
					.map((line) => JSON.parse(line) as Record<'title' | 'name' | 'value' | 'goal', string>)
			: [];
		rmSync(dir, { recursive: true, force: true });
		if (rows.length === 0) return;
		const label = (row: (typeof rows)[number]) => `${row.title}: ${row.name}`;
		const width = Math.max(...rows.map((row) => label(row).length));
		const valueWidth = Math.max(...rows.map((row) => row.value.length));
		console.log(
			`\nSummary (figure, then goal)\n${rows
				.map((row) => `  ${label(row).padEnd(width)}  ${row.value.padEnd(valueWidth)}  ${row.goal}`)
				.join('\n')}\n`
		);
	};
}
