/**
 * Every wizard step at phone, laptop and projector size: no axe violations (and on a phone no tap
 * target under 24 px), no sideways scrolling, and a screenshot in test-results/screenshots/.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { typeInto, Wizard } from './page-models/wizard';

const sizes = [
	{ name: 'telefoon', width: 375, height: 740 },
	{ name: 'laptop', width: 1280, height: 800 },
	{ name: 'projector', width: 1920, height: 1080 }
];

async function check(page: Page, size: string, step: string) {
	await expectNoAxeViolations(page);
	if (size === 'telefoon') {
		// Tap targets of at least 24 x 24 px on a phone (WCAG 2.2 target-size, axe's rule).
		const targets = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
		expect(
			targets.violations.flatMap((violation) =>
				violation.nodes.map((node) => node.target.join(' '))
			),
			`${step}: tap targets under 24 px`
		).toEqual([]);
	}
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflow, `${step} scrolls sideways at ${size}`).toBeLessThanOrEqual(0);
	// A full-page screenshot resizes the viewport for a moment, and Chromium then scrolls a focused
	// text field back into view a little later, moving the page under the next click: blur first.
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await page.screenshot({ path: `test-results/screenshots/${size}-${step}.png`, fullPage: true });
}

for (const size of sizes) {
	test(`every step is usable at ${size.name} size (${size.width} x ${size.height})`, async ({
		page
	}) => {
		// A whole walk with an axe check and a full-page screenshot at every step: give it room. With
		// both cores held busy the projector walk reached its last page at 90 s; 45 s when idle.
		test.setTimeout(180_000);
		await page.setViewportSize({ width: size.width, height: size.height });
		const wizard = new Wizard(page);
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Baatwijzer' })).toBeVisible();
		await check(page, size.name, '0-start');
		await wizard.start();
		await wizard.next();
		await check(page, size.name, '1-initiatief-fouten');
		await wizard.fillInitiative({
			title: 'Maatjes in Brouwhuis',
			subsidy: '30.000',
			targetGroupSize: '40'
		});
		await wizard.next();
		await wizard.addItem('verpleeg', 'Verpleeghuiszorg (opname voorkomen of uitgesteld)');
		await wizard.addItem(
			'escalatie gezin',
			'Escalatie gezin voorkomen (niet zelfredzaam naar top)'
		);
		await page.getByRole('searchbox', { name: 'Zoek in de prijslijst' }).fill('schuld');
		await check(page, size.name, '2-kosten');
		await wizard.next();
		await wizard.answerCount(1, { persons: '1' });
		await wizard.next();
		await check(page, size.name, '3-doelgroep-fout');
		await wizard.answerCount(2, { groupSize: '40', sharePercent: '5' });
		await check(page, size.name, '3-doelgroep');
		await wizard.next();
		await wizard.answerLevels(1, 'Misschien', 'Waarschijnlijk');
		await wizard.next();
		await check(page, size.name, '4-kans-en-bijdrage-fout');
		await wizard.answerLevels(2, 'Waarschijnlijk', 'Misschien');
		await wizard.answerRecurrence(2, {
			justification: 'Twee gezinnen in de doelgroep staan op het punt te escaleren.'
		});
		await typeInto(page.getByLabel(/Veiligheidsmarge/), '80');
		await check(page, size.name, '4-kans-en-bijdrage');
		await wizard.next();
		await check(page, size.name, '5-controleren');
		await wizard.next();
		await expect(wizard.heading).toHaveText('Resultaat: vermeden kosten');
		await check(page, size.name, '6-resultaat');
		await page
			.getByRole('navigation', { name: 'Hoofdmenu' })
			.getByRole('link', { name: 'Mijn voorstellen' })
			.click();
		await expect(page.getByTestId('draft-card')).toHaveCount(1);
		await page
			.getByLabel('Bestanden om te importeren')
			.setInputFiles('tests/fixtures/import/wrong-types.json');
		await expect(page.getByRole('alert')).toBeVisible();
		await check(page, size.name, '7-voorstellen');
		await page
			.getByRole('navigation', { name: 'Hoofdmenu' })
			.getByRole('link', { name: 'Prijslijst' })
			.click();
		await page.getByText('Escalatie gezin voorkomen (niet zelfredzaam naar top)').click();
		await page.getByLabel('Toon bedragen ook in prijspeil').selectOption('2025');
		await check(page, size.name, '8-prijslijst');
	});
}
