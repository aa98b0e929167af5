import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus (at most `limit` times), as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
	await expect(target).toBeVisible();
	for (let presses = 0; presses < limit; presses++) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target, `not reached with ${limit} presses of Tab`).toBeFocused();
}
