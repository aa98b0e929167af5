/**
 * The facts a short summary of a proposal states, for the paragraph a drafter pastes into a
 * subsidy application: the estimate, what it rests on and its main caveat. Words are the
 * dictionary's; this gives only the facts, from the one evaluation.
 */
import { gradeCSavings } from './grade-c';
import type { Evaluation } from './evaluation';
import { fraction, type Fraction } from './fraction';
import type { PriceItem } from './price-list/price-item';
import type { Proposal } from './schemas/proposal';

export type SummaryCaveat =
	| { readonly code: 'withoutRationale'; readonly count: number }
	| { readonly code: 'gradeC'; readonly share: Fraction }
	| { readonly code: 'dominantLine'; readonly name: string; readonly share: Fraction }
	| { readonly code: 'estimate' };

export interface SummaryFacts {
	/** Lines that count (priced, not counted under an overlapping line). */
	readonly lineCount: number;
	/** The line that saves most, with its share of the total; null when nothing is saved. */
	readonly mainLine: { readonly name: string; readonly share: Fraction } | null;
	/** The first caveat a reviewer would raise. */
	readonly caveat: SummaryCaveat;
}

export function summaryFacts(
	proposal: Proposal,
	result: Evaluation,
	findItem: (id: string, proposal: Proposal) => PriceItem | undefined
): SummaryFacts {
	const counted = proposal.lines.flatMap((line, index) => {
		const evaluated = result.lines[index]!;
		return line.kind === 'intangible' || evaluated.countedIn !== null
			? []
			: [{ line, saved: evaluated.overHorizon }];
	});
	const positive = result.total > 0n;
	const main = counted.reduce<(typeof counted)[number] | null>(
		(best, entry) => (best === null || entry.saved > best.saved ? entry : best),
		null
	);
	const mainLine =
		positive && main && main.saved > 0n
			? { name: main.line.name, share: fraction(main.saved, result.total) }
			: null;
	const gradeC = gradeCSavings(proposal, result, findItem);
	const caveat: SummaryCaveat =
		result.withoutRationale.length > 0
			? { code: 'withoutRationale', count: result.withoutRationale.length }
			: positive && 2n * gradeC > result.total
				? { code: 'gradeC', share: fraction(gradeC, result.total) }
				: mainLine && 2n * main!.saved > result.total
					? { code: 'dominantLine', ...mainLine }
					: { code: 'estimate' };
	return { lineCount: counted.length, mainLine, caveat };
}
