/**
 * What a draft's price level means for its lines and its subsidy: which price years they are in,
 * and which amounts could not be brought to the chosen year (so the user is told, not left
 * guessing). Read from the evaluation, which did the indexing.
 */
import type { Evaluation, SubsidyYearBasis } from './evaluation';
import type { EffectLine } from './schemas/effect-line';

export interface PriceLevelReport {
	/** The distinct price years of the lines, oldest first. */
	readonly years: readonly number[];
	/** Lines whose price year is unknown. */
	readonly unknownYear: readonly string[];
	/** Lines that keep their own year under the chosen level, and why (keyed by line id). */
	readonly notIndexed: readonly {
		id: string;
		name: string;
		reason: 'laterPriceYear' | 'noCpi';
	}[];
	/** The subsidy's year when it was assumed rather than given, and from what. */
	readonly subsidyYear: {
		readonly year: number;
		readonly basis: Exclude<SubsidyYearBasis, 'given'>;
	} | null;
	/** The subsidy could not be brought to the chosen level, and why. */
	readonly subsidyNotIndexed: 'laterPriceYear' | 'noCpi' | null;
}

export function priceLevelReport(
	lines: readonly Pick<EffectLine, 'id' | 'name' | 'priceYear'>[],
	evaluation: Pick<Evaluation, 'lines' | 'subsidyAtLevel'>
): PriceLevelReport {
	const years = [
		...new Set(lines.flatMap((line) => (line.priceYear === null ? [] : [line.priceYear])))
	];
	const notIndexed: { id: string; name: string; reason: 'laterPriceYear' | 'noCpi' }[] = [];
	lines.forEach((line, index) => {
		const amount = evaluation.lines[index]?.amount;
		if (amount?.kind === 'notIndexed')
			notIndexed.push({ id: line.id, name: line.name, reason: amount.reason });
	});
	const subsidy = evaluation.subsidyAtLevel;
	return {
		years: years.sort((a, b) => a - b),
		unknownYear: lines.filter((line) => line.priceYear === null).map((line) => line.name),
		notIndexed,
		subsidyYear:
			subsidy && subsidy.basis !== 'given' ? { year: subsidy.year, basis: subsidy.basis } : null,
		subsidyNotIndexed: subsidy?.amount.kind === 'notIndexed' ? subsidy.amount.reason : null
	};
}
