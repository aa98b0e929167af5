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

/** Records every task over 50 ms on the page (Long Tasks API), from its first script on. */
export async function watchLongTasks(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const tasks: number[] = [];
		(window as unknown as { longTasks: number[] }).longTasks = tasks;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) tasks.push(entry.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
}

/** The long tasks recorded since the last call (watchLongTasks), in ms. */
export async function takeLongTasks(page: Page): Promise<number[]> {
	return page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
}
