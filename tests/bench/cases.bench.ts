/**
 * Issue 21: a year's overview of 2,000 described cases (one to four avoided services each), in
 * Node (CPU time, best of five) and in Chromium against the built app: the overview's own
 * computation (User Timing 'baatwijzer:year-overview'), the list's per-case totals, the time until
 * the per-unit table shows, and the longest task (goal: the overview under 200 ms).
 */
import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { it } from 'vitest';
import { storedCase } from '$lib/domain/cases/case-record';
import { yearOverview } from '$lib/domain/cases/year-overview';
import type { DescribedCase } from '$lib/domain/schemas/described-case';
import { lineArb } from '../unit/arbitraries';
import { report } from './report';
import { quiet, takeLongTasks, watchLongTasks, withServedApp } from './served-app';

const port = 4394;

/** Whether the app's database has been made, with its table of cases (never makes one itself). */
function hasCasesTable(page: Page): Promise<boolean> {
	return page.evaluate(async () => {
		const databases = await indexedDB.databases();
		if (!databases.some((database) => database.name === 'baatwijzer' && database.version))
			return false;
		const request = indexedDB.open('baatwijzer');
		const database = await new Promise<IDBDatabase>((opened, fail) => {
			request.onsuccess = () => opened(request.result);
			request.onerror = () => fail(request.error);
		});
		const made = database.objectStoreNames.contains('cases');
		database.close();
		return made;
	});
}
const COUNT = 2000;
const units = ['Buurtcoach', 'Jongerenwerk', 'Opbouwwerk', 'Steunpunt Mantelzorg', 'MatchMentor'];
const year = {
	year: 2025,
	subsidyCents: 229_000_000,
	settings: { safetyPercent: 90, repeatYears: 2 },
	unitFte: {}
};

function cases(): DescribedCase[] {
	const drawn = fc.sample(
		fc.record({
			multiplier: fc.integer({ min: 1, max: 5 }),
			lines: fc.array(lineArb, { minLength: 1, maxLength: 4 })
		}),
		{ numRuns: COUNT, seed: 21 }
	);
	return drawn.map(({ multiplier, lines }, index) => ({
		id: `case-${index}`,
		unit: units[index % units.length]!,
		date: `2025-${String((index % 12) + 1).padStart(2, '0')}-15`,
		description: '',
		multiplier,
		// Without a split: a drawn split may name a holder twice, which a stored case refuses.
		lines: lines.map(({ split: _split, ...line }, at) => ({
			...line,
			id: `line-${at}`,
			priceItemId: null,
			name: 'Vermeden dienst',
			unit: 'per persoon',
			priceYear: 2025,
			kind: 'cost' as const,
			lowCents: null,
			highCents: null,
			justification: '',
			reviewerRemark: ''
		})),
		createdAt: '2025-12-31T00:00:00.000Z',
		updatedAt: '2025-12-31T00:00:00.000Z'
	}));
}

const cpuMs = (work: () => void) => {
	let best = Infinity;
	for (let run = 0; run < 5; run++) {
		const start = process.cpuUsage();
		work();
		const used = process.cpuUsage(start);
		best = Math.min(best, (used.user + used.system) / 1000);
	}
	return best;
};

it('makes the year overview of 2,000 cases in Node and in Chromium', async () => {
	const all = cases();
	const lines = all.reduce((sum, one) => sum + one.lines.length, 0);
	report(`Year overview, ${COUNT} cases (${lines} lines), in Node`, {
		'yearOverview, CPU time (best of 5)': `${cpuMs(() => yearOverview(all, year, '')).toFixed(0)} ms (goal < 200 ms)`
	});

	const figures: Record<string, string> = {};
	await withServedApp(port, async (browser, origin) => {
		const page = await browser.newPage();
		await watchLongTasks(page);
		// The cases page makes no database until a case is stored; the drafts overview makes it on
		// a first visit, with every table.
		await page.goto(`${origin}/voorstellen`);
		// Asked again each time the page is quiet, until the overview has made it.
		while (!(await hasCasesTable(page))) await quiet(page);
		await page.goto(`${origin}/casussen`);
		await page.getByRole('heading', { name: 'Casussen invoeren' }).waitFor();
		// Straight into the app's database, as 2,000 saved cases would have left it.
		await page.evaluate(async (records) => {
			const request = indexedDB.open('baatwijzer');
			await new Promise<void>((done, fail) => {
				request.onsuccess = () => {
					try {
						const tx = request.result.transaction('cases', 'readwrite');
						for (const record of records) tx.objectStore('cases').put(record);
						tx.oncomplete = () => done();
						tx.onerror = () => fail(tx.error);
					} catch (error) {
						fail(error);
					}
				};
				request.onerror = () => fail(request.error);
			});
		}, all.map(storedCase));

		const started = Date.now();
		await page.goto(`${origin}/casussen/jaaroverzicht?jaar=2025`);
		await page.getByRole('row', { name: /^Alle onderdelen/ }).waitFor({ timeout: 300_000 });
		figures['open the overview until the per-unit table shows'] = `${Date.now() - started} ms`;
		const measures = await page.evaluate(() =>
			performance.getEntriesByType('measure').map((entry) => [entry.name, entry.duration] as const)
		);
		const durations = measures
			.filter(([name]) => name === 'baatwijzer:year-overview')
			.map(([, duration]) => duration);
		figures['the overview computed (yearOverview)'] =
			`${Math.max(...durations).toFixed(0)} ms (goal < 200 ms)`;
		const tasks = await takeLongTasks(page);
		figures['longest blocking task'] =
			tasks.length === 0 ? 'none over 50 ms' : `${Math.max(...tasks).toFixed(0)} ms`;

		const listing = Date.now();
		await page.goto(`${origin}/casussen`);
		await page.getByLabel('Jaar').selectOption('2025');
		await page.getByText(`${COUNT} casussen in 2025.`).waitFor({ timeout: 300_000 });
		figures['the list of cases, until it shows (year chosen)'] = `${Date.now() - listing} ms`;
	});
	report(`Year overview, ${COUNT} cases, in Chromium`, figures);
}, 600_000);
