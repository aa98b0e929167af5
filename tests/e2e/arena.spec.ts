/**
 * MKBA-Arena in a community centre without wifi: the app is loaded once, the network goes, and a
 * facilitator fills the five fields in presentation mode with the keyboard alone.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { tabTo } from './keyboard';

test.use({ serviceWorkers: 'allow', viewport: { width: 1920, height: 1080 } });

const shot = (page: Page, name: string) =>
	page.screenshot({ path: `test-results/screenshots/arena-${name}.png` });

async function press(page: Page, name: string | RegExp, role: 'button' | 'link' = 'button') {
	await tabTo(page, page.getByRole(role, { name, exact: typeof name === 'string' }));
	await page.keyboard.press('Enter');
}

async function typeIn(page: Page, label: string, text: string) {
	await tabTo(page, page.getByLabel(label, { exact: true }));
	await page.keyboard.type(text);
}

test('offline, a facilitator fills the five fields in presentation mode by keyboard', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await page.goto('/');
	// The service worker has cached the whole app once it is active.
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	// Installable: Chromium finds nothing missing (manifest, icons, a worker that serves offline),
	// apart from the test's own private browser context, where nothing can be installed.
	const cdp = await context.newCDPSession(page);
	const missing = async () =>
		(await cdp.send('Page.getInstallabilityErrors')).installabilityErrors
			.map((error) => error.errorId)
			.filter((id) => id !== 'in-incognito');
	await expect.poll(missing).toEqual([]);
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Baatwijzer' })).toBeVisible();

	await press(page, 'Start een MKBA-Arena (workshop)', 'link');
	await expect(page).toHaveURL(/\/voorstel\/[\w-]+\/arena$/);
	const draftPath = new URL(page.url()).pathname.replace(/\/arena$/, '');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('MKBA-Arena');
	await expectNoAxeViolations(page);
	await press(page, 'Presentatiemodus', 'link');
	await expect(page.getByText('Veld 1 van 5')).toBeVisible();
	// Readable from five metres: body text of at least 28 px on a 1920 x 1080 screen.
	const bodyText = page.getByText('Welk probleem pakt het project aan, en wat wil het bereiken?');
	expect(
		await bodyText.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
	).toBeGreaterThanOrEqual(28);
	// The optional timer for this field.
	await press(page, 'Start de tijd');
	await expect(page.getByRole('timer')).not.toHaveText('Nog 10:00');
	await press(page, 'Pauzeer de tijd');

	// 1. Problem and goal
	await typeIn(page, 'Het probleem en het doel', 'Jongeren hangen rond en er is overlast.');
	await expectNoAxeViolations(page);
	await shot(page, '1-probleem');
	await press(page, 'Volgend veld');

	// 2. Reference alternative and intervention
	await expect(page.getByText('Veld 2 van 5')).toBeVisible();
	await typeIn(page, 'Zonder het project (nulalternatief)', 'De overlast blijft en groeit.');
	await typeIn(page, 'Wat het project doet (interventie)', 'Jongerenwerkers op straat.');
	await press(page, 'Volgend veld');

	// 3. Investors
	await expect(page.getByText('Veld 3 van 5')).toBeVisible();
	await typeIn(page, 'Subsidie per jaar van de gemeente (euro)', '40.000');
	await press(page, 'Medefinancier toevoegen');
	await typeIn(page, 'Naam medefinancier 1', 'Woningcorporatie');
	await typeIn(page, 'Bijdrage per jaar medefinancier 1 (euro)', '5.000');
	await expect(page.getByText('Totaal geïnvesteerd per jaar: € 45.000')).toBeVisible();
	await press(page, 'Volgend veld');

	// 4. Effects: two with a price (they become lines), one without
	await expect(page.getByText('Veld 4 van 5')).toBeVisible();
	await typeIn(page, 'Effect zonder prijs', 'Bewoners voelen zich veiliger');
	await page.keyboard.press('Enter');
	await expect(page.getByText('Bewoners voelen zich veiliger', { exact: true })).toBeVisible();
	await typeIn(page, 'Zoek in de prijslijst', 'hanggroep');
	await press(page, 'Voeg toe: Aanpak overlastgevende hanggroep');
	await tabTo(page, page.getByRole('searchbox', { name: 'Zoek in de prijslijst' }));
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('schuldhulp');
	await press(page, 'Voeg toe: Schuldhulpverlening per schuldgeval');
	// The grid: how many, A and B, typed and chosen by keyboard; the totals follow at once.
	const total = page.getByRole('complementary').getByTestId('arena-total');
	await expect(total).toHaveText('€ 0');
	await typeIn(page, 'Aantal voor Aanpak overlastgevende hanggroep', '2');
	await tabTo(page, page.getByLabel('Kans (A) voor Aanpak overlastgevende hanggroep'));
	await page.keyboard.press('W');
	await tabTo(page, page.getByLabel('Bijdrage (B) voor Aanpak overlastgevende hanggroep'));
	await page.keyboard.press('Z');
	await typeIn(page, 'Aantal voor Schuldhulpverlening per schuldgeval', '10');
	await tabTo(page, page.getByLabel('Kans (A) voor Schuldhulpverlening per schuldgeval'));
	await page.keyboard.press('Z');
	await tabTo(page, page.getByLabel('Bijdrage (B) voor Schuldhulpverlening per schuldgeval'));
	await page.keyboard.press('W');
	// 26,780 x 2 x 70 % x 100 % x 90 % = 33,742.80; 1,500 x 10 x 100 % x 70 % x 90 % = 9,450
	await expect(total).toHaveText('€ 43.193');
	await expectNoAxeViolations(page);
	await shot(page, '4-effecten');
	await press(page, 'Volgend veld');

	// 5. Beneficiaries: an arrow from the unpriced effect to the residents
	await expect(page.getByText('Veld 5 van 5')).toBeVisible();
	await press(page, 'Partij toevoegen: Bewoners zelf');
	await press(page, /^Effect kiezen: Bewoners voelen zich veiliger/);
	const residents = page.getByRole('button', { name: /^Pijl naar Bewoners zelf/ });
	await expect(residents).toHaveAttribute('aria-pressed', 'false');
	await press(page, /^Pijl naar Bewoners zelf/);
	await expect(residents).toHaveAttribute('aria-pressed', 'true');
	// Chosen again, the arrow goes; once more, it is back.
	await page.keyboard.press('Enter');
	await expect(residents).toHaveAttribute('aria-pressed', 'false');
	await page.keyboard.press('Enter');
	await expect(residents).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByText('Totaal: € 43.193')).toBeVisible();
	await expect(
		page.getByRole('complementary').getByRole('rowheader', { name: 'Politie' })
	).toBeVisible();
	await expectNoAxeViolations(page);
	await shot(page, '5-baathebbers');

	// The workshop made a normal draft: its result has the two lines, its report the third effect.
	await press(page, 'Presentatie sluiten', 'link');
	await expect(page).toHaveURL(/\/arena$/);
	await shot(page, 'overzicht');
	await press(page, 'Naar het resultaat', 'link');
	await expect(page.getByTestId('result-line')).toHaveCount(2);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exporteer als bestand (JSON)' }).click();
	const file = JSON.parse(await readFile((await (await downloading).path())!, 'utf8'));
	expect(file.version).toBe(10);
	expect(file.drafts[0].proposal.arena.effects).toEqual([
		{ id: expect.any(String), description: 'Bewoners voelen zich veiliger' }
	]);
	expect(file.drafts[0].proposal.arena.investors).toMatchObject([
		{ name: 'Woningcorporatie', amountCents: 500_000 }
	]);
	await page.goto(`${draftPath}/rapport`);
	await expect(page.getByTestId('report-unpriced')).toContainText('Bewoners voelen zich veiliger');
	await expect(page.getByRole('heading', { name: 'MKBA-Arena' })).toBeVisible();
});
