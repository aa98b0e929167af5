/** How sure an estimate is: ranges give a P10-P90 band and a histogram; what-if controls redraw. */
import { expect, expectNoAxeViolations, test } from './fixtures';
import { typeInto, Wizard } from './page-models/wizard';

test('ranges on a line give a P10-P90 band and a histogram; the safety control redraws at once', async ({
	page
}) => {
	const wizard = new Wizard(page);
	await wizard.walk({ title: 'Bezoek aan huis', subsidy: '20.000' }, [
		{
			search: 'dagopvang',
			item: 'Dagopvang en sociale activering',
			chance: 'Waarschijnlijk',
			contribution: 'Waarschijnlijk',
			persons: '4'
		}
	]);
	await wizard.showLaterParts();
	const panel = page.getByRole('region', { name: 'Hoe zeker is deze schatting?' });
	await expect(panel.getByText(/Nog geen bandbreedte/)).toBeVisible();

	const line = 'Dagopvang en sociale activering';
	await typeInto(page.getByLabel(`Laagste aantal voor ${line}`), '2');
	await typeInto(page.getByLabel(`Hoogste aantal voor ${line}`), '6');
	await page.getByLabel(`Kans (A) laag voor ${line}`).focus();
	await page.keyboard.press('M');
	await page.getByLabel(`Kans (A) hoog voor ${line}`).focus();
	await page.keyboard.press('Z');
	await expect(page.getByLabel(`Kans (A) laag voor ${line}`)).toHaveValue('maybe');
	await expect(page.getByLabel(`Kans (A) hoog voor ${line}`)).toHaveValue('certain');
	const band = panel.getByTestId('band');
	// In plain Dutch first, with the economist's P10 and P90 after it (issue 19).
	await expect(band).toContainText(
		/^In 8 van de 10 gevallen ligt de besparing tussen €\s[\d.]+ en €\s[\d.]+ \(P10 tot P90\)\.$/
	);
	// Ranges around the point (2 to 6 people, chance Misschien to Zeker) put the point estimate
	// inside the band: 6,870 x 4 x 70 % x 70 % x 90 % x 3. The band first shows the draws of the
	// ranges typed so far (the worker answers each edit), so wait for the answer to the last one.
	const point = 6_870 * 4 * 0.7 * 0.7 * 0.9 * 3;
	const bandEnds = async () =>
		(await band.textContent())!
			.match(/€\s([\d.]+) en €\s([\d.]+)/)!
			.slice(1)
			.map((amount) => Number(amount.replaceAll('.', ''))) as [number, number];
	await expect
		.poll(async () => {
			const [low, high] = await bandEnds();
			return low < point && high > point;
		})
		.toBe(true);
	const histogram = panel.getByRole('img', { name: /^Histogram van de mogelijke vermeden kosten/ });
	await expect(histogram).toBeVisible();
	// Its bars are drawn, and every label lies inside the drawing (none clipped at an edge).
	expect(await histogram.locator('rect').count()).toBeGreaterThan(3);
	const box = (await histogram.boundingBox())!;
	for (const label of await histogram.locator('text').all()) {
		const inner = (await label.boundingBox())!;
		expect(inner.x).toBeGreaterThanOrEqual(box.x - 0.5);
		expect(inner.x + inner.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
	}
	await expect(histogram.locator('text.subsidy')).toHaveText('subsidie €\u00A020.000');
	// At 1280 px every column header of the ranges table is in view, the last one not cut off.
	expect(page.viewportSize()!.width).toBe(1280);
	const ranges = panel.getByRole('table', { name: 'Bandbreedte per regel' });
	const frame = (await ranges.locator('xpath=..').boundingBox())!;
	for (const header of await ranges.getByRole('columnheader').all()) {
		const box = (await header.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
	}
	// The point estimate lies inside this band, so no word on why it would lie outside.
	await expect(panel.getByTestId('outside-band')).toHaveCount(0);
	await expect(
		panel.getByText(/Kans dat de vermeden kosten hoger zijn dan de subsidie: \d+%/)
	).toBeVisible();
	await expect(panel.getByText(/Dagopvang en sociale activering, aantal: /)).toBeVisible();
	await expectNoAxeViolations(page);
	await panel.screenshot({ path: 'test-results/screenshots/onzekerheid.png' });

	// What if the safety margin were lower? The total and the band follow at once.
	const methodTotal = await wizard.figure('result-total').textContent();
	const whatIf = panel.getByTestId('what-if-total');
	const before = await whatIf.textContent();
	const bandBefore = await band.textContent();
	await page.getByLabel(/^Veiligheidsmarge/).focus();
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByLabel(/^Veiligheidsmarge/)).toHaveValue('80');
	await expect(whatIf).not.toHaveText(before!);
	await expect(band).not.toHaveText(bandBefore!);
	// The page stays responsive: typed while the simulation redraws, every key arrives.
	await page.getByLabel(/^Herhalingsjaren/).focus();
	await page.keyboard.press('ArrowRight');
	await typeInto(page.getByLabel(`Hoogste aantal voor ${line}`), '123');
	await page.getByLabel(`Hoogste aantal voor ${line}`).blur();
	await expect(page.getByLabel(`Hoogste aantal voor ${line}`)).toHaveValue('123');
	// The proposal itself keeps its own settings: the method's total is unchanged.
	// 6,870 x 4 x 70 % x 70 % x 90 % x 3 = 36,356.04
	expect(methodTotal).toMatch(/€\s36\.356/);
	await expect(wizard.figure('result-total')).toHaveText(methodTotal!);
});

test('the MKBA view, off by default, shows the net present value and the ratio per party', async ({
	page
}) => {
	const wizard = new Wizard(page);
	await wizard.walk({ title: 'Buurtbemiddeling', subsidy: '10.000' }, [
		{
			search: 'dagopvang',
			item: 'Dagopvang en sociale activering',
			chance: 'Zeker',
			contribution: 'Zeker',
			persons: '2'
		}
	]);
	await wizard.showLaterParts();
	const panel = page.getByRole('region', { name: 'Maatschappelijke kosten-batenanalyse (MKBA)' });
	const toggle = panel.getByRole('checkbox', { name: /^Toon de MKBA/ });
	await expect(toggle).not.toBeChecked();
	await expect(panel.getByTestId('mkba-npv')).toHaveCount(0);
	await toggle.check();
	// 6,870 x 2 x 90 % = 12,366 a year for 3 years, discounted at 2.25 %:
	// 12,366 + 12,366 / 1.0225 + 12,366 / 1.0225^2 = 36,287.77; costs 10,000.
	await expect(panel.getByTestId('mkba-benefits')).toHaveText(/€\s36\.288/);
	await expect(panel.getByTestId('mkba-npv')).toHaveText(/€\s26\.288/);
	await expect(panel.getByTestId('mkba-ratio')).toHaveText('3,63');
	// Own contribution of 2.000: costs 12,000, the organisation pays, the municipality gains.
	await typeInto(panel.getByLabel('Eigen bijdrage van de organisatie (euro)'), '2.000');
	await expect(panel.getByTestId('mkba-npv')).toHaveText(/€\s24\.288/);
	const rows = panel.getByTestId('mkba-party');
	// The municipality pays the subsidy and gains the avoided costs: one party, with its own
	// financial ratio (36,288 / 10,000).
	const municipality = rows.filter({ hasText: 'Gemeente (subsidiegever en kostenhouder)' });
	await expect(municipality).toContainText(/€\s36\.288/);
	await expect(municipality).toContainText(/€\s10\.000/);
	await expect(panel.getByTestId('mkba-municipality-ratio')).toHaveText('3,63');
	await expect(rows.filter({ hasText: 'LEVgroep' })).toContainText(/€\s2\.000/);
	await expectNoAxeViolations(page);
	await panel.screenshot({ path: 'test-results/screenshots/mkba.png' });
	// It travels with the draft: after a reload the view is still on, with the same figures.
	await page.reload();
	await wizard.showLaterParts();
	await expect(panel.getByTestId('mkba-npv')).toHaveText(/€\s24\.288/);
});

test('two lines for the same people marked as overlapping count once, and the report says so', async ({
	page
}) => {
	const wizard = new Wizard(page);
	const both = { chance: 'Zeker', contribution: 'Zeker', persons: '2' } as const;
	await wizard.walk({ title: 'Ontmoeting', subsidy: '10.000' }, [
		{ search: 'dagopvang', item: 'Dagopvang en sociale activering', ...both },
		{ search: 'sociale activering', item: 'Sociale activering', ...both }
	]);
	// 6,870 x 2 x 90 % x 3 = 37,098 and 3,650 x 2 x 90 % x 3 = 19,710.
	await expect(wizard.figure('result-total')).toHaveText(/€\s56\.808/);
	await wizard.showLaterParts();
	await page.getByLabel('Overlapt met, voor Sociale activering').focus();
	await page.keyboard.press('D');
	await expect(wizard.figure('result-total')).toHaveText(/€\s37\.098/);
	await expect(page.getByTestId('overlap-notice')).toContainText('de overlap telt één keer');
	await expect(page.getByTestId('result-line').nth(1)).toContainText(
		'voorkomt dezelfde hulp voor dezelfde mensen als "Dagopvang en sociale activering"'
	);
	await page.getByRole('link', { name: /^Rapport voor het raadsdossier/ }).click();
	await expect(page.getByTestId('overlap-notice')).toBeVisible();
	await expect(page.getByText(/€\s37\.098/).first()).toBeVisible();
});
