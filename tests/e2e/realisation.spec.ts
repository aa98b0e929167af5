/**
 * Issue 21, point 4: what actually happened. A sociaal raadsman whose 2025 schuldenspreekuur is
 * over registers the year's cases, takes the realised counts from them, types the rest, reads the
 * result beside the estimate, sees it in the comparison and starts next year's proposal from it.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { DraftsPage } from './page-models/drafts';
import { typeInto, Wizard } from './page-models/wizard';

const title = 'Schuldenspreekuur in de wijkbibliotheek';
/** The fixture, its period moved to 2025 so that it has passed. */
function pastProposal() {
	const file = JSON.parse(readFileSync('tests/fixtures/proposals/schuldenspreekuur.json', 'utf8'));
	Object.assign(file.drafts[0].proposal, { periodStart: '2025-01-01', periodEnd: '2025-12-31' });
	return {
		name: 'schuldenspreekuur-2025.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(file))
	};
}
const cases = [
	'casus;onderdeel;datum;beschrijving;vermenigvuldiger;prijspost;aantal;kans;bijdrage;herhaling;kostenhouder',
	'1;Sociaal raadsliedenwerk;3-3-2025;Schulden op tijd geregeld.;3;schuldhulpverlening-schuldgeval;1;Waarschijnlijk;Waarschijnlijk;eenmalig;',
	'2;Sociaal raadsliedenwerk;10-9-2025;Twee huishoudens onder één dak.;2;schuldhulpverlening-schuldgeval;2;Waarschijnlijk;Waarschijnlijk;eenmalig;',
	// Another unit, and a case after the period: neither counts for this proposal.
	'3;Buurtcoach;11-9-2025;Andere eenheid.;5;schuldhulpverlening-schuldgeval;1;Waarschijnlijk;Waarschijnlijk;eenmalig;',
	'4;Sociaal raadsliedenwerk;2-1-2026;Na de periode.;4;schuldhulpverlening-schuldgeval;1;Waarschijnlijk;Waarschijnlijk;eenmalig;'
].join('\r\n');

test('a realisation from the registered cases and by hand, beside the estimate, in the comparison and into next year', async ({
	page
}) => {
	await page.goto('/casussen');
	await page.getByLabel('CSV-bestand met casussen').setInputFiles({
		name: 'casussen-2025.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(cases)
	});
	await expect(page.getByText('4 casussen uit casussen-2025.csv zijn opgeslagen.')).toBeVisible();

	const drafts = new DraftsPage(page);
	await drafts.open();
	await page.getByLabel('Bestanden om te importeren').setInputFiles([
		pastProposal(),
		{
			name: 'jongerenwerk.json',
			mimeType: 'application/json',
			buffer: readFileSync('tests/fixtures/proposals/jongerenwerk.json')
		}
	]);
	await expect(drafts.cards).toHaveCount(2);
	await page.getByRole('link', { name: `Openen: ${title}` }).click();
	const wizard = new Wizard(page);
	// Estimated: r1 12 x 70 % x 70 % x 1,500 = 8,820 once; r2 3 x 35 % x 70 % x 7,500 = 5,512.50
	// once; r3 6 x 70 % x 35 % x 1,814 = 2,666.58 a year; at 90 % over three years: 20,099.
	await expect(wizard.figure('result-total')).toHaveText('€ 20.099');
	// The estimate as an Excel workbook: the total to the cent, a sheet per cost holder.
	const workbook = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download als Excel-werkmap (.xlsx)' }).click();
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile((await (await workbook).path())!);
	expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
		'Samenvatting',
		'Kostenposten',
		'Gemeente - volwassenen',
		'Woningcorporatie'
	]);
	const summary = book.getWorksheet('Samenvatting')!;
	expect(summary.getRow(11).values).toEqual([undefined, 'Totaal vermeden kosten (EUR)', 20099.02]);
	await page.getByRole('link', { name: 'Realisatie: wat is er werkelijk gebeurd?' }).click();
	await expect(page).toHaveTitle(`Realisatie: ${title} - Baatwijzer`);
	await expect(page.getByTestId('realisation-period')).toHaveText(
		'Periode: 1 januari 2025 tot en met 31 december 2025.'
	);
	await expect(page.getByText(/De periode loopt nog/)).toHaveCount(0);
	// Cases 1 and 2 count (1 x 3 + 2 x 2 = 7 debt cases); 3 is another unit, 4 after the period.
	await expect(page.getByTestId('case-matches')).toHaveText(
		'2 casussen passen bij één kostenpost.'
	);
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Neem de aantallen uit de casussen over' }).click();
	const debt = page.getByLabel('Gerealiseerd aantal voor Schuldhulpverlening per schuldgeval');
	await expect(debt).toHaveValue('7');
	const lines = page.getByRole('table', { name: /^Per kostenpost/ });
	await expect(lines.getByRole('row', { name: /^Schuldhulpverlening/ })).toContainText(
		'uit 2 casussen'
	);

	// The other two by hand, key by key; a slip is named and nothing is taken from it.
	const eviction = page.getByLabel('Gerealiseerd aantal voor Directe kosten huisuitzetting');
	await typeInto(eviction, '1x');
	await expect(
		page.getByText(
			/Vul bij het gerealiseerde aantal voor Directe kosten huisuitzetting een heel getal in/
		)
	).toBeVisible();
	await expect(eviction).toHaveAttribute('aria-invalid', 'true');
	await eviction.press('Backspace');
	await expect(eviction).toHaveAttribute('aria-invalid', 'false');
	await typeInto(
		page.getByLabel('Gerealiseerd aantal voor Beschermingsbewind bij problematische schulden'),
		'2'
	);
	// Realised: 7 x 0.49 x 1,500 x 0.9 = 4,630.50; 1 x 0.245 x 7,500 x 0.9 = 1,653.75;
	// 2 x 0.245 x 1,814 x 0.9 x 3 = 2,399.92: 8,684 against 20,099 estimated.
	await expect(page.getByTestId('realisation-total')).toHaveText(
		'Geschat € 20.099 over de looptijd, gerealiseerd € 8.684 (verschil € -11.415).'
	);
	await expect(
		page.getByText('Verhouding tot de subsidie: geschat 80%, gerealiseerd 35%.')
	).toBeVisible();
	const holders = page.getByTestId('realisation-holders');
	await expect(holders.getByRole('row', { name: /^Gemeente - volwassenen/ })).toHaveText(
		/€\s15\.138\s*€\s7\.030\s*€\s-8\.107/
	);
	await expect(holders.getByRole('row', { name: /^Woningcorporatie/ })).toHaveText(
		/€\s4\.961\s*€\s1\.654\s*€\s-3\.308/
	);
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
	await expectNoAxeViolations(page);
	// On a phone the tables scroll in their own box; the page does not scroll sideways.
	await page.setViewportSize({ width: 375, height: 740 });
	await expect(page.getByTestId('realisation-holders')).toBeVisible();
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
	).toBeLessThanOrEqual(0);
	await page.setViewportSize({ width: 1280, height: 800 });

	// Kept: after a reload the counts are still there.
	await page.reload();
	await expect(debt).toHaveValue('7');
	await expect(page.getByTestId('realisation-total')).toContainText('gerealiseerd € 8.684');

	// The comparison shows estimated against realised.
	await drafts.open();
	await page.getByLabel(`Kies "${title}" om te vergelijken`).check();
	await page.getByLabel('Kies "Straathoekwerk bij hanggroepen in Noord" om te vergelijken').check();
	await page.getByRole('link', { name: 'Vergelijk de gekozen voorstellen (2)' }).click();
	const table = page.getByTestId('comparison');
	await expect(table.getByRole('row', { name: /^Gerealiseerd over de looptijd/ })).toContainText(
		'Nog geen realisatie'
	);
	await expect(page.getByTestId('portfolio-realisation')).toContainText(
		'Van één gekozen voorstel is de realisatie vastgelegd'
	);
	await expectNoAxeViolations(page);

	// Next year starts from what was realised.
	await drafts.open();
	await page.getByRole('link', { name: `Openen: ${title}` }).click();
	await page.getByRole('link', { name: 'Realisatie: wat is er werkelijk gebeurd?' }).click();
	await page.getByRole('button', { name: 'Nieuw voorstel op basis van de realisatie' }).click();
	await expect(page).toHaveURL(/\/initiatief$/);
	await expect(page.getByLabel('Naam van de activiteit')).toHaveValue(`${title} (vervolg)`);
	await page.getByRole('link', { name: /^6\. Resultaat/ }).click();
	await expect(wizard.figure('result-total')).toHaveText('€ 8.684');
});
