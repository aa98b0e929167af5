import { expect, expectNoAxeViolations, test } from './fixtures';
import { tabTo } from './keyboard';
import { typeInto, Wizard } from './page-models/wizard';

test.describe('wizard behaviour', () => {
	test('names the field in Dutch, keeps what was typed, and will not go forward with errors', async ({
		page
	}) => {
		const wizard = new Wizard(page);
		await wizard.start();
		await wizard.next();
		await expect(wizard.errorSummary).toBeFocused();
		// GOV.UK: a page with errors says so first in its title, read before anything else.
		await expect(page).toHaveTitle(/^Fout: Initiatief/);
		await expect(wizard.errorSummary).toContainText('Vul naam van de activiteit in');
		await expect(wizard.errorSummary).toContainText('Vul gevraagde subsidie per jaar (euro) in');
		await expect(page).toHaveURL(/\/initiatief$/);

		await page.getByLabel('Naam van de activiteit').fill('Maatjes');
		await page.getByLabel('Gevraagde subsidie per jaar (euro)').fill('veel geld');
		await page.getByLabel('Grootte van de doelgroep').fill('2,5');
		await wizard.next();
		await expect(wizard.errorSummary).toContainText(
			'Vul bij gevraagde subsidie per jaar (euro) een bedrag in euro in, bijvoorbeeld 12.500 of 12.500,50'
		);
		await expect(wizard.errorSummary).toContainText(
			'Vul bij grootte van de doelgroep een heel getal in van 0 of meer, bijvoorbeeld 12'
		);
		await expect(wizard.errorSummary).not.toContainText('naam van de activiteit');
		await expect(page).toHaveURL(/\/initiatief$/);
		// The bad text stays where the user typed it.
		await expect(page.getByLabel('Gevraagde subsidie per jaar (euro)')).toHaveValue('veel geld');
		await expectNoAxeViolations(page);

		// A link in the summary moves to the field.
		await wizard.errorSummary.getByRole('link', { name: /grootte van de doelgroep/ }).click();
		await expect(page.getByLabel('Grootte van de doelgroep')).toBeFocused();
		await page.getByLabel('Grootte van de doelgroep').fill('40');
		await page.getByLabel('Gevraagde subsidie per jaar (euro)').fill('12.500,50');
		await wizard.next();
		await expect(page).toHaveURL(/\/kosten$/);
	});

	test('keeps every answer going back and forward, also with the browser buttons', async ({
		page
	}) => {
		const wizard = new Wizard(page);
		await wizard.start();
		await wizard.fillInitiative({
			title: 'Buurtmaatjes',
			subsidy: '20.000',
			targetGroupSize: '25'
		});
		await page.getByRole('checkbox', { name: 'Brouwhuis' }).check();
		await page.getByRole('radio', { name: 'Steunpunt Mantelzorg' }).check();
		await wizard.next();
		await wizard.addItem('verpleeg', 'Verpleeghuiszorg (opname voorkomen of uitgesteld)');
		await expect(page.getByTestId('live-total')).toHaveText('€\u00A00');
		await wizard.next();
		// A line counts only once its count is given (and A and B are answered).
		await expect(page).toHaveURL(/\/doelgroep$/);
		await wizard.answerCount(1, { persons: '1' });
		await expect(page.getByTestId('live-total')).toHaveText('€\u00A00');
		await wizard.next();
		await wizard.answerLevels(1, 'Misschien', 'Waarschijnlijk');
		await expect(page.getByTestId('live-total')).toHaveText('€\u00A036.217');
		await expect(page.getByTestId('live-ratio')).toHaveText('181%');

		await page.goBack();
		await expect(page).toHaveURL(/\/doelgroep$/);
		await page.goBack();
		await expect(page).toHaveURL(/\/kosten$/);
		await page.goBack();
		await expect(page).toHaveURL(/\/initiatief$/);
		await expect(page.getByLabel('Naam van de activiteit')).toHaveValue('Buurtmaatjes');
		await expect(page.getByLabel('Gevraagde subsidie per jaar (euro)')).toHaveValue('20.000');
		await expect(page.getByRole('checkbox', { name: 'Brouwhuis' })).toBeChecked();
		await expect(page.getByRole('radio', { name: 'Steunpunt Mantelzorg' })).toBeChecked();
		await page.goForward();
		await page.goForward();
		await page.goForward();
		await expect(page).toHaveURL(/\/kans-en-bijdrage$/);
		await expect(
			wizard
				.lineSection(1)
				.getByRole('group', { name: /^Kans \(A\)/ })
				.getByRole('radio', { name: /^Misschien/ })
		).toBeChecked();

		// Invalid text typed in an earlier step survives a trip back and forth.
		await page.getByRole('link', { name: 'Vorige' }).click();
		await expect(page).toHaveURL(/\/doelgroep$/);
		await typeInto(wizard.lineSection(1).getByLabel('Aantal personen'), 'een paar');
		await page.getByRole('link', { name: 'Vorige' }).click();
		await expect(page).toHaveURL(/\/kosten$/);
		await wizard.next();
		await expect(wizard.lineSection(1).getByLabel('Aantal personen')).toHaveValue('een paar');
		await wizard.next();
		await expect(wizard.errorSummary).toContainText(
			'Regel 1 (Verpleeghuiszorg (opname voorkomen of uitgesteld)): Vul bij aantal personen een heel getal in van 0 of meer, bijvoorbeeld 12'
		);
		await expect(page).toHaveURL(/\/doelgroep$/);
	});

	test('the answers survive a reload (the draft is stored in the browser)', async ({ page }) => {
		const wizard = new Wizard(page);
		await wizard.start();
		await wizard.fillInitiative({ title: 'Opgeslagen idee', subsidy: '1000' });
		await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
		await page.reload();
		await expect(page.getByLabel('Naam van de activiteit')).toHaveValue('Opgeslagen idee');
		await expect(page.getByLabel('Gevraagde subsidie per jaar (euro)')).toHaveValue('1.000');
	});

	test('review shows every answer with a change link back to its step', async ({ page }) => {
		const wizard = new Wizard(page);
		await wizard.walk({ title: 'Controle', subsidy: '1000' }, [
			{
				search: 'huisarts',
				item: 'Consult huisarts',
				chance: 'Zeker',
				contribution: 'Misschien',
				persons: '20'
			}
		]);
		await page.getByRole('link', { name: '5. Controleren' }).click();
		await expect(wizard.heading).toHaveText('Controleer uw antwoorden');
		await expect(page.getByRole('definition').filter({ hasText: 'Zeker (100%)' })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Wijzigen Bijdrage (B)' }).click();
		await expect(page).toHaveURL(
			/\/kans-en-bijdrage\?terug=controleren#regel-[\w-]+-contribution$/
		);
		await wizard.answerLevels(1, 'Zeker', 'Zeker');
		// The change made, the way leads straight back to the check page.
		await page.getByRole('button', { name: 'Terug naar controleren' }).click();
		await expect(page).toHaveURL(/\/controleren$/);
		await expect(page.getByRole('definition').filter({ hasText: 'Zeker (100%)' })).toHaveCount(2);
		// Also from an earlier step: the count, two steps back.
		await page.getByRole('link', { name: 'Wijzigen Aantal personen' }).click();
		await expect(page).toHaveURL(/\/doelgroep\?terug=controleren#regel-[\w-]+-persons$/);
		await typeInto(wizard.lineSection(1).getByLabel('Aantal personen'), '40');
		await page.getByRole('button', { name: 'Terug naar controleren' }).click();
		await expect(page).toHaveURL(/\/controleren$/);
		await expect(page.getByRole('definition').filter({ hasText: /^40$/ })).toBeVisible();
		await wizard.next();
		await expect(page).toHaveURL(/\/resultaat$/);
		// 30.87 x 40 x 100% x 100% = 1,234.80; x 0.9 = 1,111.32 (one-off)
		await expect(wizard.figure('result-total')).toHaveText('€\u00A01.111');
	});

	test('can be filled in with the keyboard alone', async ({ page }) => {
		await page.goto('/');
		await tabTo(page, page.getByRole('link', { name: 'Start een nieuwe schatting' }));
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/initiatief$/);

		// Tab to the first field, type, tab to the subsidy, type, submit with Enter.
		await tabTo(page, page.getByLabel('Naam van de activiteit'));
		await page.keyboard.type('Toetsenbord');
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Gevraagde subsidie per jaar (euro)')).toBeFocused();
		await page.keyboard.type('2500');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/kosten$/);

		await tabTo(page, page.getByRole('searchbox', { name: 'Zoek in de prijslijst' }));
		await page.keyboard.type('huisarts');
		await tabTo(page, page.getByRole('button', { name: 'Voeg toe: Consult huisarts' }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('region', { name: 'Gekozen kostenposten' })).toContainText(
			'Consult huisarts'
		);
	});

	test('a step shows its heading at once, and the draft before storage is ready to save', async ({
		page
	}) => {
		const wizard = new Wizard(page);
		await wizard.start();
		await wizard.fillInitiative({ title: 'Schuldenspreekuur', subsidy: '15.000' });
		await wizard.next();
		await expect(page).toHaveURL(/\/kosten$/);
		// A slow phone: the code that reads the draft and storage's (Dexie) are held back until the
		// test lets each through. (A stored draft is read without the validator, zod, so the gate
		// holds the draft's reader, the module with the journal of the last edit, and zod too.)
		const gate = () => {
			let open = () => {};
			const opened = new Promise<void>((resolve) => (open = resolve));
			return { open, opened };
		};
		const validator = gate();
		const storage = gate();
		await page.route('**/_app/immutable/chunks/*.js', async (route) => {
			let response: Awaited<ReturnType<typeof route.fetch>>;
			let body: string;
			try {
				response = await route.fetch();
				body = await response.text();
			} catch (error) {
				// A reload cancels the chunks still in flight (the preload of the next
				// steps); their response is disposed and nobody waits for them any more.
				if (String(error).includes('disposed')) return;
				throw error;
			}
			if (body.includes('ZodError') || body.includes('baatwijzer.journal.')) await validator.opened;
			if (body.includes('Dexie')) await storage.opened;
			await route.fulfill({ response, body }).catch((error: unknown) => {
				if (!String(error).includes('disposed')) throw error;
			});
		});
		await page.reload();
		const heading = page.getByRole('heading', {
			level: 1,
			name: 'Welke kosten voorkomt de activiteit?'
		});
		const intro = page.getByText(/^Zoek in de maatschappelijke prijslijst/);
		await expect(heading).toBeVisible();
		await expect(intro).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'Voorstel laden...' })).toBeVisible();
		await expect(page).toHaveTitle('Vermeden kosten: Voorstel laden... - Baatwijzer');
		await expectNoAxeViolations(page);
		const before = [await heading.boundingBox(), await intro.boundingBox()];

		// The draft is read and shown without Dexie; nothing drawn before moves.
		validator.open();
		await expect(page.getByRole('searchbox', { name: 'Zoek in de prijslijst' })).toBeVisible();
		await expect(page).toHaveTitle('Vermeden kosten: Schuldenspreekuur - Baatwijzer');
		expect([await heading.boundingBox(), await intro.boundingBox()]).toEqual(before);

		// An item added now waits for storage, says so, and is stored once storage is there.
		await wizard.addItem('schuldhulp', 'Schuldhulpverlening per schuldgeval');
		await expect(page.getByRole('status').filter({ hasText: 'Opslaan...' })).toBeVisible();
		storage.open();
		await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
		await page.unrouteAll({ behavior: 'ignoreErrors' });
		await page.reload();
		await expect(page.getByRole('region', { name: 'Gekozen kostenposten' })).toContainText(
			'Schuldhulpverlening per schuldgeval'
		);
	});
});

test('the tab names the activity once its name is typed, not at every key', async ({ page }) => {
	const wizard = new Wizard(page);
	await wizard.start();
	await expect(page).toHaveTitle('Initiatief: Nieuw voorstel - Baatwijzer');
	// Every title the tab shows while the name is typed (each new title costs the key its paint).
	await page.evaluate(() => {
		const shown: string[] = [];
		(window as unknown as { shown: string[] }).shown = shown;
		new MutationObserver(() => shown.push(document.title)).observe(document.head, {
			subtree: true,
			childList: true,
			characterData: true
		});
	});
	await typeInto(page.getByLabel('Naam van de activiteit'), 'Buurtkamer Oost');
	await expect(page).toHaveTitle('Initiatief: Buurtkamer Oost - Baatwijzer');
	const shown = await page.evaluate(() => (window as unknown as { shown: string[] }).shown);
	// 15 keys; a pause of a busy machine between two of them may show one more title.
	expect(new Set(shown).size).toBeLessThanOrEqual(3);
});
