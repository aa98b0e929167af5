/**
 * What a simulation needs of a draft, as plain numbers (it crosses to a Web Worker): per line the
 * low, point and high value of its count, price, chance and contribution. A line with no range
 * at all keeps its exact saving, so a draft without ranges simulates to its exact total.
 */
import type { Evaluation } from '../evaluation';
import { fraction, roundFraction } from '../fraction';
import { toPercent } from '../levels';
import { countHundredths } from '../schemas/count';
import type { Proposal } from '../schemas/proposal';
import type { Settings } from '../schemas/settings';

/**
 * How many draws a simulation makes. Kept here, not beside the simulation (simulate.ts): the page
 * that starts one needs this number, and the simulation's code only runs in its worker.
 */
export const DEFAULT_DRAWS = 10_000;

/** Low, point (the most likely value) and high. */
export type Span = readonly [low: number, point: number, high: number];

export interface SimulatedLine {
	readonly name: string;
	readonly amountCents: Span;
	readonly persons: Span;
	readonly chancePercent: Span;
	readonly contributionPercent: Span;
	readonly yearly: boolean;
}

export interface SimulationInput {
	/** Cents over the horizon of the lines without any range, summed exactly, then rounded. */
	readonly fixedCents: number;
	readonly lines: readonly SimulatedLine[];
	readonly safetyPercent: number;
	readonly repeatYears: number;
	readonly subsidyCents: number | null;
}

const ordered = (low: number, point: number, high: number): Span => [
	Math.min(low, point, high),
	point,
	Math.max(low, point, high)
];
const isPoint = (span: Span) => span[0] === span[2];

/** True when some line has a range: otherwise every draw is the exact total. */
export const hasRanges = (input: Pick<SimulationInput, 'lines'>): boolean =>
	input.lines.some((line) =>
		[line.amountCents, line.persons, line.chancePercent, line.contributionPercent].some(
			(span) => !isPoint(span)
		)
	);

/**
 * `result` is the evaluation of the draft under `settings` (the draft's own, or a what-if's): a
 * line without ranges is taken from it exactly, and every amount and the subsidy at its price level.
 */
export function simulationInput(
	proposal: Proposal,
	result: Pick<Evaluation, 'lines' | 'overlapped' | 'subsidyAtLevel'>,
	settings: Settings = proposal.settings
): SimulationInput {
	let fixed = 0n;
	const lines: SimulatedLine[] = [];
	proposal.lines.forEach((line, index) => {
		// An intangible value is no avoided cost; an overlapping line is counted in a larger one.
		if (line.kind === 'intangible' || result.overlapped.includes(index)) return;
		const amount = result.lines[index]!.amount.cents;
		// An indexed amount carries its range along at the same factor.
		const scale = line.amountCents === 0 ? 1 : amount / line.amountCents;
		const persons = countHundredths(line.count) / 100;
		const chance = line.chance === null ? 0 : toPercent(line.chance);
		const contribution = line.contribution === null ? 0 : toPercent(line.contribution);
		const simulated: SimulatedLine = {
			name: line.name,
			amountCents: ordered(
				Math.round((line.lowCents ?? line.amountCents) * scale),
				amount,
				Math.round((line.highCents ?? line.amountCents) * scale)
			),
			persons: line.countRange
				? ordered(line.countRange.low, persons, line.countRange.high)
				: [persons, persons, persons],
			chancePercent:
				line.chanceRange && line.chance !== null
					? ordered(toPercent(line.chanceRange.low), chance, toPercent(line.chanceRange.high))
					: [chance, chance, chance],
			contributionPercent:
				line.contributionRange && line.contribution !== null
					? ordered(
							toPercent(line.contributionRange.low),
							contribution,
							toPercent(line.contributionRange.high)
						)
					: [contribution, contribution, contribution],
			yearly: line.recurrence === 'yearly'
		};
		if (hasRanges({ lines: [simulated] })) lines.push(simulated);
		else fixed += result.lines[index]!.overHorizon;
	});
	return {
		// 10^-10 euro to cents, half away from zero.
		fixedCents: Number(roundFraction(fraction(fixed, 100_000_000n))),
		lines,
		safetyPercent: settings.safetyPercent,
		repeatYears: settings.repeatYears,
		subsidyCents: result.subsidyAtLevel ? result.subsidyAtLevel.amount.cents : null
	};
}
