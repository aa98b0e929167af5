/**
 * Issue 22, point 1: English beside Dutch. A user switches the language on the start page with the
 * keyboard; the choice is remembered; the drafter's walk runs in English with numbers typed the
 * English way, key by key; the result, its CSV for English Excel and the comparison speak English;
 * the file made in English imports in Dutch unchanged; every page has an English title and no
 * axe violation. The English labels are written out here, not read from the dictionary.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { tabTo } from './keyboard';
import { DraftsPage } from './page-models/drafts';
import { typeInto } from './page-models/wizard';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function next(page: Page) {
	const from = page.url();
	await page.getByRole('button', { name: /^(Next|To checking|See the result)$/ }).click();
	await expect.poll(() => page.url()).not.toBe(from);
}

async function download(page: Page, button: string) {
	const file = await new DraftsPage(page).download(() =>
		page.getByRole('button', { name: button }).click()
	);
	return { name: file.name, text: readFileSync(file.path, 'utf8') };
}

test('a drafter switches to English, walks an estimate typing English numbers, and the file imports in Dutch unchanged', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	const english = page.getByRole('button', { name: 'English' });
	await expect(english).toHaveAttribute('lang', 'en');
	await tabTo(page, english);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('link', { name: 'Start a new estimate' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page).toHaveTitle('Baatwijzer: costs your initiative avoids');
	await expect(page.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('lang', 'nl');
	await expectNoAxeViolations(page);
	// Remembered: a reload (or the next visit) stays English.
	await page.reload();
	await expect(page.getByRole('link', { name: 'Start a new estimate' })).toBeVisible();

	await page.getByRole('link', { name: 'Start a new estimate' }).click();
	await expect(heading(page)).toHaveText('Which activity do you propose?');
	await typeInto(page.getByLabel('Name of the activity'), 'Money matters drop-in');
	const subsidy = page.getByLabel('Subsidy asked per year (euro)');
	await typeInto(subsidy, '48,500.50');
	await typeInto(page.getByLabel('Size of the target group'), '40');
	// Left, the field writes the amount the English way and reads it back the same.
	await page.getByLabel('Name of the activity').click();
	await expect(subsidy).toHaveValue('48,500.50');
	await next(page);

	await expect(heading(page)).toHaveText('Which costs does the activity avoid?');
	const add = async (search: string, item: string) => {
		await page.getByRole('searchbox', { name: 'Search the price list' }).fill(search);
		await page.getByRole('button', { name: `Add: ${item}` }).click();
		await expect(
			page.getByRole('status').filter({ hasText: `"${item}" has been added.` })
		).toBeAttached();
	};
	await add('schuld', 'Schuldhulpverlening, afsluiting energie en betalingsregeling');
	await add('bewind', 'Beschermingsbewind bij problematische schulden');
	await add('Jeugd', 'Jeugd- en opvoedhulp, ambulant zonder verblijf');
	await next(page);

	await expect(heading(page)).toHaveText('For how many people is each cost item at stake?');
	const line = (position: number) =>
		page.getByRole('region', { name: new RegExp(`^Line ${position}:`) });
	await typeInto(line(1).getByLabel('Number of people'), '12');
	await line(2).getByRole('radio', { name: 'Group x share' }).check();
	await typeInto(line(2).getByLabel('Size of the group'), '40');
	await typeInto(line(2).getByLabel('Share for whom these costs are at stake (%)'), '25');
	// A slip is named in English and nothing is taken from it.
	await typeInto(line(3).getByLabel('Number of people'), '3x');
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
		'Enter a whole number of 0 or more for number of people'
	);
	await typeInto(line(3).getByLabel('Number of people'), '3');
	await expectNoAxeViolations(page);
	await next(page);

	await expect(heading(page)).toHaveText(
		'How big is the chance, and how much does the activity itself do?'
	);
	const answer = async (position: number, chance: string, contribution: string) => {
		await line(position)
			.getByRole('group', { name: /^Chance \(A\)/ })
			.getByRole('radio', { name: new RegExp(`^${chance}`) })
			.check();
		await line(position)
			.getByRole('group', { name: /^Contribution \(B\)/ })
			.getByRole('radio', { name: new RegExp(`^${contribution}`) })
			.check();
	};
	await answer(1, 'Likely', 'Likely');
	await answer(2, 'Maybe', 'Certain');
	await answer(3, 'Certain', 'Likely');
	await line(3).getByRole('radio', { name: 'Yearly' }).check();
	await next(page);
	await expect(heading(page)).toHaveText('Check your answers');
	await next(page);

	// By hand (as in the Dutch walk): one-off 5,335 x 12 x 70% x 70% = 31,369.80; yearly
	// 1,403 x 10 x 35% + 7,250 x 3 x 70% = 20,135.50; 90% x (31,369.80 + 3 x 20,135.50) = 82,598.67.
	await expect(heading(page)).toHaveText('Result: avoided costs');
	await expect(page.getByTestId('result-total')).toHaveText('€82,599');
	await expect(page.getByTestId('result-subsidy')).toHaveText('€48,501');
	await expect(page.getByTestId('result-ratio')).toHaveText('170%');
	await expect(page.getByTestId('result-net')).toHaveText('€34,098');
	await expect(page.getByTestId('prevention-split')).toHaveText(
		'Prevention: €13,258 (16%). Intervention: €69,340 (84%).'
	);
	await expect(page.getByTestId('break-even')).toContainText('at least 24 people');
	await expect(page).toHaveTitle('Result: Money matters drop-in - Baatwijzer');
	await expectNoAxeViolations(page);

	// The CSV is for English Excel: commas between fields, a decimal point, a quoted name with a
	// comma in it, English headers.
	const csv = await download(page, 'Download for Excel (CSV)');
	const rows = csv.text.replace(/^\uFEFF/, '').split('\r\n');
	expect(rows[1]).toMatch(/^Line,Cost item,Price list id,Kind,Cost holder,Amount \(EUR\),/);
	expect(rows[2]).toContain(',"Schuldhulpverlening, afsluiting energie en betalingsregeling",');
	expect(rows).toContain('Total avoided costs (EUR),82598.67');
	expect(rows).toContain('Subsidy (EUR),48500.50');

	const file = await download(page, 'Export as a file (JSON)');
	expect(file.text).not.toMatch(/en-GB|"language"/);

	// Back to Dutch on the same page: the same figure, written the Dutch way.
	await page.getByRole('button', { name: 'Nederlands' }).click();
	await expect(heading(page)).toHaveText('Resultaat: vermeden kosten');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByTestId('result-total')).toHaveText('€\u00A082.599');

	// A colleague who works in Dutch imports the file made in English: the same proposal.
	const colleague = await browser.newContext({ baseURL });
	const other = await colleague.newPage();
	await other.goto('/voorstellen');
	await other.getByLabel('Bestanden om te importeren').setInputFiles({
		name: file.name,
		mimeType: 'application/json',
		buffer: Buffer.from(file.text)
	});
	await expect(other.getByText('1 voorstel geïmporteerd.')).toBeVisible();
	await other.getByRole('link', { name: 'Openen: Money matters drop-in' }).click();
	await expect(other.getByTestId('result-total')).toHaveText('€\u00A082.599');
	await expect(other.getByTestId('result-subsidy')).toHaveText('€\u00A048.501');
	await colleague.close();
});

const fixtures = ['schuldenspreekuur', 'jongerenwerk'].map((name) => {
	const file = JSON.parse(readFileSync(`tests/fixtures/proposals/${name}.json`, 'utf8')) as {
		drafts: { proposal: { id: string; title: string } }[];
	};
	return { path: `tests/fixtures/proposals/${name}.json`, ...file.drafts[0]!.proposal };
});

test('every page speaks English with an English title, fits a phone, and axe finds nothing', async ({
	page
}) => {
	test.setTimeout(240_000);
	await page.setViewportSize({ width: 375, height: 740 });
	await page.addInitScript(() => localStorage.setItem('baatwijzer.language', 'en'));
	await page.goto('/voorstellen');
	await page.getByLabel('Files to import').setInputFiles(fixtures.map((fixture) => fixture.path));
	await expect(page.getByText('2 proposals imported.')).toBeVisible();
	const [own, second] = fixtures;
	const ofDraft = (step: string, title: string) => [`/voorstel/${own!.id}/${step}`, title];
	const pages: [string, string | RegExp][] = [
		['/', 'Baatwijzer: costs your initiative avoids'],
		['/voorstellen', 'My proposals - Baatwijzer'],
		['/prijslijst', 'Price list - Baatwijzer'],
		['/casussen', 'Cases - Baatwijzer'],
		['/casussen/jaaroverzicht', /^Year overview \d{4} - Baatwijzer$/],
		[`/vergelijk?ids=${own!.id},${second!.id}`, 'Compare proposals - Baatwijzer'],
		['/voorbeelden', 'Start from an example - Baatwijzer'],
		['/privacy', 'Privacy: what Baatwijzer stores - Baatwijzer'],
		['/toegankelijkheid', 'Accessibility statement - Baatwijzer'],
		['/synchronisatie', 'Sync with the municipality - Baatwijzer'],
		ofDraft('initiatief', `Initiative: ${own!.title} - Baatwijzer`),
		ofDraft('kosten', `Avoided costs: ${own!.title} - Baatwijzer`),
		ofDraft('doelgroep', `How many people: ${own!.title} - Baatwijzer`),
		ofDraft('kans-en-bijdrage', `Chance, contribution and repetition: ${own!.title} - Baatwijzer`),
		ofDraft('controleren', `Check: ${own!.title} - Baatwijzer`),
		ofDraft('resultaat', `Result: ${own!.title} - Baatwijzer`),
		ofDraft('rapport', `Report: ${own!.title} - Baatwijzer`),
		ofDraft('arena', `SCBA Arena: ${own!.title} - Baatwijzer`),
		ofDraft('arena/presentatie', 'Presentation mode: Problem and goal - Baatwijzer'),
		ofDraft('realisatie', `Realisation: ${own!.title} - Baatwijzer`),
		ofDraft('beoordelen', `Review: ${own!.title} - Baatwijzer`),
		ofDraft('ingediend', `Handed in: ${own!.title} - Baatwijzer`),
		['/bestaat-niet', 'Page not found - Baatwijzer']
	] as [string, string | RegExp][];
	for (const [path, title] of pages) {
		await page.goto(path);
		await expect(page, path).toHaveTitle(title);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByText(/^Loading .*\.\.\.$/)).toHaveCount(0);
		await expectNoAxeViolations(page);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow, `${path} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
	}

	// The comparison's CSV is for English Excel too.
	await page.goto(`/vergelijk?ids=${own!.id},${second!.id}`);
	const csv = await download(page, 'Download the comparison for Excel (CSV)');
	const rows = csv.text.replace(/^\uFEFF/, '').split('\r\n');
	const header = rows.find((row) => row.startsWith('Proposal,'));
	expect(header).toContain('Proposal,Organisation,Written by,Status,Verdict');
	expect(rows.find((row) => row.startsWith('Total portfolio,'))).toMatch(/,\d+\.\d{2}(,|$)/);
});
