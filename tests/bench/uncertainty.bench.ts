/** The Monte Carlo and the tornado on a 20-line proposal with a range on every input. */
import { it } from 'vitest';
import { evaluate } from '$lib/domain/evaluation';
import { proposalSchema } from '$lib/domain/schemas/proposal';
import { DEFAULT_DRAWS, simulationInput } from '$lib/domain/uncertainty/input';
import { seededSimulation as simulate } from '$lib/state/seeded-simulation';
import { tornado } from '$lib/domain/uncertainty/tornado';
import { bestOf, report } from './report';

const levels = ['maybe', 'likely', 'certain'] as const;
const proposal = proposalSchema.parse({
	id: 'bench',
	createdAt: '2026-01-01T00:00:00.000Z',
	updatedAt: '2026-01-01T00:00:00.000Z',
	subsidyCents: 50_000_00,
	lines: Array.from({ length: 20 }, (_, index) => ({
		id: `r${index}`,
		priceItemId: null,
		name: `Regel ${index + 1}`,
		unit: 'per persoon per jaar',
		amountCents: 100_000 + index * 7_919,
		lowCents: 60_000 + index * 5_000,
		highCents: 200_000 + index * 9_000,
		priceYear: 2024,
		count: { kind: 'direct', persons: 5 + index },
		countRange: { low: 2 + index, high: 10 + 2 * index },
		chance: levels[index % 3],
		chanceRange: { low: 'maybe', high: 'certain' },
		contribution: levels[(index + 1) % 3],
		// Around every answer, as the schema asks (a range holds its answer).
		contributionRange: { low: 'maybe', high: 'certain' },
		recurrence: index % 2 ? 'yearly' : 'oneOff',
		costHolder: 'Politie'
	}))
});

it('times 10,000 draws and a full tornado of a 20-line proposal', () => {
	const input = simulationInput(proposal, evaluate(proposal));
	const draws = bestOf(7, () => simulate(input, 1, DEFAULT_DRAWS));
	const bars = bestOf(7, () => tornado(input));
	report('Monte Carlo (Node, best of 7; target: 10,000 draws under 50 ms)', {
		[`${DEFAULT_DRAWS.toLocaleString('en')} draws, ${input.lines.length} lines, 4 ranges each`]: `${draws.toFixed(1)} ms`,
		[`tornado, ${tornado(input).length} inputs`]: `${bars.toFixed(2)} ms`
	});
});
