import { describe, expect, it } from 'vitest';
import { evaluate } from '$lib/domain/evaluation';
import { proposalSchema, type Proposal } from '$lib/domain/schemas/proposal';
import { simulationInput, type SimulationInput } from '$lib/domain/uncertainty/input';
import { triangular } from '$lib/domain/uncertainty/simulate';
import { seededSimulation as simulate } from '$lib/state/seeded-simulation';
import { switchingPersons, tornado } from '$lib/domain/uncertainty/tornado';

const line = (id: string, extra: Record<string, unknown> = {}) => ({
	id,
	priceItemId: null,
	name: `Regel ${id}`,
	unit: 'per persoon per jaar',
	amountCents: 123_457,
	priceYear: 2024,
	count: { kind: 'direct', persons: 7 },
	chance: 'likely',
	contribution: 'maybe',
	recurrence: 'yearly',
	costHolder: 'Politie',
	...extra
});

const draft = (lines: unknown[], subsidyCents = 2_000_000): Proposal =>
	proposalSchema.parse({
		id: 'p',
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		subsidyCents,
		lines
	});

/** The exact total in cents, half away from zero, as the app shows it. */
const exactCents = (proposal: Proposal) => {
	const total = evaluate(proposal).total;
	return Number((total + 50_000_000n) / 100_000_000n);
};

describe('the seeded simulation', () => {
	it('with every range collapsed to a point, P10 = P50 = P90 = the exact total', () => {
		const proposal = draft([
			line('a'),
			line('b', {
				recurrence: 'oneOff',
				amountCents: 99_999,
				count: { kind: 'share', groupSize: 41, sharePercent: 33 }
			}),
			line('d', {
				count: { kind: 'direct', persons: 13 },
				countRange: { low: 13, high: 13 }
			}),
			line('c', { lowCents: 123_457, highCents: 123_457, chanceRange: { low: 'likely', high: 70 } })
		]);
		const result = simulate(simulationInput(proposal, evaluate(proposal)), 7, 500);
		const exact = exactCents(proposal);
		expect([result.p10, result.p50, result.p90]).toEqual([exact, exact, exact]);
	});

	it('the same seed gives the same result; another seed another draw', () => {
		const proposal = draft([
			line('a', { lowCents: 100_000, highCents: 200_000, countRange: { low: 3, high: 12 } }),
			line('b', { chanceRange: { low: 'maybe', high: 'certain' } })
		]);
		const input = simulationInput(proposal, evaluate(proposal));
		const first = simulate(input, 42);
		expect(simulate(input, 42)).toEqual(first);
		expect(simulate(input, 43).totals).not.toEqual(first.totals);
		expect(first.p10).toBeLessThan(first.p50);
		expect(first.p50).toBeLessThan(first.p90);
	});

	it('ranges around the point put the point inside the P10-P90 band', () => {
		const proposal = draft([
			line('a', { lowCents: 50_000, highCents: 300_000, countRange: { low: 2, high: 20 } })
		]);
		const input = simulationInput(proposal, evaluate(proposal));
		const result = simulate(input, 1);
		expect(result.p10).toBeLessThan(exactCents(proposal));
		expect(result.p90).toBeGreaterThan(exactCents(proposal));
		expect(result.aboveSubsidy).toBeGreaterThan(0);
		expect(result.aboveSubsidy).toBeLessThanOrEqual(1);
		expect(result.ratio!.p50).toBeCloseTo(result.p50 / 2_000_000, 10);
	});

	it('draws a triangular distribution over low, point and high', () => {
		expect(triangular([10, 10, 10], 0.3)).toBe(10);
		expect(triangular([0, 5, 10], 0)).toBe(0);
		expect(triangular([0, 5, 10], 0.5)).toBeCloseTo(5, 10);
		expect(triangular([0, 5, 10], 1)).toBe(10);
	});
});

describe('sensitivity', () => {
	const input: SimulationInput = {
		fixedCents: 0,
		safetyPercent: 100,
		repeatYears: 0,
		subsidyCents: 1_000_000,
		lines: [
			{
				name: 'klein',
				amountCents: [10_000, 10_000, 10_000],
				persons: [9, 10, 11],
				chancePercent: [100, 100, 100],
				contributionPercent: [100, 100, 100],
				yearly: false
			},
			{
				name: 'groot',
				amountCents: [50_000, 100_000, 200_000],
				persons: [5, 5, 5],
				chancePercent: [50, 70, 100],
				contributionPercent: [100, 100, 100],
				yearly: false
			}
		]
	};

	it('orders the inputs by how far they move the total, widest first', () => {
		const bars = tornado(input);
		expect(bars.map((bar) => [bar.name, bar.input])).toEqual([
			['groot', 'amountCents'],
			['groot', 'chancePercent'],
			['klein', 'persons']
		]);
		// groot at its point: 100,000 x 5 x 70 % = 350,000; klein: 100,000. Price 50,000..200,000.
		expect(bars[0]).toMatchObject({ lowCents: 100_000 + 175_000, highCents: 100_000 + 700_000 });
	});

	it('finds the count at which the total equals the subsidy', () => {
		// 1,000,000 - 350,000 = 650,000 from klein at 10,000 a person: 65 people.
		expect(switchingPersons(input, 0)).toBeCloseTo(65, 10);
		expect(switchingPersons({ ...input, subsidyCents: null }, 0)).toBeNull();
	});
});
