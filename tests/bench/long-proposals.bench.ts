/**
 * Issue 24, point 2: long proposals in Chromium against the built app. A proposal of 10, 100 and
 * 500 lines (the most a file may hold) is imported as a user would; then every wizard step, the
 * result, the report and the arena are opened, each until the page is quiet, and the longest task
 * is kept (Long Tasks API); tasks that began before the page's first script are the page before
 * leaving, reported apart. Typing is timed from key to paint, each key exactly (key-timing.ts):
 * a line's number of persons, its justification and the title, each beside the same keys in a
 * bare input field in the same browser.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { it } from 'vitest';
import { lineFieldId } from '$lib/domain/wizard';
import { describeKeys, timeBareInput, timeKeys } from './key-timing';
import { figure } from './report';
import {
	gotoUntilHeading,
	quiet,
	takePageTasks,
	watchHeading,
	watchLongTasks,
	withServedApp
} from './served-app';

const title = 'Long proposals in Chromium (Long Tasks API; typing by Event Timing, unrounded)';
const goal = 'every task under 50 ms (issue 24)';
const typingGoal = 'under 16 ms from key to paint (issue 24)';
const sizes = [10, 100, 500];
const pages = [
	['initiatief', 'step 1, the initiative'],
	['kosten', 'step 2, the costs'],
	['doelgroep', 'step 3, the target group'],
	['kans-en-bijdrage', 'step 4, chance and contribution'],
	['controleren', 'step 5, the review of the answers'],
	['resultaat', 'the result'],
	['rapport', 'the report'],
	['arena', 'the arena'],
	['arena/presentatie', 'the arena, presentation']
] as const;

/** The ten-line fixture, its lines repeated (new ids) until it has `count` lines. */
function fileWithLines(count: number): string {
	const file = JSON.parse(
		readFileSync('tests/fixtures/proposals/maatjes-tien-regels.json', 'utf8')
	);
	const proposal = file.drafts[0].proposal;
	const lines = proposal.lines as { id: string; name: string }[];
	proposal.id = `lang-${count}`;
	proposal.title = `Lang voorstel met ${count} regels`;
	proposal.lines = Array.from({ length: count }, (_, index) => {
		const line = lines[index % lines.length]!;
		return { ...line, id: `r${index + 1}`, name: `${line.name} ${index + 1}` };
	});
	return JSON.stringify(file);
}

const longest = (tasks: number[]) =>
	tasks.length === 0 ? 'no task over 50 ms' : `longest task ${Math.max(...tasks).toFixed(0)} ms`;

/**
 * Waits for the page's heading by its element, not its role: a role query works out the role of
 * every element on the page, and inside the costs step's closed panels (100 lines: 100 of them)
 * that made Chromium style and lay out each hidden panel, in tasks of 70-116 ms the Long Tasks API
 * then counted against the page (a trace: 64 layouts of the panels' content in one task).
 */
const heading = (page: Page) => page.locator('h1').first().waitFor();

it('keeps every page of a 10, 100 and 500-line proposal free of long tasks', async () => {
	await withServedApp(4397, async (browser, origin) => {
		for (const size of sizes) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
			await watchLongTasks(page);
			await watchHeading(page);
			await page.goto(`${origin}/voorstellen`);
			await page.getByLabel('Bestanden om te importeren').setInputFiles({
				name: `lang-${size}.json`,
				mimeType: 'application/json',
				buffer: Buffer.from(fileWithLines(size))
			});
			await page.getByRole('link', { name: `Openen: Lang voorstel met ${size} regels` }).waitFor();
			let previous = 'the drafts overview';
			for (const [route, name] of pages) {
				await quiet(page);
				await takePageTasks(page);
				const started = Date.now();
				await gotoUntilHeading(page, `${origin}/voorstel/lang-${size}/${route}`);
				const shown = Date.now() - started;
				await page.waitForLoadState('networkidle');
				await quiet(page);
				const { own, before } = await takePageTasks(page);
				await heading(page);
				figure(title, `${size} lines, ${name}: heading after ${shown} ms`, longest(own), goal);
				// Reported apart: a full navigation (a reload, a typed address) unloads the page before
				// in a task that this page's Long Tasks API reports; the app's own links do not.
				figure(
					title,
					`${size} lines, leaving ${previous} by a full navigation`,
					longest(before),
					goal
				);
				previous = name;
			}
			const typed: [string, string, string][] = [
				['doelgroep', lineFieldId(`r${size}`, 'persons'), 'persons of the last line'],
				['kans-en-bijdrage', lineFieldId(`r${size}`, 'justification'), 'last justification'],
				['initiatief', 'title', 'the title']
			];
			for (const [route, field, name] of typed) {
				await page.goto(`${origin}/voorstel/lang-${size}/${route}`);
				await heading(page);
				await page.waitForLoadState('networkidle');
				const input = page.locator(`[id="${field}"]`);
				await input.scrollIntoViewIfNeeded();
				const text = name === 'persons of the last line' ? '12' : 'ab';
				const keys = await timeKeys(browser, page, input, text);
				const bare = await timeBareInput(browser, text);
				figure(
					title,
					`${size} lines, typing in ${name}`,
					`${describeKeys(keys)} (a bare input field: ${describeKeys(bare)})`,
					typingGoal
				);
			}
			figure(
				title,
				`${size} lines, going on by "Volgende"`,
				await goingOn(page, origin, size),
				goal
			);
			await page.close();
		}
	});
}, 900_000);

/**
 * Goes through steps 2 to 6 by the "Volgende" button, as the app does it (in the page, no reload),
 * each press once every line is drawn (the button is below them). The pointer first comes over the
 * form and the button, and the page is let go quiet: a hand reaches the button frames before it
 * presses, and that is when the steps either side are fetched (WizardForm). Playwright's click
 * alone moves and presses in one task, which no user does. Each figure is the longest task of the
 * pointer's arrival, then of the press until the page is quiet: taking the step down (a slice per
 * frame), drawing the next one's first part, then its slices.
 */
async function goingOn(page: Page, origin: string, size: number): Promise<string> {
	await page.goto(`${origin}/voorstel/lang-${size}/kosten`);
	const presses: string[] = [];
	const longestOf = (tasks: number[]) =>
		tasks.length === 0 ? 'none' : Math.max(...tasks).toFixed(0);
	for (const to of ['doelgroep', 'kans-en-bijdrage', 'controleren', 'resultaat']) {
		await page.waitForFunction(
			(count) => document.querySelectorAll('.contained-line').length >= count,
			size
		);
		await quiet(page);
		const from = new URL(page.url()).pathname.split('/').pop();
		const button = page.locator('form button[type=submit]');
		await takePageTasks(page);
		await button.hover();
		await quiet(page);
		const arriving = (await takePageTasks(page)).own;
		await button.click();
		await page.waitForURL(new RegExp(`/${to}$`));
		await quiet(page);
		const { own } = await takePageTasks(page);
		// Not before: a locator lays the page out within a task of its own (gotoUntilHeading).
		await heading(page);
		presses.push(`${from} to ${to}: ${longestOf(arriving)}, ${longestOf(own)}`);
	}
	return `longest task over 50 ms (pointer over the button, then the press), ${presses.join('; ')}`;
}
