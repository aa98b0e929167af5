/**
 * Issue 9, done when: a new user's walk in the new order, typed key by key, with three lines, one
 * split over two holders and one at the low end of a published range; the result shows each
 * formula to the end, the sources and grades; a "Wijzigen" round trip returns to the check page.
 */
import { expect, expectNoAxeViolations, test } from './fixtures';
import { typeInto, Wizard } from './page-models/wizard';

const euro = (text: string) => `€\u00A0${text}`;

test('a buurtcoach estimates "Schuldenspreekuur in de wijkbibliotheek" in the order people think', async ({
	page
}) => {
	const wizard = new Wizard(page);
	await wizard.start();
	await wizard.fillInitiative({
		title: 'Schuldenspreekuur in de wijkbibliotheek',
		subsidy: '25.000',
		targetGroupSize: '120'
	});
	await wizard.next();

	// 1. The items, found with the words people use.
	await wizard.addItem('schuldhulp', 'Schuldhulpverlening per schuldgeval');
	await wizard.addItem('ontruiming', 'Directe kosten huisuitzetting');
	await wizard.addItem('bewind', 'Beschermingsbewind bij problematische schulden');
	const eviction = page
		.getByRole('region', { name: 'Gekozen kostenposten' })
		.getByRole('listitem')
		.nth(1);
	// The published range shows on the line, at its cautious low end from the start (issue 19).
	await expect(eviction.getByRole('radio', { name: /^Laag \(voorzichtig\)/ })).toBeChecked();
	await eviction.getByText(/^Aanpassen/).click();
	await eviction.getByRole('button', { name: 'Kostenhouder toevoegen' }).click();
	await typeInto(eviction.getByLabel('Deel van Gemeente - volwassenen (euro)'), '1.000');
	await expect(eviction).toContainText(`Woningcorporatie houdt de rest: ${euro('4.000')}`);
	await expectNoAxeViolations(page);
	await wizard.next();

	// 2. For how many: nothing counts before the count is given.
	await expect(page.getByTestId('live-total')).toHaveText(euro('0'));
	await wizard.answerCount(1, { persons: '12' });
	await wizard.answerCount(2, { persons: '3' });
	await wizard.answerCount(3, { groupSize: '120', sharePercent: '5' });
	await wizard.next();

	// 3. Chance, contribution, then recurrence and a short justification; examples fit the line.
	await expect(wizard.lineSection(1)).toContainText('De deurwaarder is al ingeschakeld');
	await expect(wizard.lineSection(2)).toContainText('de ontruimingsdatum is bekend');
	await wizard.answerLevels(1, 'Waarschijnlijk', 'Waarschijnlijk');
	await wizard.answerLevels(2, 'Misschien', 'Waarschijnlijk');
	await wizard.answerLevels(3, 'Waarschijnlijk', 'Misschien');
	await wizard.answerRecurrence(1, {
		justification: 'Twaalf huishoudens per jaar met beginnende achterstand.'
	});
	await wizard.next();

	// 4. Check, change one answer, come back.
	await expect(page).toHaveURL(/\/controleren$/);
	await page.getByRole('link', { name: 'Wijzigen Aantal personen' }).first().click();
	await typeInto(wizard.lineSection(1).getByLabel('Aantal personen'), '10');
	await page.getByRole('button', { name: 'Terug naar controleren' }).click();
	await expect(page).toHaveURL(/\/controleren$/);
	await page.getByRole('link', { name: 'Wijzigen Aantal personen' }).first().click();
	await typeInto(wizard.lineSection(1).getByLabel('Aantal personen'), '12');
	await page.getByRole('button', { name: 'Terug naar controleren' }).click();
	// A line's cost holder is changed in its own panel, opened by the link.
	await page.getByRole('link', { name: 'Wijzigen Kostenhouder' }).nth(1).click();
	await expect(page).toHaveURL(/\/kosten\?terug=controleren#regel-[\w-]+-costHolder$/);
	await expect(page.getByLabel('Kostenhouder van deze regel').nth(1)).toBeVisible();
	await page.getByRole('button', { name: 'Terug naar controleren' }).click();
	await expect(page).toHaveURL(/\/controleren$/);
	await wizard.next();

	// 5. The result: who proposes what, every formula to the end, each line's source and grade.
	await expect(page).toHaveURL(/\/resultaat$/);
	await expect(
		page.getByText('Schuldenspreekuur in de wijkbibliotheek', { exact: true })
	).toBeVisible();
	await expect(page.getByText('LEVgroep', { exact: true })).toBeVisible();
	// What the figures are, and the horizon the yearly line counts over.
	await expect(
		page.getByText(
			'Dit zijn de kosten die één jaar activiteit naar verwachting voorkomt, afgezet tegen één jaar subsidie.'
		)
	).toBeVisible();
	await expect(
		page.getByText('De kosten tellen over 3 jaar: het activiteitsjaar en 2 herhalingsjaren.')
	).toBeVisible();
	await expect(page.getByText('Deze schatting is nog niet compleet')).toHaveCount(0);
	await expect(page.getByRole('button', { name: /Afdrukken of als pdf bewaren/ })).toBeVisible();
	const lines = page.getByTestId('result-line');
	await expect(lines.nth(0)).toContainText(
		`70% × 70% × ${euro('1.500')} × 12 = ${euro('8.820')} eenmalig`
	);
	await expect(lines.nth(0)).toContainText(
		`× 90% veiligheid, eenmalig = ${euro('7.938')} over de looptijd`
	);
	await expect(lines.nth(0)).toContainText('Bron: Stichting Zwerfjongeren Nederland');
	await expect(lines.nth(0)).toContainText('Betrouwbaarheid: C (enkel voorbeeld of zwakke bron)');
	await expect(lines.nth(1)).toContainText(
		`35% × 70% × ${euro('5.000')} × 3 = ${euro('3.675')} eenmalig`
	);
	await expect(lines.nth(1)).toContainText('Woningcorporatie, Gemeente - volwassenen');
	await expect(lines.nth(2)).toContainText(
		`70% × 35% × ${euro('1.403')} × 6 = ${euro('2.062')} per jaar`
	);
	await expect(lines.nth(2)).toContainText(
		`× 90% veiligheid × 3 jaar = ${euro('5.569')} over de looptijd`
	);
	await expect(lines.nth(2)).toContainText(
		'Betrouwbaarheid: B (gepubliceerd onderzoek of prijslijst)'
	);
	// Bewind at its low end (€ 1.403): 7,938 + 3,307.50 + 5,568.51 = 16,814.01
	await expect(wizard.figure('result-total')).toHaveText(euro('16.814'));
	await expect(wizard.holderAmount('Woningcorporatie').last()).toHaveText(euro('2.646'));
	await expect(wizard.holderAmount('Gemeente - volwassenen').last()).toHaveText(euro('14.168'));
	await expectNoAxeViolations(page);
});

test('an incomplete estimate says so on the result page', async ({ page }) => {
	const wizard = new Wizard(page);
	await wizard.walk({ title: 'Proef', subsidy: '0' }, [
		{
			search: 'huisarts',
			item: 'Consult huisarts',
			chance: 'Zeker',
			contribution: 'Zeker',
			persons: '0'
		}
	]);
	const notice = page.getByRole('note', { name: 'Deze schatting is nog niet compleet' });
	await expect(notice).toContainText('gelden voor 0 personen');
	await expect(notice).toContainText('De subsidie is 0 euro');
	await expectNoAxeViolations(page);
});
