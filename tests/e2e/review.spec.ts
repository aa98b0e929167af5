/**
 * Issue 10, point 2: a reviewer's view. Import a proposal, review it (status, remarks on the
 * proposal and on a line), export it, import it in another browser: the remarks are there.
 */
import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { DraftsPage } from './page-models/drafts';
import { typeInto, Wizard } from './page-models/wizard';

test('a reviewer sets the status and remarks; they travel in the exported file', async ({
	page,
	browser
}) => {
	const drafts = new DraftsPage(page);
	await drafts.open();
	await drafts.importFile('tests/fixtures/import/valid.json');
	await expect(
		page.getByRole('status').filter({ hasText: '1 voorstel geïmporteerd.' })
	).toBeVisible();

	// The drafter's own result page, for comparison.
	await page.getByRole('link', { name: 'Openen: Maatje voor moeder' }).click();
	const wizard = new Wizard(page);
	const total = await wizard.figure('result-total').innerText();

	await drafts.open();
	await page.getByRole('link', { name: 'Beoordelen: Maatje voor moeder' }).click();
	await expect(page).toHaveTitle('Beoordelen: Maatje voor moeder - Baatwijzer');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beoordelen');
	await expect(page.getByText('Voorstel: Maatje voor moeder')).toBeVisible();
	// The same figures as the drafter sees, computed once and shown the same way.
	await expect(wizard.figure('result-total')).toHaveText(total);
	await expect(page.getByTestId('result-line').first()).toContainText('Bron:');
	await expectNoAxeViolations(page);

	// Issue 19: the verdict with its reason; giving one marks the proposal as reviewed.
	await page.getByRole('radio', { name: 'Aanvullen' }).check();
	await expect(page.getByRole('radio', { name: 'Beoordeeld' })).toBeChecked();
	await typeInto(
		page.getByLabel('Reden van uw oordeel'),
		'Onderbouw het aantal maatjes; dan positief.'
	);
	// The reviewer reads the same "Hoe zeker", MKBA, report and export as the drafter.
	await expect(page.getByRole('link', { name: /^Rapport voor het raadsdossier/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Exporteer als bestand (JSON)' })).toBeVisible();
	await page.getByTestId('review-later-parts').scrollIntoViewIfNeeded();
	await expect(page.getByRole('heading', { name: 'Hoe zeker is deze schatting?' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /MKBA/ }).first()).toBeVisible();
	await typeInto(
		page.getByLabel('Uw opmerkingen bij het voorstel'),
		'Goed onderbouwd; kans A is voorzichtig gekozen.'
	);
	await typeInto(
		page.getByLabel(/^Uw opmerking bij regel 1/),
		'Vraag: hoeveel maatjes zijn er al?'
	);
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();

	await drafts.open();
	await expect(drafts.card('Maatje voor moeder').getByLabel(/Status van/)).toHaveValue('reviewed');
	await expect(
		drafts.card('Maatje voor moeder').getByRole('definition').filter({ hasText: 'Aanvullen' })
	).toBeVisible();
	const file = await drafts.download(() =>
		page.getByRole('button', { name: 'Exporteren: Maatje voor moeder' }).click()
	);
	const exported = JSON.parse(readFileSync(file.path, 'utf8'));
	expect(exported.version).toBe(10);
	expect(exported.drafts[0].proposal).toMatchObject({
		status: 'reviewed',
		verdict: 'incomplete',
		verdictReason: 'Onderbouw het aantal maatjes; dan positief.'
	});
	expect(exported.drafts[0].proposal.lines[0].reviewerRemark).toBe(
		'Vraag: hoeveel maatjes zijn er al?'
	);

	// Elsewhere: another browser profile imports the file.
	const elsewhere = await browser.newContext({ locale: 'nl-NL' });
	const other = await elsewhere.newPage();
	const otherDrafts = new DraftsPage(other);
	await otherDrafts.open();
	await otherDrafts.importFile(file.path);
	await other.getByRole('link', { name: 'Beoordelen: Maatje voor moeder' }).click();
	await expect(other.getByRole('radio', { name: 'Beoordeeld' })).toBeChecked();
	await expect(other.getByRole('radio', { name: 'Aanvullen' })).toBeChecked();
	await expect(other.getByLabel('Uw opmerkingen bij het voorstel')).toHaveValue(
		'Goed onderbouwd; kans A is voorzichtig gekozen.'
	);
	await expect(other.getByLabel(/^Uw opmerking bij regel 1/)).toHaveValue(
		'Vraag: hoeveel maatjes zijn er al?'
	);
	// The drafter's result page shows the remark under its line.
	await other.goto(other.url().replace(/beoordelen$/, 'resultaat'));
	await expect(other.getByTestId('result-line').first()).toContainText(
		'Opmerking van de beoordelaar: Vraag: hoeveel maatjes zijn er al?'
	);
	await elsewhere.close();
});

test('three proposal files are imported at once; the cards say who proposes what; a clash names them', async ({
	page
}) => {
	const drafts = new DraftsPage(page);
	await drafts.open();
	const files = ['schuldenspreekuur', 'jongerenwerk', 'maatjes-tien-regels'].map(
		(name) => `tests/fixtures/proposals/${name}.json`
	);
	await drafts.importFile(files);
	await expect(
		page.getByRole('status').filter({ hasText: '3 voorstellen geïmporteerd.' })
	).toBeVisible();
	const card = drafts.card('Straathoekwerk bij hanggroepen in Noord');
	await expect(card).toContainText('LEVgroep – Jongerenwerk');
	await expect(card).toContainText('Kevin Janssen');
	await expect(card.getByLabel(/Status van/)).toHaveValue('submitted');
	await expectNoAxeViolations(page);

	// The same files again: the dialog names the proposals that exist already.
	await drafts.importFile(files.slice(0, 2));
	const dialog = page.getByRole('alertdialog', { name: 'Dit voorstel bestaat al' });
	await expect(dialog).toContainText('Schuldenspreekuur in de wijkbibliotheek');
	await expect(dialog).toContainText('Straathoekwerk bij hanggroepen in Noord');
	await dialog.getByRole('button', { name: 'Annuleren' }).click();
	await expect(drafts.cards).toHaveCount(3);

	// One bad file among good ones: nothing is stored, and the bad file is named.
	await drafts.importFile([files[0]!, 'tests/fixtures/import/wrong-types.json']);
	const problem = page.getByRole('alert').filter({ hasText: 'Dit bestand is niet geïmporteerd' });
	await expect(problem).toContainText('In het bestand "wrong-types.json":');
	await expect(drafts.cards).toHaveCount(3);
});
