/**
 * Issue 9, point 9 and issue 23, point 1: light pages. Prints, per route, the first-load
 * JavaScript (gzip), its ratio to an empty SvelteKit app built in the same run (targets: at most
 * 100 KB and 2.5x), the JavaScript a page fetches in Chromium until the network is idle (lazy
 * parts included; on a first visit, and for every page again with drafts stored; goal 100 KiB),
 * and Lighthouse's mobile performance and accessibility scores (goals: 98 and 100).
 */
import { gzipSync } from 'node:zlib';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { it } from 'vitest';
import { buildEmptyApp, firstLoadPerRoute, kib } from './first-load';
import { lighthouseEach, PAGE_LIMIT_MS } from './lighthouse';
import { figure, report } from './report';
import { withServedApp } from './served-app';

const port = 4391;
const LIMIT_BYTES = 100 * 1000;
const LIMIT_RATIO = 2.5;

it('measures first-load JavaScript per route against an empty SvelteKit app', () => {
	const emptyDir = buildEmptyApp();
	try {
		const empty = firstLoadPerRoute(emptyDir).perRoute.get('/')!;
		const ours = firstLoadPerRoute('.');
		const figures: Record<string, string> = { 'empty SvelteKit app (/)': kib(empty) };
		for (const [route, bytes] of [...ours.perRoute].sort(([a], [b]) => a.localeCompare(b))) {
			const ratio = bytes / empty;
			const within = bytes <= LIMIT_BYTES && ratio <= LIMIT_RATIO;
			figures[route] =
				`${kib(bytes).padStart(9)}  ${ratio.toFixed(2)}x  ${within ? 'within' : 'OVER'} the limits`;
		}
		report(
			`First-load JavaScript per route, gzip (limits: ${LIMIT_BYTES / 1000} KB and ${LIMIT_RATIO}x the empty app)`,
			figures
		);
		// Issue 20: the sync (PouchDB with it) and the hand-in's seal load only when used.
		const sync: Record<string, string> = {};
		for (const source of [
			'src/lib/state/sync-runner.ts',
			'src/lib/components/sync/lazy.ts',
			'src/lib/components/hand-in/HandInSeal.svelte'
		]) {
			const file = ours.fileOf(source);
			const first = [...ours.filesPerRoute].filter(([, files]) => files.has(file));
			sync[source] =
				`${kib(gzipSync(readFileSync(join('.svelte-kit/output/client', file)), { level: 9 }).length)}` +
				`, in the first load of ${first.length === 0 ? 'no page' : first.map(([route]) => route).join(', ')}`;
		}
		report('Loaded only when used (gzip of its own chunk)', sync);
	} finally {
		rmSync(emptyDir, { recursive: true, force: true });
	}
}, 300_000);

it('measures what each page fetches in Chromium and its Lighthouse scores', async () => {
	await withServedApp(port, async (browser, origin) => {
		// A first visit: nothing stored, nothing cached.
		const fetchedTitle = 'JavaScript fetched until the network is idle, gzip, first visit';
		for (const path of [
			'/',
			'/voorstellen',
			'/prijslijst',
			'/voorstel/nieuw',
			'/voorbeelden',
			'/casussen',
			'/synchronisatie'
		]) {
			const context = await browser.newContext(); // nothing cached from the page before
			const page = await context.newPage();
			const fetched = await fetchedUntilIdle(page, `${origin}${path}`);
			await context.close();
			figure(fetchedTitle, path, fetched, '<= 100 KiB (issue 23)');
		}

		// Every page again with two proposals stored, each loaded without the browser's cache.
		const storedTitle = 'JavaScript fetched until the network is idle, gzip, drafts stored';
		const context = await browser.newContext();
		const ids = await importProposals(await context.newPage(), origin);
		const draft = `/voorstel/${ids[0]}`;
		for (const [label, path] of Object.entries({
			'/': '/',
			'/voorstellen': '/voorstellen',
			'/prijslijst': '/prijslijst',
			'/voorbeelden': '/voorbeelden',
			'/casussen': '/casussen',
			'/vergelijk': `/vergelijk?ids=${ids.join(',')}`,
			...Object.fromEntries(
				draftPages.map((part) => [`/voorstel/[id]/${part}`, `${draft}/${part}`])
			)
		})) {
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
			const fetched = await fetchedUntilIdle(page, `${origin}${path}`);
			await page.close();
			figure(storedTitle, label, fetched, '<= 100 KiB (issue 23)');
		}
		await context.close();

		const title = 'Lighthouse 12, mobile preset';
		await lighthouseEach(
			origin,
			async (page) => {
				const ids = await importProposals(page, origin);
				const draft = `/voorstel/${ids[0]}`;
				return {
					'/': '/',
					'/voorstellen': '/voorstellen',
					'/prijslijst': '/prijslijst',
					'/synchronisatie (sync off)': '/synchronisatie',
					'/vergelijk': `/vergelijk?ids=${ids.join(',')}`,
					'wizard: initiatief': `${draft}/initiatief`,
					'wizard: kosten': `${draft}/kosten`,
					'wizard: doelgroep': `${draft}/doelgroep`,
					'wizard: kans-en-bijdrage': `${draft}/kans-en-bijdrage`,
					'wizard: controleren': `${draft}/controleren`,
					'wizard: resultaat': `${draft}/resultaat`,
					'/voorstel/[id]/beoordelen': `${draft}/beoordelen`,
					'/voorstel/[id]/rapport': `${draft}/rapport`,
					'/voorstel/[id]/realisatie': `${draft}/realisatie`,
					'/voorstel/[id]/arena': `${draft}/arena`,
					'/voorstel/[id]/arena/presentatie': `${draft}/arena/presentatie`,
					'404 page': '/bestaat-niet'
				};
			},
			(label, scores) => {
				if (!scores) {
					figure(title, label, `timed out after ${PAGE_LIMIT_MS / 1000} s`, 'performance >= 98');
					return;
				}
				figure(title, `${label}: performance`, String(scores.performance), '>= 98 (issue 23)');
				figure(title, `${label}: accessibility`, String(scores.accessibility), '100');
				console.log(
					`${title}: ${label}  FCP ${scores.fcp}, LCP ${scores.lcp}, TBT ${scores.tbt}, CLS ${scores.cls}`
				);
			}
		);
	});
	// Fifteen pages of at most PAGE_LIMIT_MS each, and the setup.
}, 3_900_000);

/** The pages of one proposal, as their routes name them. */
const draftPages = [
	'initiatief',
	'doelgroep',
	'kosten',
	'kans-en-bijdrage',
	'controleren',
	'resultaat',
	'beoordelen',
	'rapport',
	'realisatie',
	'arena',
	'arena/presentatie'
];

/** Loads `url` and sums the JavaScript it fetches until the network is idle (gzip, level 9). */
async function fetchedUntilIdle(page: Page, url: string): Promise<string> {
	const bodies: Promise<Buffer | null>[] = [];
	page.on('response', (response) => {
		if (response.url().endsWith('.js')) bodies.push(response.body().catch(() => null));
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const all = (await Promise.all(bodies)).filter((body) => body !== null);
	const gzip = all.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
	return `${kib(gzip)} in ${all.length} files`;
}

/** Imports the two fixture proposals as a user does; their ids. */
async function importProposals(page: Page, origin: string): Promise<string[]> {
	await page.goto(`${origin}/voorstellen`);
	await page
		.getByLabel('Bestanden om te importeren')
		.setInputFiles(
			['schuldenspreekuur', 'jongerenwerk'].map((name) => `tests/fixtures/proposals/${name}.json`)
		);
	const links = page.getByRole('link', { name: /^Openen: / });
	await links.nth(1).waitFor();
	return Promise.all(
		[0, 1].map(async (index) => (await links.nth(index).getAttribute('href'))!.split('/')[2]!)
	);
}
