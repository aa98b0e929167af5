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
	const input =
		proposal.priceIndexYear === null
			? proposal
			: {
					...proposal,
					lines: proposal.lines.map((line) => ({
						...line,
						amountCents: lineAmount(line, proposal.priceIndexYear).cents
					}))
				};
	const result = calculate(input);
	const elsewhere = countedElsewhere(proposal.lines, result);
	if (elsewhere.size === 0) return result;
	return calculate({
		...input,
		lines: input.lines.map((line, index) => ({ ...line, countedElsewhere: elsewhere.has(index) }))
	});
}

/**
 * Lines marked as overlapping (avoiding the same services for the same people) form groups; in
 * each group only the line that saves most counts, so the overlap counts once.
 */
function countedElsewhere(
	lines: Proposal['lines'],
	result: Pick<CalculationResult, 'lines'>
): Set<number> {
	const index = new Map(lines.map((line, position) => [line.id, position]));
	const parent = lines.map((_, position) => position);
	const root = (at: number): number => (parent[at] === at ? at : (parent[at] = root(parent[at]!)));
	let any = false;
	lines.forEach((line, position) => {
		const other = line.overlapsWith ? index.get(line.overlapsWith) : undefined;
		if (other === undefined || other === position) return;
		parent[root(position)] = root(other);
		any = true;
	});
	const elsewhere = new Set<number>();
	if (!any) return elsewhere;
	const largest = new Map<number, number>();
	lines.forEach((_, position) => {
		const group = root(position);
		const best = largest.get(group);
		if (best === undefined || result.lines[position]!.overHorizon > result.lines[best]!.overHorizon)
			largest.set(group, position);
	});
	lines.forEach((_, position) => {
		if (largest.get(root(position)) !== position) elsewhere.add(position);
	});
	return elsewhere;
}
