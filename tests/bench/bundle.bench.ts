import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { report } from './report';

const port = 4391;

/** Opens each page of the built app in Chromium and sums the JavaScript it fetched, gzipped, lazy chunks included. */
it('measures the first-load JavaScript of the built app', async () => {
	expect(existsSync('build/200.html'), 'run npm run build first (npm run bench does)').toBe(true);
	const server = spawn('node', ['src/cli/serve.mjs', 'build'], {
		env: { ...process.env, PORT: String(port) }
	});
	await new Promise((ready) => server.stdout.once('data', ready));
	const browser = await chromium.launch(chromiumLaunchOptions);
	const figures: Record<string, string> = {};
	try {
		for (const [label, path] of [
			['start page (/)', '/'],
			['wizard step (/voorstel/nieuw -> initiatief)', '/voorstel/nieuw'],
			['price list (/prijslijst)', '/prijslijst']
		] as const) {
			const page = await browser.newPage();
			let raw = 0;
			let gzip = 0;
			let files = 0;
			page.on('response', async (response) => {
				if (!response.url().endsWith('.js')) return;
				const body = await response.body();
				files++;
				raw += body.length;
				gzip += gzipSync(body, { level: 9 }).length;
			});
			await page.goto(`http://localhost:${port}${path}`, { waitUntil: 'networkidle' });
			await page.close();
			figures[label] =
				`${(gzip / 1024).toFixed(1)} KiB gzip (${(raw / 1024).toFixed(1)} KiB raw, ${files} files)`;
		}
	} finally {
		await browser.close();
		server.kill();
	}
	report('JavaScript fetched on opening each page (until the network is idle), gzip', figures);
});
