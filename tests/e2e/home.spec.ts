import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('start page', () => {
	test('says what the app is for and starts an estimate', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveTitle(/Baatwijzer/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
		await expect(page.getByRole('heading', { level: 1, name: 'Baatwijzer' })).toBeVisible();
		await expect(page.getByText('maatschappelijke kosten')).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Start een nieuwe schatting' }).click();
		await expect(page).toHaveURL(/\/voorstel\/[\w-]+\/initiatief$/);
	});

	test('can be used with the keyboard alone', async ({ page }) => {
		await page.goto('/');
		// The app renders in the browser: wait until it has, as a user would.
		await expect(page.getByRole('heading', { level: 1, name: 'Baatwijzer' })).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Start een nieuwe schatting' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/voorstel\/[\w-]+\/initiatief$/);
	});
});

test('an unknown address shows a Dutch page with a way back', async ({ page }) => {
	await page.goto('/bestaat-niet');
	await expect(page).toHaveTitle('Pagina niet gevonden - Baatwijzer');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Naar mijn voorstellen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Mijn voorstellen' })).toBeVisible();
});

test('every page paints after one stylesheet: the HTML links no stylesheet of a later part', async ({
	request
}) => {
	// A stylesheet linked from the HTML holds back the first paint; the parts a page loads later
	// (the arena's answers, the price search) bring their own styles when they arrive.
	for (const address of ['/', '/voorstellen', '/voorstel/onbekend/kosten', '/voorstel/x/arena']) {
		const html = await (await request.get(address)).text();
		const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map(
			([link]) => /href="([^"]+)"/.exec(link)?.[1]
		);
		expect(stylesheets, address).toHaveLength(1);
	}
});
