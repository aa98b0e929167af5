/**
 * Lighthouse 12 (mobile preset: simulated slow 4G and a 4x slower CPU) on the built app, in
 * Debian's Chromium. Lighthouse attaches to a Chromium that Playwright started with a debugging
 * port, so pages that show a stored draft can be measured with that draft in IndexedDB
 * (`--disable-storage-reset` keeps it; the HTTP cache is emptied before each run instead).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';

export interface LighthouseFigures {
	readonly performance: number;
	readonly accessibility: number;
	readonly fcp: string;
	readonly lcp: string;
	readonly tbt: string;
	readonly cls: string;
}

interface LighthouseResult {
	categories: Record<string, { score: number }>;
	audits: Record<string, { displayValue?: string }>;
}

/** One page's run may take this long; past it the page is reported as timed out, the rest go on. */
export const PAGE_LIMIT_MS = 240_000;

function runLighthouse(url: string, port: number): LighthouseFigures {
	const json = execFileSync(
		'node',
		[
			resolve('node_modules/lighthouse/cli/index.js'),
			url,
			`--port=${port}`,
			'--disable-storage-reset',
			'--only-categories=performance,accessibility',
			'--output=json',
			'--output-path=stdout',
			'--quiet'
		],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: PAGE_LIMIT_MS, killSignal: 'SIGKILL' }
	);
	const result = JSON.parse(json) as LighthouseResult;
	const shown = (audit: string) => result.audits[audit]?.displayValue ?? '?';
	return {
		performance: Math.round(result.categories.performance!.score * 100),
		accessibility: Math.round(result.categories.accessibility!.score * 100),
		fcp: shown('first-contentful-paint'),
		lcp: shown('largest-contentful-paint'),
		tbt: shown('total-blocking-time'),
		cls: shown('cumulative-layout-shift')
	};
}

async function connect(port: number) {
	for (let attempt = 0; ; attempt++) {
		try {
			return await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
		} catch (error) {
			if (attempt > 50) throw error;
			await new Promise((wait) => setTimeout(wait, 100));
		}
	}
}

/**
 * A first visit: the drafts stay in IndexedDB; the HTTP cache, the service worker and its cache
 * (which would otherwise serve the whole app from the second run on) are emptied before each run.
 */
async function emptyHttpCache(port: number, origin: string) {
	const connected = await connect(port);
	const page = await connected.contexts()[0]!.newPage();
	const cdp = await connected.contexts()[0]!.newCDPSession(page);
	await cdp.send('Network.clearBrowserCache');
	await cdp.send('Storage.clearDataForOrigin', {
		origin,
		storageTypes: 'service_workers,cache_storage'
	});
	await page.close();
	await connected.close();
}

/**
 * Opens Chromium on the served app, lets `seed` store what the pages need (it returns the paths
 * to measure, by label), then runs Lighthouse on each path, handing each page's figures (or null
 * when it ran out of time) to `measured` at once.
 */
export async function lighthouseEach(
	origin: string,
	seed: (page: Page) => Promise<Record<string, string>>,
	measured: (label: string, figures: LighthouseFigures | null) => void
): Promise<Map<string, LighthouseFigures | null>> {
	const port = 9333;
	const browser = spawn(chromiumLaunchOptions.executablePath, [
		...chromiumLaunchOptions.args,
		'--headless=new',
		`--remote-debugging-port=${port}`,
		`--user-data-dir=${mkdtempSync(join(tmpdir(), 'baatwijzer-lighthouse-'))}`,
		'about:blank'
	]);
	const figures = new Map<string, LighthouseFigures | null>();
	try {
		await new Promise((ready) => browser.stderr.once('data', ready));
		const connected = await connect(port);
		const page = await connected.contexts()[0]!.newPage();
		const paths = await seed(page);
		await page.close();
		await connected.close();
		for (const [label, path] of Object.entries(paths)) {
			await emptyHttpCache(port, origin);
			let result: LighthouseFigures | null = null;
			try {
				result = runLighthouse(`${origin}${path}`, port);
			} catch (error) {
				if ((error as { code?: string; signal?: string }).signal !== 'SIGKILL') throw error;
			}
			figures.set(label, result);
			measured(label, result);
		}
	} finally {
		browser.kill();
	}
	return figures;
}
