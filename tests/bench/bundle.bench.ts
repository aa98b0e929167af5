import { gzipSync } from 'node:zlib';
import { it } from 'vitest';
import { withServedApp } from './served-app';
import { report } from './report';

const port = 4391;

/** Opens each page of the built app in Chromium and sums the JavaScript it fetched, gzipped, lazy chunks included. */
it('measures the first-load JavaScript of the built app', async () => {
	const figures: Record<string, string> = {};
	await withServedApp(port, async (browser, origin) => {
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
			await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
			await page.close();
			figures[label] =
				`${(gzip / 1024).toFixed(1)} KiB gzip (${(raw / 1024).toFixed(1)} KiB raw, ${files} files)`;
		}
	});
	report('JavaScript fetched on opening each page (until the network is idle), gzip', figures);
});
