/** A newcomer's first estimate from a worked example (voorbeeld), counted in interactions. */
import { expect, expectNoAxeViolations, test } from './fixtures';
import { typeInto, Wizard } from './page-models/wizard';
import { recordWalk } from './walks';

test('a buurtcoach reaches a first estimate from a template in under 15 interactions', async ({
	page
}) => {
	const wizard = new Wizard(page);
	let interactions = 0;
	/** One click, or one field typed into: what the person does, counted. */
	const act = async (step: () => Promise<void>) => {
		interactions++;
		await step();
	};

	await page.goto('/');
	await act(() => page.getByRole('link', { name: 'Begin met een voorbeeld' }).click());
	await expect(page).toHaveTitle('Begin met een voorbeeld - Baatwijzer');
	await expect(wizard.heading).toHaveText('Begin met een voorbeeld');
	// Each card says what it estimates before it is chosen.
	const card = page.getByRole('listitem').filter({ hasText: 'Schuldenspreekuur in de wijk' });
	await expect(card).toContainText('3 kostenposten');
	await expect(card).toContainText(/tegen €\s40\.000 subsidie/);
	await expectNoAxeViolations(page);
	await page.screenshot({ path: 'test-results/screenshots/voorbeelden.png', fullPage: true });

	await act(() =>
		page
			.getByRole('button', { name: 'Begin met dit voorbeeld: Schuldenspreekuur in de wijk' })
			.click()
	);
	await expect(page).toHaveURL(/\/voorstel\/[\w-]+\/controleren\?voorbeeld=1$/);
	await expect(wizard.heading).toHaveText('Controleer uw antwoorden');
	await expect(
		page.getByRole('status').filter({ hasText: 'gemaakt vanuit het voorbeeld' })
	).toBeVisible();
	// The reasoning came with every line.
	await expect(page.getByText(/Ongeveer een kwart van de bezoekers/)).toBeVisible();
	await expectNoAxeViolations(page);

	// Own title and subsidy.
	await act(() => page.getByRole('link', { name: 'Wijzigen Naam van de activiteit' }).click());
	await expect(wizard.heading).toHaveText('Welke activiteit stelt u voor?');
	await act(() =>
		typeInto(page.getByLabel('Naam van de activiteit'), 'Geldzorgen-spreekuur Rijpelberg')
	);
	await act(() => typeInto(page.getByLabel('Gevraagde subsidie per jaar (euro)'), '35.000'));
	await act(() => page.getByRole('button', { name: 'Terug naar controleren' }).click());
	await expect(wizard.heading).toHaveText('Controleer uw antwoorden');

	// Fewer visitors than the example: 80 instead of 120.
	await act(() => page.getByRole('link', { name: 'Wijzigen Aantal personen' }).first().click());
	await expect(wizard.heading).toHaveText('Voor hoeveel mensen speelt elke kostenpost?');
	await act(() => typeInto(page.getByLabel('Grootte van de groep').first(), '80'));
	await act(() => page.getByRole('button', { name: 'Terug naar controleren' }).click());
	await expect(wizard.heading).toHaveText('Controleer uw antwoorden');
	await expect(page.getByText('80 x 25% = 20')).toBeVisible();

	await act(() => page.getByRole('button', { name: 'Bekijk het resultaat' }).click());
	await wizard.showLaterParts();
	// 90 % x ( 5,335 x 20 x 70 % x 70 %  +  7,500 x 3 x 35 % x 35 %  +  3 x 1,814 x 5 x 35 % x 70 % )
	// = 90 % x ( 52,283 + 2,756.25 + 3 x 2,222.15 ) = 55,535.13
	await expect(wizard.figure('result-total')).toHaveText(/€\s55\.535$/);
	await expect(page.getByText('Geldzorgen-spreekuur Rijpelberg').first()).toBeVisible();
	recordWalk('drafter from a template, first estimate', interactions, 15);
});

test("an organisation's own template file is checked before it is offered", async ({ page }) => {
	await page.goto('/voorbeelden');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Begin met een voorbeeld');
	const own = {
		format: 'baatwijzer-voorbeelden',
		version: 1,
		proposalVersion: 7,
		name: 'Wijkteam Noord',
		templates: [
			{
				id: 'eigen-1',
				name: 'Ons buurtmaatje',
				proposal: {
					id: 'eigen-1',
					title: 'Ons buurtmaatje',
					createdAt: '2026-01-01T00:00:00.000Z',
					updatedAt: '2026-01-01T00:00:00.000Z',
					lines: [
						{
							id: 'r1',
							priceItemId: 'sociale-activering',
							name: 'Sociale activering',
							unit: 'per persoon per jaar',
							amountCents: 365000,
							priceYear: 2019,
							count: { kind: 'direct', persons: 2 },
							chance: 'misschien bijna',
							contribution: 'likely',
							recurrence: 'yearly',
							costHolder: 'Gemeente - volwassenen'
						}
					]
				}
			}
		]
	};
	const file = (data: unknown) => ({
		name: 'voorbeelden.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(data))
	});
	const input = page.getByLabel('Bestand met voorbeelden');
	await input.setInputFiles(file(own));
	const problem = page.getByRole('alert');
	await expect(problem).toContainText('Dit bestand kan niet worden geladen');
	await expect(problem).toContainText('voorbeeld 1 › regel 1 › kans (A)');
	await expect(page.getByRole('heading', { name: 'Voorbeelden: Wijkteam Noord' })).toHaveCount(0);
	await expect(page).toHaveTitle('Fout: Begin met een voorbeeld - Baatwijzer');
	await expectNoAxeViolations(page);

	own.templates[0]!.proposal.lines[0]!.chance = 'maybe';
	await input.setInputFiles(file(own));
	await expect(
		page.getByRole('status').filter({ hasText: '1 voorbeeld uit "voorbeelden.json"' })
	).toContainText('blijven in deze browser bewaard');
	await expect(page).toHaveTitle('Begin met een voorbeeld - Baatwijzer');
	await expect(page.getByRole('heading', { name: 'Voorbeelden: Wijkteam Noord' })).toBeVisible();
	// Kept for the next visit, read through the same checks.
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Voorbeelden: Wijkteam Noord' })).toBeVisible();
	await page.getByRole('button', { name: 'Begin met dit voorbeeld: Ons buurtmaatje' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer uw antwoorden');
	await expect(page.getByRole('heading', { name: 'Regel 1: Sociale activering' })).toBeVisible();

	// Removed, it is gone after a reload too.
	await page.goto('/voorbeelden');
	await page.getByRole('button', { name: 'Eigen voorbeelden verwijderen' }).click();
	await expect(page.getByRole('heading', { name: 'Voorbeelden: Wijkteam Noord' })).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Voorbeelden: Baatwijzer' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Voorbeelden: Wijkteam Noord' })).toHaveCount(0);
});
