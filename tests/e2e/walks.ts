/** A counted walk's result: printed, kept for `npm run bench` (tests/bench/walks.bench.ts), checked. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect } from '@playwright/test';

export function recordWalk(walk: string, interactions: number, limit: number): void {
	console.log(`${walk}: ${interactions} interactions (limit ${limit})`);
	mkdirSync('test-results/walks', { recursive: true });
	writeFileSync(
		`test-results/walks/${walk.replace(/\W+/g, '-')}.json`,
		JSON.stringify({ walk, interactions, limit })
	);
	expect(interactions).toBeLessThanOrEqual(limit);
}
