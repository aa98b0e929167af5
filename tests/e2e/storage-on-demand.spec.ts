/**
 * Issue 23: a page loads what it shows. A draft that is only looked at (its steps, its result)
 * is read without IndexedDB's library (Dexie) and follows other tabs without it; the first change
 * loads Dexie and is stored as always.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { typeInto, Wizard } from './page-models/wizard';

/** The JavaScript files with Dexie's code that `page` has received so far. */
function dexieArrivals(page: Page): () => Promise<string[]> {
	const checks: Promise<string | null>[] = [];
	page.on('response', (response) => {
		if (!response.url().endsWith('.js')) return;
		checks.push(
			response.text().then(
				(body) => (body.includes('Dexie') ? response.url() : null),
				() => null
			)
		);
	});
	return async () => (await Promise.all(checks)).filter((url) => url !== null);
}

test('a draft that is only looked at loads no storage library; the first change loads it and is saved', async ({
	page,
	context
}) => {
	const wizard = new Wizard(page);
	await wizard.start();
	await typeInto(page.getByLabel('Naam van de activiteit'), 'Alleen bekeken');
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
	const url = page.url();

	const viewer = await context.newPage();
	const dexie = dexieArrivals(viewer);
	await viewer.goto(url);
	await expect(viewer.getByLabel('Naam van de activiteit')).toHaveValue('Alleen bekeken');
	await viewer.goto(url.replace(/initiatief$/, 'resultaat'));
	await expect(viewer.getByRole('heading', { level: 1 })).toHaveText('Resultaat: vermeden kosten');
	await expect(viewer.getByText('Alleen bekeken').first()).toBeVisible();
	await viewer.waitForLoadState('networkidle');
	expect(await dexie()).toEqual([]);

	// The other tab's change still arrives, without Dexie here.
	await typeInto(page.getByLabel('Naam van de activiteit'), 'Elders gewijzigd');
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
	await expect(viewer.getByText('Elders gewijzigd').first()).toBeVisible();
	expect(await dexie()).toEqual([]);

	// A change here loads it, and is stored.
	await viewer.goto(url);
	await typeInto(viewer.getByLabel('Naam van de activiteit'), 'Hier gewijzigd');
	await expect(viewer.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
	expect(await dexie()).not.toEqual([]);
	await viewer.reload();
	await expect(viewer.getByLabel('Naam van de activiteit')).toHaveValue('Hier gewijzigd');
});

test('a first visit and a new proposal load no storage library; the overview in another tab lists the new draft', async ({
	page,
	context
}) => {
	// A first visit: the overview makes the database itself, and says nothing is stored yet.
	const overviewDexie = dexieArrivals(page);
	await page.goto('/voorstellen');
	await expect(page.getByText('U heeft nog geen voorstellen.', { exact: false })).toBeVisible();
	await page.waitForLoadState('networkidle');

	const starter = await context.newPage();
	const starterDexie = dexieArrivals(starter);
	await starter.goto('/voorstel/nieuw');
	await expect(starter).toHaveURL(/\/initiatief$/);
	await expect(starter.getByLabel('Naam van de activiteit')).toBeVisible();
	await expect(page.getByTestId('draft-card')).toHaveCount(1);
	await starter.waitForLoadState('networkidle');
	expect(await starterDexie()).toEqual([]);
	expect(await overviewDexie()).toEqual([]);

	// The first change loads it and is stored; the overview follows.
	await typeInto(starter.getByLabel('Naam van de activiteit'), 'Begonnen zonder Dexie');
	await expect(starter.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
	expect(await starterDexie()).not.toEqual([]);
	await expect(page.getByText('Begonnen zonder Dexie').first()).toBeVisible();
	await starter.reload();
	await expect(starter.getByLabel('Naam van de activiteit')).toHaveValue('Begonnen zonder Dexie');
});
