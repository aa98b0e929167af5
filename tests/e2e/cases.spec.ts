/**
 * Issue 21: described cases as the study collected them. A worker enters ten cases across three
 * units in the grid, reads the year's overview (per unit, per cost holder, against the subsidy)
 * and takes it to Excel; a CSV file with a broken row stores nothing and names the row and column.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { typeInto } from './page-models/wizard';

interface Row {
	casus: string;
	unit: string;
	date: string;
	multiplier: string;
	item: string;
	chance: 'Misschien' | 'Waarschijnlijk' | 'Zeker';
	contribution: 'Misschien' | 'Waarschijnlijk' | 'Zeker';
}

/** Types one grid row as a worker would: the keyboard into each cell, a choice in each list. */
async function fillRow(page: Page, number: number, row: Row) {
	const cell = (column: string) => page.getByLabel(`${column}, rij ${number}`, { exact: true });
	await typeInto(cell('Casus'), row.casus);
	await typeInto(cell('Onderdeel'), row.unit);
	await typeInto(cell('Datum'), row.date);
	await typeInto(cell('Beschrijving'), `Casus ${row.casus}: inwoner geholpen, anoniem beschreven.`);
	await typeInto(cell('Vermenigvuldiger'), row.multiplier);
	await typeInto(cell('Prijspost'), row.item);
	await cell('Kans (A)').selectOption(row.chance);
	await cell('Bijdrage (B)').selectOption(row.contribution);
}

const units = ['Buurtcoach', 'Jongerenwerk', 'Steunpunt Mantelzorg'];
// Ten cases: 4 buurtcoach (dagopvang, 6,870 a year, certain x certain, multiplier 2), 3
// jongerenwerk (hanggroep, 26,780 once, likely x maybe, multiplier 1) and 3 mantelzorg
// (dagopvang, maybe x likely, multiplier 3).
const rows: Row[] = Array.from({ length: 10 }, (_, index) => {
	const unit = index < 4 ? 0 : index < 7 ? 1 : 2;
	return {
		casus: String(index + 1),
		unit: units[unit]!,
		date: `${index + 1}-3-2025`,
		multiplier: ['2', '1', '3'][unit]!,
		item: unit === 1 ? 'Aanpak overlastgevende hanggroep' : 'Dagopvang en sociale activering',
		chance: (['Zeker', 'Waarschijnlijk', 'Misschien'] as const)[unit],
		contribution: (['Zeker', 'Misschien', 'Waarschijnlijk'] as const)[unit]
	};
});

test('ten cases across three units, entered in the grid, make the year overview', async ({
	page
}) => {
	// Sixty cells typed key by key: with both cores busy this takes about a minute.
	test.slow();
	await page.goto('/casussen');
	await expect(page).toHaveTitle('Casussen - Baatwijzer');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Casussen');
	await expect(page.getByRole('note')).toContainText('Schrijf anoniem');
	await expect(page.getByRole('heading', { name: 'Casussen invoeren' })).toBeVisible();
	await page.getByLabel('Jaar').selectOption('2025');
	await expect(page.getByText('Nog geen casussen in 2025.')).toBeVisible();
	await expectNoAxeViolations(page);

	for (let added = 3; added < rows.length; added++)
		await page.getByRole('button', { name: 'Regel toevoegen' }).click();
	for (const [index, row] of rows.entries()) await fillRow(page, index + 1, row);
	await page.getByRole('button', { name: 'Casussen opslaan' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'opgeslagen' })).toHaveText(
		'10 casussen zijn opgeslagen.'
	);
	await expect(page.getByText('10 casussen in 2025.')).toBeVisible();
	await expect(page.getByRole('table', { name: 'Casussen in 2025' }).getByRole('row')).toHaveCount(
		11
	);

	await page.getByRole('link', { name: 'Jaaroverzicht 2025' }).click();
	await expect(page).toHaveTitle('Jaaroverzicht 2025 - Baatwijzer');
	const perUnit = page.getByRole('table', { name: /Vermeden kosten per onderdeel in 2025/ });
	// Buurtcoach: 4 cases x 2 x 6,870 = 54,960 a year; 90 % over three years: 148,392.
	await expect(perUnit.getByRole('row', { name: /^Buurtcoach/ })).toContainText('54.960');
	await expect(perUnit.getByRole('row', { name: /^Buurtcoach/ })).toContainText('148.392');
	// Jongerenwerk: 3 x 70 % x 35 % x 26,780 = 19,683.30 once; 90 %: 17,715.
	await expect(perUnit.getByRole('row', { name: /^Jongerenwerk/ })).toContainText('19.683');
	await expect(perUnit.getByRole('row', { name: /^Jongerenwerk/ })).toContainText('17.715');
	// Mantelzorg: 3 x 3 x 35 % x 70 % x 6,870 = 15,148.35 a year; 90 % x 3 years: 40,901.
	await expect(perUnit.getByRole('row', { name: /^Steunpunt Mantelzorg/ })).toContainText('40.901');
	await expect(perUnit.getByRole('row', { name: /^Alle onderdelen/ })).toContainText('207.008');

	await typeInto(page.getByLabel('Subsidie van het jaar (euro)'), '100.000');
	await typeInto(page.getByLabel('Omvang Buurtcoach (fte)'), '4,5');
	await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
	await expect(page.getByText('De gegevens van het jaar zijn opgeslagen.')).toBeVisible();
	await expect(page.getByText('Buurtcoach: 4 casussen beschreven bij 4,5 fte.')).toBeVisible();
	await expect(page.getByText(/207\.008/).first()).toBeVisible();
	await expectNoAxeViolations(page);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Jaaroverzicht als CSV (Excel)' }).click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	expect(csv).toContain('Buurtcoach;4;8;0,00;27480,00;0,00;54960,00;148392,00;4,5');
	expect(csv).toContain('Subsidie (EUR);100000,00');

	// And as an Excel workbook: the same figures as numbers, a sheet per cost holder.
	const workbook = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Jaaroverzicht als Excel-werkmap (.xlsx)' }).click();
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile((await (await workbook).path())!);
	const summary = book.getWorksheet('Samenvatting')!;
	let buurtcoach: ExcelJS.Row | undefined;
	summary.eachRow((row) => {
		if (row.getCell(1).value === 'Buurtcoach') buurtcoach = row;
	});
	expect(buurtcoach!.getCell(7).value).toBe(54960);
	expect(buurtcoach!.getCell(8).value).toBe(148392);
	expect(book.worksheets.map((sheet) => sheet.name)).toContain('Kostenposten');

	// The settings stay for the next visit.
	await page.reload();
	await expect(page.getByLabel('Subsidie van het jaar (euro)')).toHaveValue('100.000');
});

test('a file of cases with a broken row stores nothing and names the row and column', async ({
	page
}) => {
	await page.goto('/casussen');
	await expect(page.getByRole('heading', { name: 'Casussen uit een bestand' })).toBeVisible();
	const header =
		'casus;onderdeel;datum;beschrijving;vermenigvuldiger;prijspost;aantal;kans;bijdrage;herhaling;kostenhouder';
	await page.getByLabel('CSV-bestand met casussen').setInputFiles({
		name: 'casussen.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			[
				header,
				'1;Buurtcoach;14-3-2025;;2;dagopvang-sociale-activering;1;Zeker;Zeker;;',
				'2;Jongerenwerk;15-3-2025;;1;hanggroep-aanpak;1;vaak;Zeker;;'
			].join('\r\n')
		)
	});
	await expect(
		page.getByText('casussen.csv is niet ingelezen; er is niets opgeslagen.')
	).toBeVisible();
	await expect(
		page.getByText(
			'Regel 3, kolom "kans": "vaak" is geen antwoord; kies Misschien, Waarschijnlijk, Zeker of een percentage van 0 tot 100.'
		)
	).toBeVisible();
	await page.getByLabel('Jaar').selectOption('2025');
	await expect(page.getByText('Nog geen casussen in 2025.')).toBeVisible();

	// The template offered on the page reads as it is.
	await page.getByLabel('CSV-bestand met casussen').setInputFiles('static/casussen-sjabloon.csv');
	await expect(
		page.getByText('2 casussen uit casussen-sjabloon.csv zijn opgeslagen.')
	).toBeVisible();
	await page.getByLabel('Jaar').selectOption('2025');
	await expect(page.getByText('2 casussen in 2025.')).toBeVisible();

	// Removing a case can be undone.
	await page
		.getByRole('button', { name: /^Verwijder de casus van 2 apr 2025 \(Buurtcoach\)/ })
		.click();
	await expect(page.getByText('1 casus in 2025.')).toBeVisible();
	await expect(
		page.getByRole('status').filter({ hasText: 'De casus is verwijderd.' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Ongedaan maken' }).click();
	await expect(page.getByText('2 casussen in 2025.')).toBeVisible();
	await expect(page.getByText('De casus is teruggezet.')).toBeVisible();
	await expect(page.getByRole('table', { name: 'Casussen in 2025' })).toContainText('Oudere vrouw');
});
