/**
 * The simulation with the d3 modules made for it: d3-random's seeded generator (randomLcg), so the
 * same draft and seed always give the same range, and d3-array's quantile.
 */
import { quantileSorted } from 'd3-array';
import { randomLcg, randomUniform } from 'd3-random';
import { DEFAULT_DRAWS, type SimulationInput } from '$lib/domain/uncertainty/input';
import { simulate, type Simulation } from '$lib/domain/uncertainty/simulate';

export function seededSimulation(
	input: SimulationInput,
	seed: number,
	draws = DEFAULT_DRAWS
): Simulation {
	return simulate(
		input,
		{
			uniform: randomUniform.source(randomLcg(seed))(),
			// d3-array reads typed arrays as it reads arrays; its types only name arrays.
			quantileSorted: (sorted, p) => quantileSorted(sorted as unknown as number[], p) ?? 0
		},
		draws
	);
}
