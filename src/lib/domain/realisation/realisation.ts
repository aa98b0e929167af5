/**
 * Estimated against realised (realisatie): the proposal as estimated, and the same proposal with
 * each line's count replaced by what actually happened, both through the one evaluation
 * (evaluation.ts); per line, per cost holder and in total the two side by side with their
 * difference. Everything else (amounts, A, B, recurrence, the safety margin and the repeat years)
 * stays as estimated: the realisation answers "for how many people did it really happen". A line
 * without a realised count yet counts for nobody on the realised side, and is named as such. A
 * pure function of the record.
 */
import { evaluate, type Evaluation, type EvaluationOptions } from '../evaluation';
import { addFractions, fraction, type Fraction } from '../fraction';
import type { Exact } from '../money';
import { countHundredths } from '../schemas/count';
import type { Proposal } from '../schemas/proposal';
import type { RealisedLine } from '../schemas/realisation';

/** The realised count of each line, by line id; lines not in the realisation are absent. */
export function realisedLines(proposal: Pick<Proposal, 'realisation'>): Map<string, RealisedLine> {
	return new Map((proposal.realisation?.lines ?? []).map((line) => [line.lineId, line]));
}

/**
 * The proposal as it was realised: each line's count is its realised count (null, so counted for
 * nobody, while it is not known), without the estimate's range on it.
 */
export function realisedProposal(proposal: Proposal): Proposal {
	const realised = realisedLines(proposal);
	return {
		...proposal,
		lines: proposal.lines.map((line) => {
			const persons = realised.get(line.id)?.persons ?? null;
			return {
				...line,
				count: persons === null ? null : { kind: 'direct' as const, persons },
				countRange: null
			};
		})
	};
}

export interface RealisedLineFigures {
	readonly id: string;
	readonly name: string;
	/** The estimated count in hundredths of a person (null: never given). */
	readonly estimatedHundredths: number | null;
	/** The realised count; null while it is not known. */
	readonly realised: RealisedLine | null;
	/** What the line saves over the horizon after the margin, as estimated and as realised. */
	readonly estimated: Exact;
	readonly realisedSaving: Exact;
	/** Realised minus estimated; null while the realised count is not known. */
	readonly difference: Exact | null;
	/** The line is in the totals (not immaterial, not counted in an overlapping line). */
	readonly counted: boolean;
}

export interface HolderFigures {
	readonly costHolder: string;
	readonly estimated: Fraction;
	readonly realised: Fraction;
	readonly difference: Fraction;
}

export interface RealisationFigures {
	readonly estimated: Evaluation;
	readonly realised: Evaluation;
	readonly lines: readonly RealisedLineFigures[];
	/** Every cost holder either side names, in the estimate's order, then the realisation's. */
	readonly holders: readonly HolderFigures[];
	/** Total over the horizon, realised minus estimated. */
	readonly difference: Exact;
	/** How many lines have no realised count yet. */
	readonly unknown: number;
}

const ZERO = fraction(0n);
const negate = (value: Fraction): Fraction => fraction(-value.numerator, value.denominator);

export function realisationFigures(
	proposal: Proposal,
	options: EvaluationOptions = {}
): RealisationFigures {
	const estimated = evaluate(proposal, options);
	const realised = evaluate(realisedProposal(proposal), options);
	const byLine = realisedLines(proposal);
	const lines = proposal.lines.map((line, index): RealisedLineFigures => {
		const before = estimated.lines[index]!;
		const after = realised.lines[index]!;
		const known = byLine.get(line.id) ?? null;
		return {
			id: line.id,
			name: line.name,
			estimatedHundredths: line.count === null ? null : countHundredths(line.count),
			realised: known,
			estimated: before.overHorizon,
			realisedSaving: after.overHorizon,
			difference: known?.persons == null ? null : after.overHorizon - before.overHorizon,
			counted: line.kind !== 'intangible' && before.countedIn === null
		};
	});
	const names = [
		...new Set([...estimated.perCostHolder, ...realised.perCostHolder].map((h) => h.costHolder))
	];
	const totalOf = (result: Evaluation, holder: string) =>
		result.perCostHolder.find((entry) => entry.costHolder === holder)?.total ?? ZERO;
	const holders = names.map((costHolder) => {
		const before = totalOf(estimated, costHolder);
		const after = totalOf(realised, costHolder);
		return {
			costHolder,
			estimated: before,
			realised: after,
			difference: addFractions(after, negate(before))
		};
	});
	return {
		estimated,
		realised,
		lines,
		holders,
		difference: realised.total - estimated.total,
		unknown: lines.filter((line) => line.realised?.persons == null).length
	};
}
