/**
 * Leaving a step of a long proposal (issue 24): the lines are taken down a slice per frame before
 * the next page shows. The user sees none of it: what is on screen stays where it is, the line
 * numbers stay right, and the browser's history has each step once.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const LINES = 150;

/** The ten-line example, its lines repeated (new ids) until it has `LINES` lines. */
function longFile(): Buffer {
	const file = JSON.parse(
		readFileSync('tests/fixtures/proposals/maatjes-tien-regels.json', 'utf8')
	);
	const proposal = file.drafts[0].proposal;
	const lines = proposal.lines as { id: string; name: string }[];
	proposal.id = 'lang';
	proposal.title = 'Lang voorstel';
	proposal.lines = Array.from({ length: LINES }, (_, index) => {
		const line = lines[index % lines.length]!;
		return { ...line, id: `r${index + 1}`, name: `${line.name} ${index + 1}` };
	});
	return Buffer.from(JSON.stringify(file));
}

async function openStep4(page: Page) {
	await page.goto('/voorstellen');
	await page.getByLabel('Bestanden om te importeren').setInputFiles({
		name: 'lang.json',
		mimeType: 'application/json',
		buffer: longFile()
	});
	await page.getByRole('link', { name: 'Openen: Lang voorstel' }).click();
	const step = page.getByRole('link', { name: /Kans, bijdrage en herhaling/ });
	await step.waitFor();
	const before = page.url();
	await step.click();
	await expect(page.getByRole('heading', { level: 1, name: /Hoe groot is de kans/ })).toBeVisible();
	await lastLineDrawn(page);
	return before;
}

/**
 * Every line drawn: the last comes in the last slice. Slices are sized to the frame, so on a busy
 * machine (two test workers, each a 150-line page) drawing them took 1.7-5 s: more than the
 * default 5 s wait now and then.
 */
const lastLineDrawn = (page: Page) =>
	expect(page.getByRole('heading', { name: new RegExp(`^Regel ${LINES}:`) })).toBeVisible({
		timeout: 20_000
	});

interface Frame {
	path: string;
	lines: number;
	/** Where the watched element is on screen, in px from the top; null once it is gone. */
	top: number | null;
	/** The text of the watched line's heading. */
	heading: string | null;
}

/**
 * Records every frame until the page is another step: how many lines there are, and where the
 * given line's heading and `watched` (a selector, else the heading itself) are on screen.
 */
async function recordFrames(page: Page, line: number, watched?: string) {
	await page.evaluate(
		({ line, watched }) => {
			const frames: Frame[] = [];
			(window as unknown as { frames_: Frame[] }).frames_ = frames;
			const start = location.pathname;
			const headings = () => [...document.querySelectorAll('h2')];
			const heading = headings().find((h) => h.textContent?.startsWith(`Regel ${line}:`));
			const element = watched ? document.querySelector(watched) : heading;
			const record = () => {
				frames.push({
					path: location.pathname,
					lines: headings().filter((h) => h.textContent?.startsWith('Regel ')).length,
					top: element?.isConnected ? element.getBoundingClientRect().top : null,
					heading: heading?.isConnected ? heading.textContent : null
				});
				if (location.pathname === start) requestAnimationFrame(record);
			};
			requestAnimationFrame(record);
		},
		{ line, watched }
	);
	return async () => {
		const frames = await page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
		return frames.filter((frame) => frame.path.endsWith('/kans-en-bijdrage'));
	};
}

/** The frames before the page changed: the lines went in several slices, nothing on screen moved. */
function expectTakenDownInPlace(frames: Frame[], heading: string) {
	const counts = [...new Set(frames.map((frame) => frame.lines))];
	expect(counts[0]).toBe(LINES);
	// Taken down in slices: at least two frames with fewer lines before the next step.
	expect(counts.length).toBeGreaterThanOrEqual(3);
	expect(counts).toEqual([...counts].sort((a, b) => b - a));
	const tops = frames.map((frame) => frame.top);
	expect(tops).not.toContain(null);
	const shown = tops as number[];
	expect(Math.max(...shown) - Math.min(...shown)).toBeLessThanOrEqual(1);
	expect(new Set(frames.map((frame) => frame.heading))).toEqual(new Set([heading]));
}

test.describe('a long proposal', () => {
	test('"Naar controleren" at the bottom: the screen stays put, then the check page; back returns once', async ({
		page
	}) => {
		const before = await openStep4(page);
		const button = page.getByRole('button', { name: 'Naar controleren' });
		await button.scrollIntoViewIfNeeded();
		await button.hover();
		const lastHeading = page.getByRole('heading', { name: new RegExp(`^Regel ${LINES}:`) });
		const headingText = (await lastHeading.textContent()) ?? '';
		const frames = await recordFrames(page, LINES, 'form button[type=submit]');
		await button.click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Controleer uw antwoorden' })
		).toBeVisible();
		await expect(page).toHaveURL(/\/controleren$/);
		expectTakenDownInPlace(await frames(), headingText);

		// Each step once in the history: back is step 4 again, with every line.
		await page.goBack();
		await expect(page).toHaveURL(/\/kans-en-bijdrage$/);
		await lastLineDrawn(page);
		await page.goBack();
		await expect(page).toHaveURL(before);
	});

	test('a step link at the top: the first lines stay on screen until the other step shows', async ({
		page
	}) => {
		await openStep4(page);
		await page.evaluate(() => window.scrollTo(0, 0));
		const first = page.getByRole('heading', { name: /^Regel 1:/ });
		await expect(first).toBeInViewport();
		const headingText = (await first.textContent()) ?? '';
		const frames = await recordFrames(page, 1);
		await page
			.getByRole('navigation', { name: 'Voortgang' })
			.getByRole('link', { name: /Vermeden kosten/ })
			.click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Welke kosten voorkomt de activiteit?' })
		).toBeVisible();
		expectTakenDownInPlace(await frames(), headingText);
		await page.goBack();
		await expect(page).toHaveURL(/\/kans-en-bijdrage$/);
	});

	test('a page left by a full navigation shows again when the user comes back', async ({
		page
	}) => {
		await page.goto('/voorstellen');
		const heading = page.getByRole('heading', { level: 1, name: 'Mijn voorstellen' });
		await expect(heading).toBeVisible();
		// What the browser does as it keeps the page in its back-forward cache, and brings it back.
		await page.evaluate(() =>
			dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }))
		);
		await expect(heading).toBeHidden();
		await page.evaluate(() =>
			dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }))
		);
		await expect(heading).toBeVisible();
		// And for real: another address typed, then back.
		await page.goto('/privacy');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.goBack();
		await expect(heading).toBeVisible();
	});
});
