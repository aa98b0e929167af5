/**
 * Typing timed from key to paint, each key exactly (issue 24). The page's Event Timing API rounds
 * to 8 ms and reports only events of 16 ms or more, so a few keys gave a figure of chance: the
 * slowest of two keys read 16 or 24 ms on the same page. Chromium's trace (category
 * devtools.timeline) holds the same entries unrounded: from the key's arrival to the paint that
 * shows it. Many keys are typed, and the same keys in a bare input field in the same browser, at
 * the same time, show what the browser and the machine take on their own (the wait for the next
 * frame included).
 */
import type { Browser, Locator, Page } from '@playwright/test';
import { quiet } from './served-app';

/** Rounds of typing: `text`, then as many Backspaces, about ten keys a second. */
const ROUNDS = 10;

export interface KeyTimes {
	/** Key to paint of each key (its keydown), in ms, in order. */
	readonly toPaint: readonly number[];
}

/** Types into `input` (already on screen) and times every key from its arrival to its paint. */
export async function timeKeys(
	browser: Browser,
	page: Page,
	input: Locator,
	text: string
): Promise<KeyTimes> {
	await input.click();
	await quiet(page);
	await browser.startTracing(page, { categories: ['devtools.timeline'] });
	for (let round = 0; round < ROUNDS; round++) {
		await page.keyboard.type(text, { delay: 100 });
		for (let key = 0; key < text.length; key++)
			await page.keyboard.press('Backspace', { delay: 100 });
		await quiet(page);
	}
	const trace = JSON.parse((await browser.stopTracing()).toString()) as {
		traceEvents: { name: string; ph: string; args?: { data?: Record<string, unknown> } }[];
	};
	const toPaint = trace.traceEvents
		.filter((event) => event.name === 'EventTiming' && event.ph === 'b')
		.map((event) => event.args!.data!)
		.filter((data) => data.type === 'keydown')
		.map((data) => data.duration as number);
	return { toPaint };
}

/** The same keys in a bare input field, in a page of its own in the same browser. */
export async function timeBareInput(browser: Browser, text: string): Promise<KeyTimes> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	try {
		await page.setContent('<!doctype html><title>Invoer</title><label>Invoer <input></label>');
		return await timeKeys(browser, page, page.locator('input'), text);
	} finally {
		await page.close();
	}
}

/** The key at `share` of the keys sorted from fastest to slowest. */
function atShare(sorted: readonly number[], share: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/** "40 keys: half within 8.1 ms, 9 in 10 within 12.0, slowest 21.3; 2 over 16 ms". */
export function describeKeys({ toPaint }: KeyTimes, over = 16): string {
	if (toPaint.length === 0) return 'no key timed';
	const sorted = [...toPaint].sort((a, b) => a - b);
	const ms = (value: number) => value.toFixed(1);
	const slow = sorted.filter((value) => value > over).length;
	return (
		`${sorted.length} keys: half within ${ms(atShare(sorted, 0.5))} ms, ` +
		`9 in 10 within ${ms(atShare(sorted, 0.9))}, slowest ${ms(sorted.at(-1)!)}; ${slow} over ${over} ms`
	);
}
