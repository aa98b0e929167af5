/**
 * Comparing proposals as a policy team does: every figure from the proposal's own calculation, at
 * one price level, with flags for what a reviewer should question; and the portfolio, the sum of
 * the chosen proposals per cost holder and per year.
 */
import { evaluate, type Evaluation } from './evaluation';
import { addFractions, fraction, type Fraction } from './fraction';
import { centsToExact, type Exact } from './money';
import type { PriceItem } from './price-list/price-item';
import { countHundredths } from './schemas/count';
import type { Proposal } from './schemas/proposal';
import { settingsChanged } from './schemas/settings-defaults';
import { realisedProposal } from './realisation/realisation';

import { gradeCSavings } from './grade-c';
import { RATIO_FLAG } from './reference-ratio';
export { RATIO_FLAG, REFERENCE_RATIO_PERCENT } from './reference-ratio';

export type Flag =
	| { readonly code: 'customItems'; readonly count: number }
	| { readonly code: 'gradeC'; readonly share: Fraction }
	| { readonly code: 'customPercent'; readonly count: number }
	| {
			readonly code: 'settingsChanged';
			readonly safetyPercent: number;
			readonly repeatYears: number;
	  }
	| { readonly code: 'dominantLine'; readonly name: string; readonly share: Fraction }
	| { readonly code: 'countAboveTargetGroup'; readonly name: string }
	| { readonly code: 'mixedYears'; readonly years: readonly number[] }
	| { readonly code: 'ratioAboveReference'; readonly ratio: Fraction };

export interface ProposalFigures {
	readonly proposal: Proposal;
	/** The proposal's one evaluation at the comparison's price level, subsidy included. */
	readonly result: Evaluation;
	/** The same evaluation on the realised counts, once a realisation is recorded; else null. */
	readonly realised: Evaluation | null;
	readonly flags: readonly Flag[];
}

export interface Comparison {
	readonly rows: readonly ProposalFigures[];
	/** Every cost holder any proposal names, in the order of their combined totals. */
	readonly holders: readonly string[];
	/** The price year every amount is indexed to (null: each in its own year). */
	readonly priceLevel: number | null;
}

export function compareProposals(
	proposals: readonly Proposal[],
	priceLevel: number | null,
	findItem: (id: string, proposal: Proposal) => PriceItem | undefined
): Comparison {
	const rows = proposals.map((proposal) => {
		// One price level for every amount and subsidy; null: each proposal's own choice.
		const options = priceLevel === null ? {} : { priceLevel };
		const result = evaluate(proposal, options);
		const realised = proposal.realisation ? evaluate(realisedProposal(proposal), options) : null;
		return { proposal, result, realised, flags: flagsOf(proposal, result, findItem) };
	});
	const combined = new Map<string, Fraction>();
	for (const row of rows)
		for (const holder of row.result.perCostHolder)
			combined.set(
				holder.costHolder,
				addFractions(combined.get(holder.costHolder) ?? fraction(0n), holder.total)
			);
	const holders = [...combined]
		.sort(([, a], [, b]) => compareFractions(b, a))
		.map(([holder]) => holder);
	return { rows, holders, priceLevel };
}

function compareFractions(a: Fraction, b: Fraction): number {
	const left = a.numerator * b.denominator;
	const right = b.numerator * a.denominator;
	return left < right ? -1 : left > right ? 1 : 0;
}

/** What a reviewer should question in a proposal. */
export function flagsOf(
	proposal: Proposal,
	result: Evaluation,
	findItem: (id: string, proposal: Proposal) => PriceItem | undefined
): Flag[] {
	const flags: Flag[] = [];
	const counted = proposal.lines.filter((line) => line.kind !== 'intangible');
	const savedBy = (index: number) => result.lines[index]!.overHorizon;
	const ownItems = new Set(proposal.customItems.map((item) => item.id));
	const custom = proposal.lines.filter(
		(line) => line.priceItemId !== null && ownItems.has(line.priceItemId)
	).length;
	if (custom > 0) flags.push({ code: 'customItems', count: custom });

	if (result.total > 0n) {
		const gradeC = gradeCSavings(proposal, result, findItem);
		if (gradeC > 0n) flags.push({ code: 'gradeC', share: fraction(gradeC, result.total) });
		proposal.lines.forEach((line, index) => {
			if (
				line.kind !== 'intangible' &&
				result.lines[index]!.countedIn === null &&
				2n * savedBy(index) > result.total
			)
				flags.push({
					code: 'dominantLine',
					name: line.name,
					share: fraction(savedBy(index), result.total)
				});
		});
	}
	const customPercent = counted.filter(
		(line) => typeof line.chance === 'number' || typeof line.contribution === 'number'
	).length;
	if (customPercent > 0) flags.push({ code: 'customPercent', count: customPercent });
	const changed = settingsChanged(proposal.settings);
	if (changed.safety || changed.repeatYears)
		flags.push({
			code: 'settingsChanged',
			safetyPercent: proposal.settings.safetyPercent,
			repeatYears: proposal.settings.repeatYears
		});
	if (proposal.targetGroupSize !== null)
		for (const line of proposal.lines)
			if (line.count !== null && countHundredths(line.count) > proposal.targetGroupSize * 100)
				flags.push({ code: 'countAboveTargetGroup', name: line.name });
	const years = [
		...new Set(proposal.lines.flatMap((line) => (line.priceYear === null ? [] : [line.priceYear])))
	].sort((a, b) => a - b);
	if (years.length > 1 && result.priceLevel === null) flags.push({ code: 'mixedYears', years });
	const ratio = result.subsidy?.ratio;
	if (ratio && ratio.numerator > RATIO_FLAG * ratio.denominator)
		flags.push({ code: 'ratioAboveReference', ratio });
	return flags;
}

/** How many remarks the reviewer made: one on the proposal as a whole, and one per line. */
export function remarkCount(proposal: Pick<Proposal, 'reviewerRemarks' | 'lines'>): number {
	return (
		(proposal.reviewerRemarks.trim() === '' ? 0 : 1) +
		proposal.lines.filter((line) => line.reviewerRemark.trim() !== '').length
	);
}

export interface Portfolio {
	readonly subsidies: Exact;
	readonly total: Exact;
	/** Per cost holder, over the horizon; holders as in the comparison. */
	readonly perHolder: readonly { readonly costHolder: string; readonly total: Fraction }[];
	/** Per year of the longest horizon among the chosen proposals. */
	readonly perYear: readonly Exact[];
	/** What lands with the municipality (its cost holders, see parties.ts). */
	readonly municipality: Fraction;
	/**
	 * The chosen proposals with a realisation: how many, their estimated total and their realised
	 * total over the horizon; null when none has one.
	 */
	readonly realisation: {
		readonly proposals: number;
		readonly estimated: Exact;
		readonly realised: Exact;
	} | null;
}

export function portfolioOf(comparison: Comparison): Portfolio {
	const perHolder = comparison.holders.map((costHolder) => ({
		costHolder,
		total: comparison.rows.reduce(
			(sum, row) =>
				addFractions(
					sum,
					row.result.perCostHolder.find((holder) => holder.costHolder === costHolder)?.total ??
						fraction(0n)
				),
			fraction(0n)
		)
	}));
	const years = Math.max(0, ...comparison.rows.map((row) => row.result.years.length));
	const realised = comparison.rows.filter((row) => row.realised !== null);
	const perYear = Array.from({ length: years }, (_, year) =>
		comparison.rows.reduce((sum, row) => sum + (row.result.years[year] ?? 0n), 0n)
	);
	return {
		// Each subsidy at the comparison's price level, as every saving is.
		subsidies: comparison.rows.reduce(
			(sum, row) => sum + centsToExact(row.result.subsidyAtLevel?.amount.cents ?? 0),
			0n
		),
		total: comparison.rows.reduce((sum, row) => sum + row.result.total, 0n),
		perHolder,
		perYear,
		municipality: comparison.rows.reduce(
			(sum, row) => addFractions(sum, row.result.municipality),
			fraction(0n)
		),
		realisation:
			realised.length === 0
				? null
				: {
						proposals: realised.length,
						estimated: realised.reduce((sum, row) => sum + row.result.total, 0n),
						realised: realised.reduce((sum, row) => sum + row.realised!.total, 0n)
					}
	};
}
