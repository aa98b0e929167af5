/**
 * A reproducible Monte Carlo of a draft's total: counts and prices drawn from a triangular
 * distribution over low, point and high; an uncertain chance or contribution uniformly between its
 * two levels. P10, P50 and P90 of the total and of the ratio to the subsidy, and how often the
 * savings exceed the subsidy. The method's point estimate stays the headline; this is the range
 * beside it. The random source and the quantile come in as `Sampling` (d3-random's seeded
 * generator and d3-array's quantile, see state/seeded-simulation.ts), so the core stays pure.
 */
import { DEFAULT_DRAWS, type SimulatedLine, type SimulationInput, type Span } from './input';

export interface Sampling {
	/** Uniform draws in [0, 1); the same sequence for the same seed. */
	readonly uniform: () => number;
	/** The p-quantile of sorted values. */
	readonly quantileSorted: (sorted: Float64Array, p: number) => number;
}

export interface Simulation {
	readonly draws: number;
	/** Every draw's total in cents, sorted. */
	readonly totals: Float64Array;
	readonly p10: number;
	readonly p50: number;
	readonly p90: number;
	/** Share of draws (0 to 1) whose total exceeds the subsidy; null without a subsidy. */
	readonly aboveSubsidy: number | null;
	/** P10, P50 and P90 of total / subsidy; null without a subsidy. */
	readonly ratio: { readonly p10: number; readonly p50: number; readonly p90: number } | null;
}

/** The value at uniform position `u` of the triangular distribution over a span. */
export function triangular([low, point, high]: Span, u: number): number {
	if (high === low) return point;
	const split = (point - low) / (high - low);
	return u < split
		? low + Math.sqrt(u * (high - low) * (point - low))
		: high - Math.sqrt((1 - u) * (high - low) * (high - point));
}

/** One line's saving over the horizon in cents, for the given values. */
export function lineCents(
	line: Pick<SimulatedLine, 'yearly'>,
	amountCents: number,
	persons: number,
	chancePercent: number,
	contributionPercent: number,
	input: Pick<SimulationInput, 'safetyPercent' | 'repeatYears'>
): number {
	const years = line.yearly ? 1 + input.repeatYears : 1;
	return (
		(amountCents * persons * chancePercent * contributionPercent * input.safetyPercent * years) /
		1_000_000
	);
}

export function simulate(
	input: SimulationInput,
	{ uniform, quantileSorted }: Sampling,
	draws = DEFAULT_DRAWS
): Simulation {
	const between = ([low, , high]: Span) => (low === high ? low : low + (high - low) * uniform());
	const drawn = (span: Span) => (span[0] === span[2] ? span[1] : triangular(span, uniform()));
	const totals = new Float64Array(draws);
	for (let draw = 0; draw < draws; draw++) {
		let cents = 0;
		for (const line of input.lines) {
			cents += lineCents(
				line,
				drawn(line.amountCents),
				drawn(line.persons),
				between(line.chancePercent),
				between(line.contributionPercent),
				input
			);
		}
		totals[draw] = input.fixedCents + Math.round(cents);
	}
	totals.sort();
	const at = (p: number) => Math.round(quantileSorted(totals, p));
	const [p10, p50, p90] = [at(0.1), at(0.5), at(0.9)];
	const subsidy = input.subsidyCents;
	let above = 0;
	if (subsidy) for (const total of totals) if (total > subsidy) above++;
	return {
		draws,
		totals,
		p10,
		p50,
		p90,
		aboveSubsidy: subsidy ? above / draws : null,
		ratio: subsidy ? { p10: p10 / subsidy, p50: p50 / subsidy, p90: p90 / subsidy } : null
	};
}
