/**
 * The part of a proposal's total that rests on weak prices, for the summary on every result and the
 * comparison's flags (its own module, so a draft's pages do not carry the comparison).
 */
import type { Evaluation } from './evaluation';
import type { Exact } from './money';
import type { PriceItem } from './price-list/price-item';
import type { Proposal } from './schemas/proposal';

/**
 * What the counted lines save on prices of grade C (an example or weak source) or of no known
 * item: the part of the total a reviewer should trust least.
 */
export function gradeCSavings(
	proposal: Proposal,
	result: Evaluation,
	findItem: (id: string, proposal: Proposal) => PriceItem | undefined
): Exact {
	let gradeC = 0n;
	proposal.lines.forEach((line, index) => {
		const saved = result.lines[index]!.overHorizon;
		if (line.kind === 'intangible' || result.lines[index]!.countedIn !== null || saved <= 0n)
			return;
		const item = line.priceItemId === null ? undefined : findItem(line.priceItemId, proposal);
		if (!item || item.grade === 'C') gradeC += saved;
	});
	return gradeC;
}
