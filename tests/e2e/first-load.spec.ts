/**
 * Issue 20: with sync off the app loads no sync code. Read from the build the e2e suite runs on:
 * no page's first load (Kit's entry, the layouts, the page and what they import statically)
 * holds the sync runner with PouchDB, the sync's pages and parts, or the hand-in's seal and
 * fingerprint; each comes only through `import()` when it is used. (The outside-requests guard
 * of every test checks the other half: with sync off, no request leaves the browser.)
 */
import { expect, test } from '@playwright/test';
import { firstLoadPerRoute } from '../bench/first-load';

const loadedOnlyWhenUsed = [
	'src/lib/state/sync-runner.ts',
	'src/lib/state/sync-switch.ts',
	'src/lib/components/sync/lazy.ts',
	'src/lib/components/hand-in/HandInSeal.svelte',
	'src/lib/domain/hand-in/hand-in.ts'
];

test('with sync off, no page loads the sync code or the hand-in seal before it is used', () => {
	const build = firstLoadPerRoute('.');
	expect(build.filesPerRoute.size).toBeGreaterThan(15);
	for (const source of loadedOnlyWhenUsed) {
		const file = build.fileOf(source);
		const loadedFirst = [...build.filesPerRoute]
			.filter(([, files]) => files.has(file))
			.map(([route]) => route);
		expect(loadedFirst, `${source} in the first load of`).toEqual([]);
	}
});
