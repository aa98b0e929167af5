/** Figures the result page derives from a calculation, kept pure and testable. */
import type { CalculationResult } from './calculation';
import { centsToExact } from './money';
import { countHundredths as countHundredthsOf } from './schemas/count';

/**
 * How many people the activity must reach to earn back its subsidy, if savings grow in
 * proportion to the people reached: ceil(subsidy x targetGroupSize / total). Null when the
 * target group size or the subsidy is unknown; 'never' when nothing is saved.
 */
export function breakEvenReach(
	result: CalculationResult,
	subsidyCents: number | null,
	targetGroupSize: number | null
): bigint | 'never' | null {
	if (subsidyCents === null || targetGroupSize === null || targetGroupSize === 0) return null;
	if (result.total <= 0n) return 'never';
	const needed = centsToExact(subsidyCents) * BigInt(targetGroupSize);
	return (needed + result.total - 1n) / result.total;
}

/** The number of people of a line as a plain number ("9.25" for 37 x 25 %). */
export function countValue(hundredths: number): number {
	return hundredths / 100;
}

/** Savings resting on prevention (chance Misschien) against intervention (Waarschijnlijk, Zeker). */
export function preventionSplit(result: CalculationResult): {
	prevention: bigint;
	intervention: bigint;
} {
	const rowTotal = (row: Record<string, bigint>) =>
		Object.values(row).reduce((sum, cell) => sum + cell, 0n);
	return {
		prevention: rowTotal(result.matrix.maybe),
		intervention: rowTotal(result.matrix.likely) + rowTotal(result.matrix.certain)
	};
}

/** Why an estimate is not complete yet; the result page lists each as a notice. */
export type Incomplete = 'noLines' | 'unanswered' | 'zeroPeople' | 'noSubsidy' | 'zeroSubsidy';

export function incompleteness(proposal: {
	readonly lines: readonly {
		readonly count: Parameters<typeof countHundredthsOf>[0];
		readonly chance: unknown;
		readonly contribution: unknown;
	}[];
	readonly subsidyCents: number | null;
}): Incomplete[] {
	const found: Incomplete[] = [];
	if (proposal.lines.length === 0) found.push('noLines');
	if (
		proposal.lines.some(
			(line) => line.count === null || line.chance === null || line.contribution === null
		)
	)
		found.push('unanswered');
	if (proposal.lines.some((line) => line.count !== null && countHundredthsOf(line.count) === 0))
		found.push('zeroPeople');
	if (proposal.subsidyCents === null) found.push('noSubsidy');
	else if (proposal.subsidyCents === 0) found.push('zeroSubsidy');
	return found;
}
