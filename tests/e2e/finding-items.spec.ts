/** Issue 9, point 2: finding an item among the 130 of the sourced list, as a first-time user. */
import { expect, expectNoAxeViolations, test } from './fixtures';
import { typeInto, Wizard } from './page-models/wizard';

test.describe('finding a cost item', () => {
	test('the words welfare workers use find the item; rows are compact; a domain can be browsed', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		const wizard = new Wizard(page);
		await wizard.start();
		await wizard.fillInitiative({
			title: 'Schuldenspreekuur in de wijkbibliotheek',
			subsidy: '25.000'
		});
		await wizard.next();
		await expect(page).toHaveURL(/\/kosten$/);
		// With nothing searched yet the step is short: no list of 130 items to scroll past.
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		expect(height).toBeLessThanOrEqual(4000);
		await expectNoAxeViolations(page);

		const search = page.getByRole('searchbox', { name: 'Zoek in de prijslijst' });
		const results = page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('listitem');
		await typeInto(search, 'ontruiming');
		await expect(results.first()).toContainText('Huisuitzetting');
		await typeInto(search, 'schuldhulp');
		await expect(results.first()).toContainText('Schuldhulpverlening');
		// A compact row: name, amount and unit, holder and grade; details on demand.
		await expect(results.first()).toContainText('Gemeente - volwassenen');
		await expect(results.first()).toContainText(/betrouwbaarheid [ABC]/);
		await results.first().getByText('Details en bron').click();
		await expect(results.first()).toContainText('Bron');
		await expectNoAxeViolations(page);

		await typeInto(search, '');
		await page.getByRole('button', { name: /^Jeugd \(\d+\)$/ }).click();
		await expect(page.getByRole('button', { name: /^Jeugd \(\d+\)$/ })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(results.first()).toBeVisible();
		const shown = await results.count();
		expect(shown).toBeGreaterThan(5);
		expect(shown).toBeLessThanOrEqual(25);
		await wizard.addItem('jeugdzorg', 'Jeugd- en opvoedhulp, ambulant zonder verblijf');
	});
});
