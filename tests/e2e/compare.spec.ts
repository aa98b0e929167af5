/**
 * Issue 10, points 4, 5 and 7: three proposals compared side by side at one price level; each
 * figure equals the proposal's own result at that level; the portfolio is their sum; the
 * comparison downloads as CSV for Dutch Excel.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { DraftsPage } from './page-models/drafts';
import { Wizard } from './page-models/wizard';

const titles = [
	'Schuldenspreekuur in de wijkbibliotheek',
	'Straathoekwerk bij hanggroepen in Noord',
	'Maatjesproject voor ouderen met een kleine kring'
];
const euros = (text: string) => Number(text.replace(/[€\s\u00A0.]/g, '').replace(',', '.'));

test('three proposals side by side; each figure is the proposal’s own; the portfolio is their sum', async ({
	page
}, testInfo) => {
	const drafts = new DraftsPage(page);
	await drafts.open();
	await drafts.importFile(
		['schuldenspreekuur', 'jongerenwerk', 'maatjes-tien-regels'].map(
			(name) => `tests/fixtures/proposals/${name}.json`
		)
	);
	await expect(drafts.cards).toHaveCount(3);

	// Each proposal's own total at the comparison's price level (chosen in the wizard).
	const wizard = new Wizard(page);
	const own: Record<string, string> = {};
	for (const title of titles) {
		await drafts.open();
		await page.getByRole('link', { name: `Openen: ${title}` }).click();
		await expect(page).toHaveURL(/\/resultaat$/);
		await page.getByRole('link', { name: /^4\. Kans/ }).click();
		await page.getByRole('button', { name: /^Gebruik prijspeil/ }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
		await page.getByRole('link', { name: /^6\. Resultaat/ }).click();
		own[title] = await wizard.figure('result-total').innerText();
	}

	await drafts.open();
	for (const title of titles) await page.getByLabel(`Kies "${title}" om te vergelijken`).check();
	await page.getByRole('link', { name: 'Vergelijk de gekozen voorstellen (3)' }).click();
	await expect(page).toHaveTitle('Voorstellen vergelijken - Baatwijzer');
	const table = page.getByTestId('comparison');
	await expect(table).toBeVisible();
	await expect(page.getByText(/geïndexeerd naar prijspeil \d{4}/)).toBeVisible();
	await expectNoAxeViolations(page);

	const heads = await table.locator('thead th').allInnerTexts();
	const totals = await table
		.getByRole('row', { name: /^Totaal vermeden kosten/ })
		.getByRole('cell')
		.allInnerTexts();
	for (const title of titles) expect(totals[heads.indexOf(title) - 1]).toBe(own[title]);
	// Flags a reviewer should question, e.g. mixed price years in the ten-line proposal.
	await expect(table.getByRole('row', { name: /^Aandachtspunten/ })).toContainText(
		'betrouwbaarheid C'
	);

	// The portfolio is the sum of the three totals (each rounded for display: within € 2).
	const portfolio = await page.getByTestId('portfolio-total').innerText();
	const sum = titles.reduce((total, title) => total + euros(own[title]!), 0);
	const shown = euros(/naar schatting € ?([\d.]+)/.exec(portfolio.replace(/\u00A0/g, ' '))![1]!);
	expect(Math.abs(shown - sum)).toBeLessThanOrEqual(2);

	// Sorting by subsidy puts the largest subsidy first.
	await page.getByLabel('Volgorde').selectOption({ label: 'Subsidie, hoog naar laag' });
	await expect(table.locator('thead th').nth(1)).toHaveText(
		'Straathoekwerk bij hanggroepen in Noord'
	);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download de vergelijking voor Excel (CSV)' }).click();
	const csv = readFileSync((await (await download).path())!, 'utf8');
	// The first row names the price level every amount and subsidy is at.
	expect(csv).toMatch(/^\uFEFFPrijspeil: \d{4} \(bedragen en subsidies geïndexeerd/);
	const lines = csv.trimEnd().split('\r\n');
	expect(lines[1]!.startsWith('Voorstel;Organisatie;')).toBe(true);
	// A row per proposal, then the portfolio's total row.
	expect(lines).toHaveLength(6);
	expect(lines.slice(2, 5).map((line) => line.split(';')[0])).toEqual(
		expect.arrayContaining(titles)
	);
	expect(lines[5]!.startsWith('Totaal portefeuille;')).toBe(true);

	// The same as an Excel workbook, read back by ExcelJS: numbers are numbers, in euros.
	const workbook = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download als Excel-werkmap (.xlsx)' }).click();
	const saved = await workbook;
	expect(saved.suggestedFilename()).toMatch(/^baatwijzer-vergelijking-\d{4}-\d{2}-\d{2}\.xlsx$/);
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile((await saved.path())!);
	expect(book.worksheets.slice(0, 2).map((sheet) => sheet.name)).toEqual([
		'Samenvatting',
		'Voorstellen'
	]);
	const total = book.getWorksheet('Samenvatting')!.getRow(2).getCell(2);
	expect(typeof total.value).toBe('number');
	expect(Math.abs((total.value as number) - shown)).toBeLessThanOrEqual(1);
	expect(total.numFmt).toContain('€');
	expect(book.getWorksheet('Politie')).toBeDefined();

	// The comparison prints for the council file: A4 landscape, every proposal, the portfolio.
	const pdfPath = testInfo.outputPath('vergelijking.pdf');
	await page.emulateMedia({ media: 'print' });
	await page.pdf({ path: pdfPath, printBackground: false, preferCSSPageSize: true });
	const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
	expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeLessThanOrEqual(2);
	expect(info).toMatch(/Page size:\s+841\.\d+ x 594\.\d+ pts \(A4\)/); // landscape
	const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	for (const title of titles) expect(text).toContain(title);
	expect(text).toContain(portfolio.replace(/\s+/g, ' '));
	expect(text).toMatch(/Gemaakt met Baatwijzer \d+\.\d+\.\d+ op/);
});
