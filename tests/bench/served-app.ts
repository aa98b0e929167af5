/** The built app served on a local port with Chromium open on it, for benchmarks that run pages. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { expect } from 'vitest';
import { chromiumLaunchOptions } from '../e2e/chromium';

export async function withServedApp(
	port: number,
	work: (browser: Browser, origin: string) => Promise<void>
): Promise<void> {
	expect(existsSync('build/200.html'), 'run npm run build first (npm run bench does)').toBe(true);
	const server = spawn('node', ['src/cli/serve.mjs', 'build'], {
		env: { ...process.env, PORT: String(port) }
	});
	await new Promise((ready) => server.stdout.once('data', ready));
	const browser = await chromium.launch(chromiumLaunchOptions);
	try {
		await work(browser, `http://localhost:${port}`);
	} finally {
		await browser.close();
		server.kill();
	}
}

/**
 * Records every task over 50 ms on the page (Long Tasks API), from its first script on, with when
 * it started and when this document's first script ran.
 */
export async function watchLongTasks(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const tasks: [number, number][] = [];
		const watched = window as unknown as { longTasks: typeof tasks; documentStart: number };
		watched.longTasks = tasks;
		watched.documentStart = performance.now();
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
		}).observe({ type: 'longtask', buffered: true });
	});
}

const takeTasks = (page: Page) =>
	page.evaluate(() => {
		const watched = window as unknown as { longTasks: [number, number][]; documentStart: number };
		return { tasks: watched.longTasks.splice(0), documentStart: watched.documentStart };
	});

/** The long tasks recorded since the last call (watchLongTasks), in ms. */
export async function takeLongTasks(page: Page): Promise<number[]> {
	return (await takeTasks(page)).tasks.map(([, duration]) => duration);
}

/**
 * The long tasks since the last call, split by when they began: `before` began before this
 * document's first script, so they are the previous page leaving (a full navigation unloads it
 * in a task the new page's Long Tasks API reports); `own` are the page's own.
 */
export async function takePageTasks(page: Page): Promise<{ own: number[]; before: number[] }> {
	const { tasks, documentStart } = await takeTasks(page);
	const began = (early: boolean) =>
		tasks.filter(([start]) => start < documentStart === early).map(([, duration]) => duration);
	return { own: began(false), before: began(true) };
}

/** Resolves once the page has been idle twice: what it set going after an action is done. */
export const quiet = (page: Page) =>
	page.evaluate(
		() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(() => done(null))))
	);

const HEADING = 'bench: heading';

/** Has each document say on its console when its first heading is in (gotoUntilHeading). */
export async function watchHeading(page: Page): Promise<void> {
	await page.addInitScript((said: string) => {
		const seen = new MutationObserver(() => {
			if (!document.querySelector('h1')) return;
			console.debug(said);
			seen.disconnect();
		});
		seen.observe(document, { subtree: true, childList: true });
	}, HEADING);
}

/**
 * Opens `url` and waits until its heading is in, by the page's console alone. Even by its element,
 * a locator sent while the page starts had Playwright put its own script of about 300 KiB into the
 * page and check that the heading is visible, which lays the page out, in a task the Long Tasks
 * API counts against the page. At 500 lines (five pages, two runs each): 15 tasks over 50 ms
 * (50-95 ms) with the locator, 4 (53-89 ms) without.
 */
export async function gotoUntilHeading(page: Page, url: string): Promise<void> {
	const shown = saidOnConsole(page, [HEADING]);
	await page.goto(url, { waitUntil: 'commit' });
	await shown;
}

/**
 * When the page said each of `said` on its console (Date.now()), in that order of the list: a
 * wait that does not touch the page (no locator, see gotoUntilHeading). Ask before the action.
 */
export function saidOnConsole(page: Page, said: readonly string[]): Promise<number[]> {
	return Promise.all(
		said.map((text) =>
			page
				.waitForEvent('console', {
					predicate: (message) => message.text() === text,
					timeout: 300_000
				})
				.then(() => Date.now())
		)
	);
}
