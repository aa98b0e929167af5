/**
 * The calculation of a proposal as the app shows it: line amounts indexed to the draft's chosen
 * price year (if any), then the weighted saving. Still a pure function of the draft.
 */
import { calculate, type CalculationResult } from './calculation';
import { indexCents, type Indexed } from './price-list/indexation';
import type { EffectLine } from './schemas/effect-line';
import type { Proposal } from './schemas/proposal';

/** A line's amount in the price year the draft uses. */
export function lineAmount(
	line: Pick<EffectLine, 'amountCents' | 'priceYear'>,
	indexYear: number | null
): Indexed {
	return indexCents(line.amountCents, line.priceYear, indexYear);
}

export function calculateProposal(proposal: Proposal): CalculationResult {
	if (proposal.priceIndexYear === null) return calculate(proposal);
	return calculate({
		...proposal,
		lines: proposal.lines.map((line) => ({
			...line,
			amountCents: lineAmount(line, proposal.priceIndexYear).cents
		}))
	});
}
