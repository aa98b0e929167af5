/**
 * Interactions per persona walk (issue 19): a click, a key press or a field typed into. The e2e
 * walks (tests/e2e/templates.spec.ts, tests/e2e/personas.spec.ts) count them as they go and keep
 * the counts in test-results/walks/; this prints them beside the other figures, with their limits.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { it } from 'vitest';
import { report } from './report';

const folder = 'test-results/walks';

it('prints the interactions of each persona walk from the last e2e run', () => {
	const files = existsSync(folder)
		? readdirSync(folder).filter((name) => name.endsWith('.json'))
		: [];
	if (files.length === 0) {
		console.log(`\nInteractions per walk: none recorded yet; run npm test first (${folder}/).\n`);
		return;
	}
	const figures: Record<string, string> = {};
	for (const name of files.sort()) {
		const { walk, interactions, limit } = JSON.parse(readFileSync(`${folder}/${name}`, 'utf8'));
		const when = statSync(`${folder}/${name}`).mtime.toISOString().slice(0, 16).replace('T', ' ');
		figures[walk] = `${interactions} (limit ${limit}; measured ${when} UTC)`;
	}
	report('Interactions per persona walk (e2e, last run)', figures);
});
