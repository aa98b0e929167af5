import { calculate } from '../../src/lib/domain/calculation';
import { defaultPriceList } from '../../src/lib/domain/price-list/default-price-list';
import { displayFormat, DUTCH_FIELDS } from '../../src/lib/domain/format';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { Wizard } from './page-models/wizard';

const { formatEuros, formatEurosOfFraction, formatRatioPercent } = displayFormat(
	'nl-NL',
	DUTCH_FIELDS
);

const euro = (text: string) => `€\u00A0${text}`;

test.describe('the wizard, walked as a user', () => {
	test('worked line 1: an informal carer far away, a buddy keeps mother at home', async ({
		page
	}) => {
		const wizard = new Wizard(page);
		await wizard.walk({ title: 'Maatje voor moeder', subsidy: '10.000' }, [
			{
				search: 'verpleeghuis',
				item: 'Verpleeghuiszorg (opname voorkomen of uitgesteld)',
				chance: 'Misschien',
				contribution: 'Waarschijnlijk',
				persons: '1'
			}
		]);
		await expect(wizard.heading).toHaveText('Resultaat: vermeden kosten');
		await expect(page.getByTestId('result-line')).toContainText(
			`35% × 70% × ${euro('54.750')} × 1 = ${euro('13.414')} per jaar`
		);
		// 0.9 x 3 x 13,413.75 = 36,217.125
		await expect(wizard.figure('result-total')).toHaveText(euro('36.217'));
		await expect(wizard.figure('result-ratio')).toHaveText('362%');
		await expect(wizard.holderAmount('Zorgkantoor (Wlz)')).toHaveText(euro('36.217'));
		await expect(page.getByText('afgezet tegen één jaar subsidie')).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('worked line 2: a lonely elderly woman, a volunteer visits', async ({ page }) => {
		const wizard = new Wizard(page);
		await wizard.walk({ title: 'Bezoek aan huis', subsidy: '5000' }, [
			{
				search: 'dagopvang',
				item: 'Dagopvang en sociale activering',
				chance: 'Zeker',
				contribution: 'Zeker',
				persons: '1'
			}
		]);
		await expect(page.getByTestId('result-line')).toContainText(
			`100% × 100% × ${euro('6.870')} × 1 = ${euro('6.870')} per jaar`
		);
		await expect(wizard.figure('result-total')).toHaveText(euro('18.549'));
		await expect(wizard.holderAmount('Gemeente - volwassenen')).toHaveText(euro('18.549'));
	});

	test('a three-line proposal with a subsidy matches the calculation core', async ({ page }) => {
		const wizard = new Wizard(page);
		await wizard.walk({ title: 'Inloop geldzaken', subsidy: '48.500', targetGroupSize: '40' }, [
			{
				search: 'schuld',
				item: 'Schuldhulpverlening, afsluiting energie en betalingsregeling',
				chance: 'Waarschijnlijk',
				contribution: 'Waarschijnlijk',
				persons: '12'
			},
			{
				search: 'bewind',
				item: 'Beschermingsbewind bij problematische schulden',
				chance: 'Misschien',
				contribution: 'Zeker',
				groupSize: '40',
				sharePercent: '25'
			},
			{
				search: 'Jeugd',
				item: 'Jeugd- en opvoedhulp, ambulant zonder verblijf',
				chance: 'Zeker',
				contribution: 'Waarschijnlijk',
				persons: '3',
				recurrence: 'Jaarlijks'
			}
		]);

		const item = (id: string) => defaultPriceList.find((candidate) => candidate.id === id)!;
		const line = (
			id: string,
			count: Parameters<typeof calculate>[0]['lines'][number]['count'],
			chance: 'maybe' | 'likely' | 'certain',
			contribution: 'maybe' | 'likely' | 'certain',
			recurrence?: 'oneOff' | 'yearly'
		) => ({
			// A new line starts at the low end of a published range, the cautious choice.
			amountCents: item(id).lowCents ?? item(id).amountCents,
			count,
			chance,
			contribution,
			recurrence: recurrence ?? item(id).recurrence,
			costHolder: item(id).costHolder
		});
		const expected = calculate({
			settings: { safetyPercent: 90, repeatYears: 2 },
			subsidyCents: 4_850_000,
			lines: [
				line('schuld-afsluiting-regeling', { kind: 'direct', persons: 12 }, 'likely', 'likely'),
				line(
					'beschermingsbewind',
					{ kind: 'share', groupSize: 40, sharePercent: 25 },
					'maybe',
					'certain'
				),
				line('jeugdhulp-ambulant', { kind: 'direct', persons: 3 }, 'certain', 'likely', 'yearly')
			]
		});

		await expect(wizard.figure('result-total')).toHaveText(formatEuros(expected.total));
		await expect(wizard.figure('result-subsidy')).toHaveText(euro('48.500'));
		await expect(wizard.figure('result-ratio')).toHaveText(
			formatRatioPercent(expected.subsidy!.ratio!)
		);
		await expect(wizard.figure('result-net')).toHaveText(formatEuros(expected.subsidy!.net));
		for (const holder of expected.perCostHolder) {
			await expect(wizard.holderAmount(holder.costHolder)).toHaveText(
				formatEurosOfFraction(holder.total)
			);
		}
		// By hand: one-off 5,335 x 12 x 70% x 70% = 31,369.80; yearly, bewind at the low end of its
		// range, 1,403 x (40 x 25%) x 35% x 100% + 7,250 x 3 x 100% x 70% = 4,910.50 + 15,225 =
		// 20,135.50; total 90% x (31,369.80 + 3 x 20,135.50) = 82,598.67.
		await expect(wizard.figure('result-total')).toHaveText(euro('82.599'));
		await expect(wizard.figure('result-ratio')).toHaveText('170%');
		await expect(
			page.getByRole('figure', { name: /Vermeden kosten per kostenhouder/ })
		).toBeVisible();
		await expect(page.getByTestId('break-even')).toContainText('minstens 24 personen'); // 40 x 48,500 / 82,598.67 = 23.5
		// Only the beschermingsbewind line is preventive (chance Misschien): 4,910.50 x 3 x 90 % =
		// 13,258.35.
		await expect(page.getByTestId('prevention-split')).toHaveText(
			`Preventie: ${euro('13.258')} (16%). Interventie: ${euro('69.340')} (84%).`
		);
	});
});
