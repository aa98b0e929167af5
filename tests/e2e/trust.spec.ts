/**
 * Issue 8 in the browser: amounts typed key by key (point 1), the last edit before leaving
 * (point 2), delete in one tab and edit in another (point 3), a full disk (point 8).
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { DraftsPage } from './page-models/drafts';
import { typeInto, Wizard } from './page-models/wizard';

const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Opgeslagen' });
const subsidyField = (page: Page) => page.getByLabel('Gevraagde subsidie per jaar (euro)');

/** Makes every IndexedDB write fail as a full disk does, once `localStorage['test-full']` is set. */
async function diskFillsUpOnRequest(page: Page) {
	await page.addInitScript(() => {
		for (const method of ['add', 'put'] as const) {
			const real = IDBObjectStore.prototype[method];
			IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: never[]) {
				if (localStorage.getItem('test-full'))
					throw new DOMException('De schijf is vol', 'QuotaExceededError');
				return (real as (...a: never[]) => IDBRequest).apply(this, args);
			} as never;
		}
	});
}

test.describe('numbers and drafts that cannot silently go wrong', () => {
	test('amounts typed key by key keep every digit in every number field', async ({ page }) => {
		const wizard = new Wizard(page);
		await wizard.start();
		const subsidy = subsidyField(page);
		for (const [typed, shown] of [
			['45.000', '45.000'],
			['48.500,50', '48.500,50'],
			['1.000,50', '1.000,50'],
			['1250,5', '1.250,50'],
			['45000', '45.000']
		] as const) {
			await typeInto(subsidy, typed);
			// Never rewritten under the user's fingers...
			await expect(subsidy).toHaveValue(typed);
			await subsidy.press('Tab');
			// ...and written the way the hints write amounts once left.
			await expect(subsidy).toHaveValue(shown);
		}
		await typeInto(page.getByLabel('Naam van de activiteit'), 'Schuldenspreekuur');
		const groupSize = page.getByLabel('Grootte van de doelgroep');
		await typeInto(groupSize, '1.250');
		await groupSize.press('Tab');
		await expect(groupSize).toHaveValue('1.250');
		await expect(saved(page)).toBeVisible();
		await page.reload();
		await expect(subsidy).toHaveValue('45.000');
		await expect(groupSize).toHaveValue('1.250');

		await wizard.next();
		await wizard.addItem('verpleeg', 'Verpleeghuiszorg (opname voorkomen of uitgesteld)');
		await page.getByText('Staat de kostenpost er niet bij? Voeg een eigen kostenpost toe').click();
		await typeInto(page.getByLabel('Naam van de kostenpost'), 'Maaltijdservice');
		const amount = page.getByLabel('Bedrag (euro)');
		await typeInto(amount, '1.250,50');
		await expect(amount).toHaveValue('1.250,50');
		await typeInto(page.getByLabel('Prijsjaar'), '2025');
		await typeInto(page.getByLabel('Bron (uitgever en titel)'), 'Offerte cateraar 2025');
		await page.getByRole('button', { name: 'Eigen kostenpost toevoegen' }).click();
		await wizard.next();
		await wizard.answerCount(1, { persons: '2' });
		await wizard.answerCount(2, { groupSize: '1.250', sharePercent: '10' });
		await wizard.next();
		await wizard.answerLevels(1, 'Zeker', 'Zeker');
		await wizard.answerLevels(2, 'Zeker', 'Zeker');
		const safety = page.getByLabel('Veiligheidsmarge (%)');
		await typeInto(safety, '80');
		await expect(safety).toHaveValue('80');
		await wizard.next();
		await wizard.next();
		await expect(page).toHaveURL(/\/resultaat$/);
		// 80 % x 3 years x (54,750 x 2 + 1,250.50 x 1,250 x 10 %) = 637,950
		await expect(wizard.figure('result-total')).toHaveText('€\u00A0637.950');
		await expect(wizard.figure('result-subsidy')).toHaveText('€\u00A045.000');
	});

	test('what was typed just before a reload is still there, and leaving asks first', async ({
		page,
		leaveQuestions
	}) => {
		const wizard = new Wizard(page);
		await wizard.start();
		await typeInto(page.getByLabel('Naam van de activiteit'), 'Buurtkamer');
		await expect(saved(page)).toBeVisible();
		// Typed and reloaded at once, well inside the autosave delay.
		await page.getByLabel('Naam van de activiteit').press('End');
		await page.getByLabel('Naam van de activiteit').pressSequentially(' Noord');
		await subsidyField(page).click();
		await subsidyField(page).pressSequentially('12.500');
		await page.reload();
		expect(leaveQuestions.length).toBeGreaterThan(0);
		await expect(page.getByLabel('Naam van de activiteit')).toHaveValue('Buurtkamer Noord');
		await expect(subsidyField(page)).toHaveValue('12.500');
		await expect(saved(page)).toBeVisible();

		// The same when the browser is closed: a new page in the same profile finds it.
		const url = page.url();
		await page.getByLabel('Naam van de activiteit').press('End');
		await page.getByLabel('Naam van de activiteit').pressSequentially(' en West');
		await page.close({ runBeforeUnload: false });
		const again = await page.context().newPage();
		await again.goto(url);
		await expect(again.getByLabel('Naam van de activiteit')).toHaveValue(
			'Buurtkamer Noord en West'
		);
		await expect(again.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
	});

	test('delete in one tab, edit in another, undo: the newer text survives', async ({
		page,
		context
	}) => {
		const wizard = new Wizard(page);
		await wizard.start();
		await typeInto(page.getByLabel('Naam van de activiteit'), 'Wijkontbijt');
		await expect(saved(page)).toBeVisible();

		const overviewTab = await context.newPage();
		const drafts = new DraftsPage(overviewTab);
		await drafts.open();
		await drafts
			.card('Wijkontbijt')
			.getByRole('button', { name: 'Verwijderen: Wijkontbijt' })
			.click();
		await expect(overviewTab.getByText('"Wijkontbijt" is verwijderd.')).toBeVisible();

		// The editing tab is told, keeps what it has, and types on.
		await expect(page.getByText(/in een ander tabblad verwijderd/)).toBeVisible();
		await page.getByLabel('Naam van de activiteit').press('End');
		await page.getByLabel('Naam van de activiteit').pressSequentially(' in Stiphout');
		await expect(page.getByText('Niet opgeslagen')).toBeVisible();
		await page.getByRole('button', { name: 'Opnieuw opslaan' }).click();
		await expect(saved(page)).toBeVisible();

		// Undo in the overview must not put the older text back over the newer one.
		await overviewTab.getByRole('button', { name: 'Ongedaan maken' }).click();
		await expect(overviewTab.getByText(/Niet teruggezet/)).toBeVisible();
		await expect(drafts.card('Wijkontbijt in Stiphout')).toBeVisible();
		await expect(drafts.cards).toHaveCount(1);
		await expectNoAxeViolations(overviewTab);
		await expect(page.getByLabel('Naam van de activiteit')).toHaveValue('Wijkontbijt in Stiphout');
	});

	test('a full disk: new draft, import and a price list each say so and change nothing', async ({
		page
	}) => {
		await diskFillsUpOnRequest(page);
		const drafts = new DraftsPage(page);
		await drafts.open();
		await page.evaluate(() => localStorage.setItem('test-full', '1'));

		await page.getByRole('link', { name: 'Nieuw voorstel' }).click();
		await expect(page.getByRole('alert')).toContainText('de opslag van deze browser is vol');
		await expectNoAxeViolations(page);

		await drafts.open();
		await drafts.importFile('tests/fixtures/import/valid.json');
		await expect(page.getByRole('alert')).toContainText('Het importeren is niet gelukt');
		await expect(drafts.cards).toHaveCount(0);

		await page.goto('/prijslijst');
		await typeInto(page.getByLabel('Naam van de lijst'), 'Gemeente Helmond');
		await typeInto(page.getByLabel('Versie'), '2025-1');
		await page
			.getByLabel('Bestand (CSV of JSON)')
			.setInputFiles('tests/fixtures/price-lists/gemeente-helmond.csv');
		await page.getByRole('button', { name: 'Opslaan en gebruiken' }).click();
		await expect(page.getByRole('alert')).toContainText('De prijslijst is niet opgeslagen');
		await expect(page.getByLabel('Actieve prijslijst').locator('option')).toHaveCount(1);
	});

	test('without storage, leaving the page warns that drafts are lost unless exported', async ({
		page,
		leaveQuestions
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
		});
		const wizard = new Wizard(page);
		await wizard.start();
		await typeInto(page.getByLabel('Naam van de activiteit'), 'Alleen in dit tabblad');
		await expect(page.getByText(/staat opslaan niet toe/)).toBeVisible();
		await page.goto('/prijslijst');
		expect(leaveQuestions).toHaveLength(1);
	});
});

test('a stored draft that no longer validates opens to a Dutch notice with export and repair', async ({
	page
}) => {
	const drafts = new DraftsPage(page);
	await drafts.open();
	// The overview creates the app's database as it opens (the start page only reads); the record
	// below is written beside it once it is there.
	await expect
		.poll(() =>
			page.evaluate(async () =>
				(await indexedDB.databases()).some((database) => database.name === 'baatwijzer')
			)
		)
		.toBe(true);
	// A record as an older, buggier version might have left it: two lines with one id.
	await page.evaluate(async () => {
		const line = {
			id: 'dubbel',
			priceItemId: null,
			name: 'Eigen regel',
			unit: 'per keer',
			amountCents: 10000,
			priceYear: 2024,
			kind: 'cost',
			count: { kind: 'direct', persons: 2 },
			lowCents: null,
			highCents: null,
			chance: 'maybe',
			contribution: 'certain',
			recurrence: 'oneOff',
			costHolder: 'Politie',
			justification: ''
		};
		const stamp = '2026-11-22T10:00:00.000Z';
		const request = indexedDB.open('baatwijzer');
		await new Promise<void>((done, fail) => {
			request.onsuccess = () => {
				const tx = request.result.transaction('drafts', 'readwrite');
				tx.objectStore('drafts').put({
					id: 'beschadigd',
					titleKey: 'oud voorstel',
					status: 'draft',
					updatedAt: stamp,
					revision: 3,
					proposal: {
						id: 'beschadigd',
						title: 'Oud voorstel',
						subsidyCents: 500000,
						lines: [line, line],
						createdAt: stamp,
						updatedAt: stamp
					}
				});
				tx.oncomplete = () => done();
				tx.onerror = () => fail(tx.error);
			};
			request.onerror = () => fail(request.error);
		});
	});
	await page.reload();
	await page.getByRole('link', { name: /Beschadigd voorstel beschadigd bekijken/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Dit voorstel kan niet worden geopend'
	);
	await expect(page.getByRole('alert')).toContainText(
		'regel 2 › id: komt twee keer voor: elke id moet uniek zijn'
	);
	await expectNoAxeViolations(page);
	const file = await drafts.download(() =>
		page.getByRole('button', { name: 'Exporteren zoals opgeslagen' }).click()
	);
	expect(file.name).toBe('baatwijzer-beschadigd-beschadigd.json');
	await page.getByRole('button', { name: 'Herstellen: bewaar wat klopt' }).click();
	await expect(page.getByLabel('Naam van de activiteit')).toHaveValue('Oud voorstel');
	await expect(page.getByLabel('Gevraagde subsidie per jaar (euro)')).toHaveValue('5.000');
});
