/**
 * Issue 10, point 6: the report for the council file, printed to PDF as the browser prints it.
 * The PDF is read back with poppler (pdfinfo, pdftotext): at most two A4 pages for ten lines, and
 * the text holds the total and the source of every line.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { DraftsPage } from './page-models/drafts';
import { Wizard } from './page-models/wizard';

test('a ten-line proposal prints to at most two A4 pages with its total and every source', async ({
	page
}, testInfo) => {
	const drafts = new DraftsPage(page);
	await drafts.open();
	await drafts.importFile('tests/fixtures/proposals/maatjes-tien-regels.json');
	await page.getByRole('link', { name: /^Openen: Maatjesproject/ }).click();
	const wizard = new Wizard(page);
	const total = await wizard.figure('result-total').innerText();
	await page.getByRole('link', { name: /Rapport voor het raadsdossier/ }).click();
	await expect(page).toHaveTitle(/^Rapport: Maatjesproject/);
	await expect(wizard.figure('result-total')).toHaveText(total);
	await expectNoAxeViolations(page);

	const pdfPath = testInfo.outputPath('rapport.pdf');
	await page.emulateMedia({ media: 'print' });
	await page.pdf({ path: pdfPath, format: 'A4', printBackground: false, preferCSSPageSize: true });
	const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
	const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
	expect(pages).toBeLessThanOrEqual(2);

	const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
	const flat = text.replace(/\s+/g, ' ');
	expect(flat).toContain('Maatjesproject voor ouderen met een kleine kring');
	expect(flat).toContain('Ans van der Heijden');
	// The report has no wizard heading above it: it says itself what the figures are.
	expect(flat).toContain(
		'Dit zijn de kosten die één jaar activiteit naar verwachting voorkomt, afgezet tegen één jaar subsidie. De kosten tellen over'
	);
	expect(flat).toContain(total.replace(/\u00A0/g, ' '));
	const file = JSON.parse(
		readFileSync('tests/fixtures/proposals/maatjes-tien-regels.json', 'utf8')
	);
	const sources = new Set<string>(
		file.drafts[0].priceItems.map((item: { source: { title: string } }) => item.source.title)
	);
	expect(sources.size).toBeGreaterThan(1);
	// Each source as it is printed (long titles wrap, so compare with white space folded).
	for (const source of sources) expect(flat).toContain(source.replace(/\s+/g, ' ').slice(0, 60));
	expect(flat).toContain('Gemaakt met Baatwijzer');
});
