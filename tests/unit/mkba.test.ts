import { describe, expect, it } from 'vitest';
import { addFractions, fraction, roundFraction } from '$lib/domain/fraction';
import { defaultMkbaSettings, mkba, mkbaParties, presentValue } from '$lib/domain/mkba';
import { evaluate } from '$lib/domain/evaluation';
import { proposalSchema, type Proposal } from '$lib/domain/schemas/proposal';
import { compareProposals } from '$lib/domain/comparison';
import { priceItemResolver } from '$lib/domain/price-list/resolve';

const line = (id: string, extra: Record<string, unknown> = {}) => ({
	id,
	priceItemId: null,
	name: `Regel ${id}`,
	unit: 'per persoon per jaar',
	amountCents: 333_333,
	priceYear: 2024,
	count: { kind: 'direct', persons: 7 },
	chance: 'likely',
	contribution: 'likely',
	recurrence: 'yearly',
	costHolder: 'Gemeente - volwassenen',
	...extra
});

const draft = (lines: unknown[]): Proposal =>
	proposalSchema.parse({
		id: 'p',
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		subsidyCents: 4_000_000,
		settings: { safetyPercent: 90, repeatYears: 4 },
		lines,
		arena: { investors: [{ id: 'w', name: 'Woningcorporatie', amountCents: 1_000_000 }] }
	});

describe('the cost-benefit view', () => {
	it('discounting a known stream equals the closed form to the cent', () => {
		const perYear = 1_234_567;
		const years = 5;
		const exact = presentValue(
			Array.from({ length: years }, () => fraction(BigInt(perYear))),
			225
		);
		// An annuity paid at the start of each year: C x (1 - (1 + r)^-n) / r x (1 + r).
		const r = 0.0225;
		const closed = ((perYear * (1 - (1 + r) ** -years)) / r) * (1 + r);
		expect(Number(roundFraction(exact))).toBe(Math.round(closed));
		expect(presentValue([fraction(5n), fraction(7n)], 0)).toEqual(fraction(12n));
	});

	it('without discounting or drop-off, the benefits are the method’s total', () => {
		const proposal = draft([line('a'), line('b', { recurrence: 'oneOff', amountCents: 99_999 })]);
		const result = evaluate(proposal);
		const view = mkba(proposal, result, { ...defaultMkbaSettings, discountBasisPoints: 0 });
		// benefits in cents; the method's total in 10^-10 euro.
		expect(view.benefits.numerator * 100_000_000n).toBe(result.total * view.benefits.denominator);
	});

	it('the parties’ benefits add up to the total; transfers stay out of it; NPV and ratio', () => {
		const proposal = draft([
			line('a', {
				split: [
					{ costHolder: 'Woningcorporatie', amountCents: 222_222 },
					{ costHolder: 'Gemeente - volwassenen', amountCents: 111_111 }
				]
			}),
			line('t', { kind: 'transfer', costHolder: 'Inwoner / huishouden' })
		]);
		const view = mkba(proposal, evaluate(proposal), {
			...defaultMkbaSettings,
			dropOffPercent: 20,
			qalysPerYear: 1,
			ownContributionCents: 500_000
		});
		const sum = view.parties.reduce((total, p) => addFractions(total, p.benefits), fraction(0n));
		expect(sum).toEqual(view.benefits);
		const household = view.parties.find((p) => p.party === 'Inwoner / huishouden')!;
		expect(household.benefits).toEqual(fraction(0n));
		expect(household.transfers.numerator).toBeGreaterThan(0n);
		expect(
			view.parties.find((p) => p.party === mkbaParties.residents)!.benefits.numerator
		).toBeGreaterThan(0n);
		// Costs: subsidy 40,000 + co-funder 10,000 + own contribution 5,000.
		expect(view.costs).toEqual(fraction(5_500_000n));
		expect(view.npv).toEqual(addFractions(view.benefits, fraction(-5_500_000n)));
		expect(view.ratio).toEqual(
			fraction(view.benefits.numerator, view.benefits.denominator * 5_500_000n)
		);
		// Who pays and who gains: the housing association pays 10,000 and gains its share of line a.
		const housing = view.parties.find((p) => p.party === 'Woningcorporatie')!;
		expect(housing.costs).toEqual(fraction(1_000_000n));
		expect(housing.benefits.numerator).toBeGreaterThan(0n);
	});
});

describe('a published one-year MKBA table, entered as it stands', () => {
	// Shaped like the one-year table of an MKBA of neighbourhood teams (costs; benefits with one
	// negative post, extra care the new way of working triggers; NCW; the societal ratio and the
	// municipality's financial ratio). Each post is one line: A = B = 100 %, N = 1, one year.
	const post = (id: string, name: string, euros: number, costHolder: string) =>
		line(id, {
			name,
			amountCents: euros * 100,
			count: { kind: 'direct', persons: 1 },
			chance: 100,
			contribution: 100,
			costHolder
		});
	const table = proposalSchema.parse({
		id: 'wijkteams',
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		subsidyCents: 1_000_000_00,
		settings: { safetyPercent: 100, repeatYears: 0 },
		lines: [
			post('org', 'Goedkopere organisatie', 300_000, 'Gemeente - volwassenen'),
			post('sub', 'Substitutie naar de eerste lijn', 600_000, 'Zorgverzekeraar'),
			post('esc', 'Voorkomen escalatie', 500_000, 'Gemeente - jeugd'),
			post('extra', 'Extra zorg', -200_000, 'Gemeente - volwassenen')
		],
		arena: { investors: [{ id: 'werkwijze', name: 'Gemeente', amountCents: 100_000_00 }] }
	});

	it('reproduces costs, benefits, NCW and both ratios exactly', () => {
		const result = evaluate(table);
		const view = mkba(table, result, { ...defaultMkbaSettings });
		const euros = (cents: { numerator: bigint; denominator: bigint }) =>
			Number(roundFraction(cents)) / 100;
		expect(euros(view.costs)).toBe(1_100_000);
		expect(euros(view.benefits)).toBe(1_200_000);
		expect(euros(view.npv)).toBe(100_000);
		expect(view.ratio).toEqual(fraction(12n, 11n));
		// The municipality pays the team and the new way of working, and gains its own posts:
		// 300,000 + 500,000 - 200,000 = 600,000 against 1,100,000.
		const municipality = view.parties.find((party) => party.party === mkbaParties.municipality)!;
		expect(euros(municipality.costs)).toBe(1_100_000);
		expect(euros(municipality.benefits)).toBe(600_000);
		expect(municipality.financialRatio).toEqual(fraction(6n, 11n));
		const insurer = view.parties.find((party) => party.party === 'Zorgverzekeraar')!;
		expect(insurer.financialRatio).toBeNull();
		// One party per organisation: the municipality's two pockets are one party.
		expect(view.parties.map((party) => party.party).sort()).toEqual([
			'Gemeente',
			'Zorgverzekeraar'
		]);
	});

	it('shows the negative post as a cost caused, never as a saving', () => {
		const result = evaluate(table);
		const extra = result.lines.find((entry) => entry.id === 'extra')!;
		expect(extra.extraCost).toBe(true);
		expect(extra.overHorizon).toBe(-200_000n * 10_000_000_000n);
		expect(result.extraCosts).toBe(-200_000n * 10_000_000_000n);
		expect(result.total).toBe(1_200_000n * 10_000_000_000n);
		const flags = compareProposals([table], null, priceItemResolver([])).rows[0]!.flags;
		expect(flags.filter((flag) => flag.code === 'dominantLine')).toEqual([]);
	});
});
