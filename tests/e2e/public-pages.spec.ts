/**
 * Issue 22, point 3: the accessibility statement in the national model, as a hosting municipality
 * fills it in, and the privacy page; both linked from every page's footer.
 */
import { expect, expectNoAxeViolations, test } from './fixtures';

test('the footer leads to the privacy page, which says what is stored and that nothing leaves', async ({
	page
}) => {
	await page.goto('/voorstellen');
	const footer = page.getByRole('navigation', { name: 'Over deze app' });
	await footer.getByRole('link', { name: 'Privacy' }).click();
	await expect(page).toHaveTitle('Privacy: wat Baatwijzer bewaart - Baatwijzer');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Privacy: wat Baatwijzer bewaart'
	);
	await expect(
		page.getByText(/Er wordt niets verstuurd, tenzij u zelf synchroniseren/)
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Als u synchroniseren aanzet' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('the statement shows what the hosting organisation filled in', async ({ page }) => {
	await page.route('**/toegankelijkheidsverklaring.json', (route) =>
		route.fulfill({
			contentType: 'application/json',
			body: JSON.stringify({
				organisation: 'Gemeente Helmond',
				website: 'https://baatwijzer.helmond.nl',
				status: 'B',
				statementDate: '2026-11-30',
				lastAuditDate: '2026-10-15',
				auditBy: 'Stichting Toegankelijk',
				auditReport: 'https://example.org/rapport.pdf',
				knownGaps: [
					{
						problem: 'De spreidingsgrafiek is met een schermlezer alleen als tabel te lezen.',
						reason: 'Grafiek en tabel tonen dezelfde cijfers.',
						plannedFix: 'Beschrijving bij de grafiek, voor 1 maart 2027.'
					}
				],
				contactEmail: 'toegankelijkheid@helmond.nl',
				contactPhone: '14 0492',
				replyWithinDays: 5
			})
		})
	);
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Over deze app' })
		.getByRole('link', { name: 'Toegankelijkheidsverklaring' })
		.click();
	await expect(page).toHaveTitle('Toegankelijkheidsverklaring - Baatwijzer');
	await expect(page.getByText(/^Gemeente Helmond wil dat iedereen Baatwijzer/)).toBeVisible();
	await expect(page.getByTestId('statement-status')).toHaveText(
		'Baatwijzer voldoet gedeeltelijk aan de toegankelijkheidseisen (status B).'
	);
	await expect(
		page.getByText(
			'Het laatste onderzoek naar de toegankelijkheid is gedaan op 15 oktober 2026 door Stichting Toegankelijk.'
		)
	).toBeVisible();
	await expect(page.getByText(/spreidingsgrafiek is met een schermlezer/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'toegankelijkheid@helmond.nl' })).toBeVisible();
	await expect(page.getByText('U krijgt binnen 5 werkdagen een antwoord.')).toBeVisible();
	await expectNoAxeViolations(page);
	// On a phone the long heading breaks; the page does not scroll sideways.
	await page.setViewportSize({ width: 375, height: 740 });
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
	).toBeLessThanOrEqual(0);
});

test('as shipped the statement says it is not filled in yet; a broken file is named, field by field', async ({
	page
}) => {
	await page.goto('/toegankelijkheid');
	await expect(page.getByTestId('statement-status')).toHaveText(
		/heeft de status nog niet ingevuld/
	);
	await expect(page.getByText(/vul het bestand toegankelijkheidsverklaring.json/)).toBeVisible();
	await expectNoAxeViolations(page);

	await page.route('**/toegankelijkheidsverklaring.json', (route) =>
		route.fulfill({
			contentType: 'application/json',
			body: JSON.stringify({ status: 'F', lastAuditDate: '31-02-2026' })
		})
	);
	await page.reload();
	const notice = page.getByRole('note');
	await expect(notice).toContainText('Het bestand toegankelijkheidsverklaring.json klopt niet');
	await expect(notice).toContainText('status');
	await expect(notice).toContainText('datum van het laatste onderzoek');
	await expect(page.getByTestId('statement-status')).toHaveText(/nog niet ingevuld/);
});
