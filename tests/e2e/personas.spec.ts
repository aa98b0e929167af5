/**
 * Issue 19: the three users' walks, each counted in interactions (a click, a key press or a field
 * typed into), as a new user would go: a buurtcoach from scratch at 1280 px, a policy officer at
 * 1440 px, a facilitator on a 1920 x 1080 projector and a 1280 x 720 beamer. The counts are printed
 * and kept in test-results/walks/ for `npm run bench` to report.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { DraftsPage } from './page-models/drafts';
import { typeInto, Wizard } from './page-models/wizard';
import { recordWalk } from './walks';

/** Counts what the person does; `record` prints and keeps the count of the walk. */
function counter() {
	let interactions = 0;
	return {
		act: async (step: () => Promise<unknown>) => {
			interactions++;
			await step();
		},
		record: (walk: string, limit: number) => recordWalk(walk, interactions, limit)
	};
}

const shot = (page: Page, name: string) =>
	page.screenshot({ path: `test-results/screenshots/persona-${name}.png`, fullPage: true });

/** Wholly inside the window, without scrolling. */
async function expectOnScreen(page: Page, target: Locator) {
	const box = (await target.boundingBox())!;
	const view = page.viewportSize()!;
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height).toBeLessThanOrEqual(view.height);
}

test('a buurtcoach estimates from scratch and hands the proposal in, in under 40 interactions', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1280, height: 800 });
	const { act, record } = counter();
	const wizard = new Wizard(page);
	await page.goto('/');
	await act(() => page.getByRole('link', { name: 'Start een nieuwe schatting' }).click());
	await expect(wizard.heading).toHaveText('Welke activiteit stelt u voor?');
	// Step 1 is grouped; the two answers needed come first, the author is asked.
	await expect(page.getByRole('heading', { level: 2, name: 'Om te beginnen' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Terug naar Mijn voorstellen' })).toBeVisible();
	await act(() =>
		typeInto(page.getByLabel('Naam van de activiteit'), 'Geldcafé in de bibliotheek')
	);
	await act(() => typeInto(page.getByLabel('Gevraagde subsidie per jaar (euro)'), '30.000'));
	await act(() => typeInto(page.getByLabel('Opgesteld door'), 'Samira Bouzid'));
	await act(() => wizard.next());

	const lines = [
		['schuldhulp', 'Schuldhulpverlening per schuldgeval'],
		['ontruiming', 'Directe kosten huisuitzetting'],
		['bewind', 'Beschermingsbewind bij problematische schulden']
	] as const;
	for (const [search, item] of lines) {
		await act(() => page.getByRole('searchbox', { name: 'Zoek in de prijslijst' }).fill(search));
		await act(() => page.getByRole('button', { name: `Voeg toe: ${item}` }).click());
	}
	// A published range shows on its line, at the low end its hint recommends.
	await expect(
		page
			.getByRole('region', { name: 'Gekozen kostenposten' })
			.getByRole('listitem')
			.nth(1)
			.getByRole('radio', { name: /^Laag \(voorzichtig\)/ })
	).toBeChecked();
	await act(() => wizard.next());
	// The back link leads to the step before.
	await expect(page.getByRole('link', { name: 'Terug naar Vermeden kosten' })).toBeVisible();
	for (const [position, persons] of [
		[1, '12'],
		[2, '3'],
		[3, '5']
	] as const) {
		await act(() => typeInto(wizard.lineSection(position).getByLabel('Aantal personen'), persons));
	}
	await act(() => wizard.next());
	for (const position of [1, 2, 3]) {
		const line = wizard.lineSection(position);
		await act(() =>
			line
				.getByRole('group', { name: /^Kans \(A\)/ })
				.getByRole('radio', { name: /^Waarschijnlijk/ })
				.check()
		);
		await act(() =>
			line
				.getByRole('group', { name: /^Bijdrage \(B\)/ })
				.getByRole('radio', { name: /^Waarschijnlijk/ })
				.check()
		);
		// The third line is left without a rationale: the check page says so.
		if (position < 3)
			await act(() =>
				typeInto(line.getByLabel('Korte onderbouwing'), 'Zo vaak gezien op het spreekuur.')
			);
	}
	await act(() => wizard.next());
	await expect(wizard.heading).toHaveText('Controleer uw antwoorden');
	const missing = page.getByTestId('missing-rationale');
	await expect(missing).toContainText('1 kostenpost heeft nog geen onderbouwing.');
	await expect(
		missing.getByRole('link', {
			name: 'Schrijf de onderbouwing van regel 3: Beschermingsbewind bij problematische schulden'
		})
	).toBeVisible();
	await expect(page.getByText('Samira Bouzid')).toBeVisible();
	await act(() => wizard.next());
	await expect(wizard.heading).toHaveText('Resultaat: vermeden kosten');
	// The paragraph to paste: the estimate, what it rests on and the main caveat, in plain Dutch.
	const summary = page.getByTestId('summary-paragraph');
	await expect(summary).toContainText('Geldcafé in de bibliotheek voorkomt naar schatting €');
	// The price ranges of two items give a band; the estimate, at their low ends, lies below it.
	await expect(summary).toContainText(/In 8 van de 10 gevallen ligt de besparing tussen €/);
	await expect(summary).toContainText(
		'Onze schatting ligt daaronder, omdat we voorzichtig rekenen met het lage bedrag uit de prijslijst.'
	);
	await expect(summary).toContainText('Let op: bij 1 kostenpost staat nog geen onderbouwing.');
	// The copy button puts that very paragraph on the clipboard.
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.getByRole('button', { name: 'Kopieer de samenvatting' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'De samenvatting is gekopieerd.' })
	).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		await summary.textContent()
	);
	// "Hoe zeker" says why the estimate lies below its band: the cautious low ends.
	await wizard.showLaterParts();
	await expect(page.getByTestId('outside-band')).toContainText(
		'ligt onder deze bandbreedte. Dat is zo bedoeld: bij Directe kosten huisuitzetting, Beschermingsbewind bij problematische schulden rekent u met het lage bedrag'
	);
	await expect(page.getByTestId('ratio-band')).toContainText(
		/in 8 van de 10 gevallen tussen \d+% en \d+%|ongeveer \d+%/
	);
	await expectNoAxeViolations(page);
	await act(() => page.getByRole('button', { name: 'Voorstel indienen' }).click());
	// The confirmation says what happens next.
	await expect(wizard.heading).toHaveText('Voorstel ingediend');
	await expect(page).toHaveTitle('Ingediend: Geldcafé in de bibliotheek - Baatwijzer');
	await expect(page.getByRole('heading', { name: 'Wat gebeurt er nu?' })).toBeVisible();
	await expect(page.getByText(/Stuur het bestand met uw subsidieaanvraag/)).toBeVisible();
	await expectNoAxeViolations(page);
	await shot(page, 'ingediend-1280');
	record('drafter from scratch, three lines, handed in', 40);

	// Handed in: the drafts list says so.
	const drafts = new DraftsPage(page);
	await drafts.open();
	await expect(drafts.card('Geldcafé in de bibliotheek').getByLabel(/Status van/)).toHaveValue(
		'submitted'
	);
});

test('at 375 px the step links are 24 px targets and a page with errors says "Fout:" first', async ({
	page
}) => {
	await page.setViewportSize({ width: 375, height: 740 });
	const wizard = new Wizard(page);
	await wizard.start();
	await wizard.next();
	await expect(page).toHaveTitle(/^Fout: Initiatief: /);
	await expect(wizard.errorSummary).toContainText('Vul naam van de activiteit in');
	await wizard.fillInitiative({ title: 'Buurtkamer', subsidy: '5.000' });
	await wizard.next();
	await expect(page).not.toHaveTitle(/^Fout:/);
	const progress = page.getByRole('navigation', { name: 'Voortgang' });
	for (const link of await progress.getByRole('link').all()) {
		const box = (await link.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(24);
	}
	await shot(page, 'kosten-375');
});

test('a policy officer compares three proposals and gives a verdict that the comparison shows', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1440, height: 900 });
	const { act, record } = counter();
	const drafts = new DraftsPage(page);
	await drafts.open();
	await act(() =>
		drafts.importFile(
			['schuldenspreekuur', 'jongerenwerk', 'maatjes-tien-regels'].map(
				(name) => `tests/fixtures/proposals/${name}.json`
			)
		)
	);
	// The confirmation is at the top, where the eye is, and names what came in.
	const done = page.getByRole('status').filter({ hasText: '3 voorstellen geïmporteerd.' });
	await expect(done).toBeFocused();
	await expectOnScreen(page, done);
	await expect(done).toContainText('Straathoekwerk bij hanggroepen in Noord');
	// Each card shows who drafted it, the subsidy and the ratio.
	const card = drafts.card('Schuldenspreekuur in de wijkbibliotheek');
	await expect(card).toContainText('Fatima el Amrani');
	await expect(card.getByRole('definition').filter({ hasText: /^€\s25\.000$/ })).toBeVisible();
	await expect(card.getByRole('definition').filter({ hasText: /^\d+%$/ })).toBeVisible();
	await shot(page, 'voorstellen-1440');

	await act(() => card.getByRole('link', { name: 'Beoordelen: Schuldenspreekuur' }).click());
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beoordelen');
	await act(() => page.getByRole('radio', { name: 'Aanvullen' }).check());
	await act(() =>
		typeInto(page.getByLabel('Reden van uw oordeel'), 'Onderbouw het aantal huisuitzettingen.')
	);
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
	await expectNoAxeViolations(page);
	await shot(page, 'beoordelen-1440');

	await act(() =>
		page
			.getByRole('navigation', { name: 'Hoofdmenu' })
			.getByRole('link', { name: 'Mijn voorstellen' })
			.click()
	);
	for (const title of [
		'Schuldenspreekuur in de wijkbibliotheek',
		'Straathoekwerk bij hanggroepen in Noord',
		'Maatjesproject voor ouderen met een kleine kring'
	])
		await act(() => page.getByLabel(`Kies "${title}" om te vergelijken`).check());
	await act(() => page.getByRole('link', { name: 'Vergelijk de gekozen voorstellen (3)' }).click());
	const table = page.getByTestId('comparison');
	const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
	await expect(row('Oordeel')).toContainText('Aanvullen');
	await expect(row('Oordeel')).toContainText('Nog geen oordeel');
	await expect(row('Status')).toContainText('Beoordeeld');
	await expect(row('Bij de gemeente per euro subsidie')).toContainText(/€\s\d+,\d{2}/);
	await expect(row('Kostenposten zonder onderbouwing')).toBeVisible();
	// The chart's axis title stands apart from its highest tick.
	const chart = page.getByRole('img', { name: /Verhouding tot de subsidie tegen de subsidie/ });
	const title = (await chart.locator('text.axis').last().boundingBox())!;
	const ticks = await chart.locator('text.tick').all();
	for (const tick of ticks) {
		const box = (await tick.boundingBox())!;
		const apart =
			box.y >= title.y + title.height ||
			box.y + box.height <= title.y ||
			box.x >= title.x + title.width ||
			box.x + box.width <= title.x;
		expect(apart).toBe(true);
	}
	await expectNoAxeViolations(page);
	await shot(page, 'vergelijk-1440');
	record('policy officer: import, verdict, compare', 15);
});

test('a facilitator names the arena first; the controls stay on screen at 1920 x 1080 and 1280 x 720', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1920, height: 1080 });
	const { act, record } = counter();
	await page.goto('/');
	await act(() => page.getByRole('link', { name: 'Start een MKBA-Arena (workshop)' }).click());
	await expect(page).toHaveURL(/\/arena$/);
	// The title is the first question on the page.
	const title = page.getByLabel('Naam van de activiteit');
	await expect(page.getByRole('textbox').first()).toHaveAccessibleName('Naam van de activiteit');
	await act(() => typeInto(title, 'Jongerenwerk op straat in Noord'));
	await act(() => page.getByRole('link', { name: 'Presentatiemodus' }).click());
	await expect(page.getByText('Jongerenwerk op straat in Noord')).toBeVisible();
	await expect(page.getByText(/Sneltoetsen: pijl links en rechts/)).toBeVisible();
	await expectNoAxeViolations(page);

	for (const size of [
		{ width: 1920, height: 1080 },
		{ width: 1280, height: 720 }
	]) {
		await page.setViewportSize(size);
		for (let field = 1; field <= 5; field++) {
			await expect(page.getByText(`Veld ${field} van 5`)).toBeVisible();
			for (const control of [
				page.getByRole('button', { name: 'Vorig veld' }),
				page.getByRole('button', { name: 'Volgend veld' }),
				page.getByRole('button', { name: /^(Start|Pauzeer) de tijd$/ })
			])
				await expectOnScreen(page, control);
			if (field < 5) await act(() => page.keyboard.press('ArrowRight'));
		}
		await page.screenshot({
			path: `test-results/screenshots/persona-presentatie-${size.width}.png`
		});
		for (let field = 5; field > 1; field--) await page.keyboard.press('ArrowLeft');
	}
	// Alt+T starts and pauses the timer; a plain "t" typed in a field does not.
	await act(() => page.keyboard.press('Alt+t'));
	await expect(page.getByRole('button', { name: 'Pauzeer de tijd' })).toBeVisible();
	await expect(page.getByRole('timer')).not.toHaveText('Nog 10:00');
	await act(() => page.keyboard.press('Alt+t'));
	await expect(page.getByRole('button', { name: 'Start de tijd' })).toBeVisible();
	record('facilitator: title, presentation, ten fields moved, timer', 15);
});
