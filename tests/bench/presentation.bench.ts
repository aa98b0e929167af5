/**
 * Issue 24, point 4: the arena's presentation page, which a facilitator puts on the projector,
 * measured in Chromium against the built app at projector size: the longest task from the moment
 * the page is opened until it is quiet (Long Tasks API), on a first and on later visits.
 */
import { it } from 'vitest';
import { figure } from './report';
import {
	gotoUntilHeading,
	quiet,
	takeLongTasks,
	takePageTasks,
	watchHeading,
	watchLongTasks,
	withServedApp
} from './served-app';

const title = 'Presentation page in Chromium at 1920 x 1080 (Long Tasks API)';
const goal = 'no task over 50 ms (issue 24)';
const longest = (tasks: number[]) =>
	tasks.length === 0 ? 'no task over 50 ms' : `longest task ${Math.max(...tasks).toFixed(0)} ms`;

it('the presentation page blocks the projector for no task over 50 ms', async () => {
	await withServedApp(4395, async (browser, origin) => {
		const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
		await watchLongTasks(page);
		await watchHeading(page);
		await page.goto(`${origin}/voorstellen`);
		await page
			.getByLabel('Bestanden om te importeren')
			.setInputFiles('tests/fixtures/proposals/maatjes-tien-regels.json');
		const link = page.getByRole('link', { name: /^Openen: Maatjesproject/ });
		const id = (await link.getAttribute('href'))!.split('/')[2];
		for (const visit of ['first visit', 'second visit', 'third visit']) {
			await takeLongTasks(page);
			const started = Date.now();
			await gotoUntilHeading(page, `${origin}/voorstel/${id}/arena/presentatie`);
			const shown = Date.now() - started;
			await page.waitForLoadState('networkidle');
			// Until the main thread is idle twice in a row: anything the page still does is counted.
			await quiet(page);
			// Apart: a full navigation unloads the page before in a task this page's API reports.
			const { own, before } = await takePageTasks(page);
			await page.getByRole('heading', { level: 1 }).waitFor();
			figure(title, `${visit}: heading after ${shown} ms`, longest(own), goal);
			figure(title, `${visit}: leaving the page before`, longest(before), goal);
		}
	});
}, 300_000);
