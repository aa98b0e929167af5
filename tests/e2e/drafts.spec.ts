import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { DraftsPage } from './page-models/drafts';
import { clearSummaries } from './summaries';
import { Wizard } from './page-models/wizard';

const worked = {
	search: 'verpleeghuis',
	item: 'Verpleeghuiszorg (opname voorkomen of uitgesteld)',
	chance: 'Misschien' as const,
	contribution: 'Waarschijnlijk' as const,
	persons: '1',
	justification: '=HYPERLINK("http://example.invalid";"klik")'
};

test.describe('drafts and files', () => {
	test('a draft survives a reload and is listed, renamed, duplicated, given a status, found and sorted', async ({
		page
	}) => {
		const wizard = new Wizard(page);
		await wizard.start();
		await wizard.fillInitiative({ title: 'Buurtkamer West', subsidy: '15.000' });
		await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
		await page.reload();
		await expect(page.getByLabel('Naam van de activiteit')).toHaveValue('Buurtkamer West');
		await page.getByRole('link', { name: 'Start', exact: true }).click();
		await page.getByRole('link', { name: 'Buurtkamer West' }).click();
		await expect(page.getByLabel('Naam van de activiteit')).toHaveValue('Buurtkamer West');

		const drafts = new DraftsPage(page);
		await drafts.open();
		await expect(drafts.card('Buurtkamer West')).toBeVisible();
		await expectNoAxeViolations(page);

		await page.getByRole('button', { name: 'Naam wijzigen: Buurtkamer West' }).click();
		await expect(page.getByLabel('Nieuwe naam')).toBeFocused();
		await page.getByLabel('Nieuwe naam').fill('Buurtkamer Financiën');
		await page.keyboard.press('Enter');
		await expect(drafts.card('Buurtkamer Financiën')).toBeVisible();

		await page.getByRole('button', { name: 'Dupliceren: Buurtkamer Financiën' }).click();
		await expect(drafts.card('Kopie van Buurtkamer Financiën')).toBeVisible();
		await page.getByLabel('Status van "Kopie van Buurtkamer Financiën"').selectOption('Ingediend');
		await expect(page.getByLabel('Status van "Kopie van Buurtkamer Financiën"')).toHaveValue(
			'submitted'
		);

		// Accent-free search on the title, and sorting by title.
		await page.getByLabel('Zoek op titel').fill('financien kopie');
		await expect(drafts.cards).toHaveCount(1);
		await page.getByLabel('Zoek op titel').fill('');
		await page.getByLabel('Sorteer op').selectOption('Titel');
		await expect(drafts.cards.first()).toContainText('Buurtkamer Financiën');
		await page.getByLabel('Sorteer op').selectOption('Status');
		await expect(drafts.cards.last()).toContainText('Kopie van Buurtkamer Financiën');

		await page.reload();
		await expect(page.getByLabel('Status van "Kopie van Buurtkamer Financiën"')).toHaveValue(
			'submitted'
		);
	});

	test('delete can be undone', async ({ page }) => {
		const wizard = new Wizard(page);
		await wizard.start();
		await wizard.fillInitiative({ title: 'Niet weggooien', subsidy: '1' });
		await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
		const drafts = new DraftsPage(page);
		await drafts.open();
		await page.getByRole('button', { name: 'Verwijderen: Niet weggooien' }).click();
		await expect(drafts.cards).toHaveCount(0);
		await expect(
			page.getByRole('status').filter({ hasText: '"Niet weggooien" is verwijderd.' })
		).toBeVisible();
		await page.getByRole('button', { name: 'Ongedaan maken' }).click();
		await expect(drafts.card('Niet weggooien')).toBeVisible();
	});

	test('export, delete, import gives the identical result page', async ({ page }) => {
		const wizard = new Wizard(page);
		await wizard.walk({ title: 'Maatje voor moeder', subsidy: '10.000', targetGroupSize: '12' }, [
			worked
		]);
		await wizard.resultSettled();
		const resultBefore = await page.getByRole('main').innerText();

		const drafts = new DraftsPage(page);
		const file = await drafts.download(() =>
			page.getByRole('button', { name: 'Exporteer als bestand (JSON)' }).click()
		);
		expect(file.name).toMatch(/^baatwijzer-maatje-voor-moeder-\d{4}-\d{2}-\d{2}\.json$/);
		const exported = JSON.parse(readFileSync(file.path, 'utf8'));
		expect(exported).toMatchObject({ format: 'baatwijzer-voorstellen', version: 10 });
		expect(exported.drafts[0].priceItems[0].id).toBe('verpleeghuiszorg');

		await drafts.open();
		await page.getByRole('button', { name: 'Verwijderen: Maatje voor moeder' }).click();
		await expect(drafts.cards).toHaveCount(0);
		await drafts.importFile(file.path);
		await expect(
			page.getByRole('status').filter({ hasText: '1 voorstel geïmporteerd.' })
		).toBeVisible();
		await page.getByRole('link', { name: 'Openen: Maatje voor moeder' }).click();
		await expect(wizard.heading).toHaveText('Resultaat: vermeden kosten');
		await wizard.resultSettled();
		expect(await page.getByRole('main').innerText()).toBe(resultBefore);

		// The same file again: the id exists, so the user chooses.
		await drafts.open();
		await drafts.importFile(file.path);
		await expect(page.getByRole('alertdialog', { name: 'Dit voorstel bestaat al' })).toBeFocused();
		await page.getByRole('button', { name: /Beide bewaren/ }).click();
		await expect(drafts.card('Maatje voor moeder')).toHaveCount(2);
	});

	test('a malformed file shows what is wrong, in Dutch, and changes nothing', async ({ page }) => {
		const wizard = new Wizard(page);
		await wizard.start();
		await wizard.fillInitiative({ title: 'Blijft zoals het is', subsidy: '1' });
		await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
		const drafts = new DraftsPage(page);
		await drafts.open();
		await drafts.importFile('tests/fixtures/import/negative-count.json');
		const problem = page.getByRole('alert').filter({ hasText: 'Dit bestand is niet geïmporteerd' });
		await expect(problem).toBeFocused();
		await expect(problem).toContainText(
			'voorstel 1 › regel 1 › aantal › personen: is te klein of te kort (minstens 0)'
		);
		await expect(problem).toContainText('Er is niets gewijzigd aan uw voorstellen.');
		await expect(page).toHaveTitle(/^Fout: Mijn voorstellen/);
		await expectNoAxeViolations(page);
		await drafts.importFile('tests/fixtures/import/truncated.json');
		await expect(problem).toContainText('geen geldig JSON-bestand');
		await drafts.importFile('tests/fixtures/import/newer-version.json');
		await expect(problem).toContainText('nieuwere versie van Baatwijzer (bestandsversie 99)');
		await expect(drafts.cards).toHaveCount(1);
		await expect(drafts.card('Blijft zoals het is')).toBeVisible();
	});

	test('the CSV opens in Dutch Excel: BOM, semicolons, decimal commas, guarded formulas', async ({
		page
	}) => {
		const wizard = new Wizard(page);
		await wizard.walk({ title: 'Maatje; moeder', subsidy: '10.000' }, [worked]);
		const drafts = new DraftsPage(page);
		const file = await drafts.download(() =>
			page.getByRole('button', { name: 'Download voor Excel (CSV)' }).click()
		);
		expect(file.name).toMatch(/\.csv$/);
		const bytes = readFileSync(file.path);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = bytes.toString('utf8').slice(1);
		expect(text).toMatch(/\r\n$/);
		const rows = text.trimEnd().split('\r\n').map(parseCsvRow);
		expect(rows[0]).toEqual(['Maatje; moeder']);
		expect(rows[1]![0]).toBe('Regel');
		const line = rows[2]!;
		expect(line[1]).toBe('Verpleeghuiszorg (opname voorkomen of uitgesteld)');
		expect(line[5]).toBe('54750,00');
		expect(line[12]).toBe('13413,75');
		expect(line[14]).toBe('\'=HYPERLINK("http://example.invalid";"klik")');
		expect(rows).toContainEqual(['Totaal vermeden kosten (EUR)', '36217,13']);
	});

	test('a change in one tab reaches the other tab', async ({ page, context }) => {
		const wizard = new Wizard(page);
		await wizard.start();
		await wizard.fillInitiative({ title: 'Twee tabbladen', subsidy: '1' });
		await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
		const other = await context.newPage();
		await other.goto(page.url());
		await expect(other.getByLabel('Naam van de activiteit')).toHaveValue('Twee tabbladen');
		await page.getByLabel('Naam van de activiteit').fill('Gewijzigd in tabblad 1');
		await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
		await expect(other.getByLabel('Naam van de activiteit')).toHaveValue('Gewijzigd in tabblad 1');
	});

	test('when the browser refuses storage the user is told, can keep working and export', async ({
		page
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
		});
		const wizard = new Wizard(page);
		await wizard.start();
		await expect(page.getByText('Niet opgeslagen')).toBeVisible();
		await expect(page.getByText(/staat opslaan niet toe/)).toBeVisible();
		await wizard.fillInitiative({ title: 'Privévenster', subsidy: '500' });
		await wizard.next();
		await expect(page).toHaveURL(/\/kosten$/);
		const drafts = new DraftsPage(page);
		const file = await drafts.download(() =>
			page.getByRole('button', { name: 'Exporteer als bestand (JSON)' }).first().click()
		);
		expect(JSON.parse(readFileSync(file.path, 'utf8')).drafts[0].proposal.title).toBe(
			'Privévenster'
		);
	});

	// After an update that stores summaries anew, the overview reads every draft again. Until the
	// first are read it must not say there are none: that reads as if the user's work were gone.
	test('after an update the overview never says there are no drafts while it reads them', async ({
		page
	}) => {
		const drafts = new DraftsPage(page);
		await drafts.open();
		await drafts.importFile([
			'tests/fixtures/proposals/jongerenwerk.json',
			'tests/fixtures/proposals/maatjes-tien-regels.json',
			'tests/fixtures/proposals/schuldenspreekuur.json'
		]);
		await expect(page.getByText('3 voorstellen', { exact: true })).toBeVisible();
		await expect(page.locator('ul.cards[data-checked="true"]')).toBeAttached();
		// As after an update from a version whose summaries no longer fit.
		await clearSummaries(page);
		// Everything the page says about its drafts, from its first script on.
		await page.addInitScript(() => {
			const said: string[] = [];
			(window as unknown as { said: string[] }).said = said;
			new MutationObserver(() => {
				const main = document.querySelector('main');
				const count = main?.querySelector('p.count')?.textContent?.trim();
				const none = [...(main?.querySelectorAll('p') ?? [])].find(
					(paragraph) =>
						paragraph.textContent?.startsWith('U heeft nog geen voorstellen') ||
						paragraph.textContent?.startsWith('Geen voorstellen gevonden')
				);
				const now = none ? 'geen' : count;
				if (now && now !== said.at(-1)) said.push(now);
			}).observe(document, { subtree: true, childList: true, characterData: true });
		});
		await page.reload();
		await expect(page.getByText('3 voorstellen', { exact: true })).toBeVisible();
		await expect(page.locator('ul.cards[data-checked="true"]')).toBeAttached();
		await expect(drafts.cards).toHaveCount(3);
		const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
		expect(said).not.toContain('geen');
		// Before the first draft is read, the page says how many there are to read.
		expect(said[0]).toBe('0 van 3 voorstellen gelezen...');
		for (const text of said.slice(1, -1)) expect(text).toMatch(/^\d van 3 voorstellen gelezen/);
		expect(said.at(-1)).toBe('3 voorstellen');
	});
});

/** RFC 4180 row with ';' separators (enough for one-line rows). */
function parseCsvRow(row: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < row.length; i++) {
		const char = row[i]!;
		if (quoted && char === '"' && row[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (char === '"') quoted = !quoted;
		else if (char === ';' && !quoted) {
			cells.push(cell);
			cell = '';
		} else cell += char;
	}
	cells.push(cell);
	return cells;
}
