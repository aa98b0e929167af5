/**
 * The weighted minimal saving (DOMAIN.md, section 3) as one pure function of a proposal's lines,
 * settings and subsidy. All figures are exact (`Exact`, see money.ts); shares of split lines are
 * fractions.
 */
import { calculateInBigInt } from './calculation-bigint';
import { calculateInLimbs } from './calculation-limbs';
import type { Fraction } from './fraction';
import { levels, type Level } from './levels';
import type { Cents, Exact } from './money';
import type { EffectLine } from './schemas/effect-line';
import type { Settings } from './schemas/settings';

/** What the calculation reads of a proposal; a whole `Proposal` fits. */
export interface CalculationInput {
	readonly settings: Settings;
	readonly subsidyCents: Cents | null;
	readonly lines: readonly CalculationLine[];
	/**
	 * Each line's amount (C) in cents as the calculation is to use it, in the order of `lines`,
	 * when that is not the line's own `amountCents` (the evaluation brings amounts to one price
	 * level). Beside the lines rather than in a copy of each: copying a stored line costs more
	 * than calculating it.
	 */
	readonly amountsCents?: readonly Cents[];
	/**
	 * Per line, in the order of `lines`: true when it overlaps a larger line for the same people,
	 * so it is shown but counted there (once).
	 */
	readonly countedElsewhere?: readonly boolean[];
}

export type CalculationLine = Pick<
	EffectLine,
	'amountCents' | 'count' | 'chance' | 'contribution' | 'recurrence' | 'costHolder' | 'split'
> &
	Partial<Pick<EffectLine, 'kind'>>;

export interface LineResult {
	/** A x B x C x N, before the safety margin: what the line saves in one year. */
	readonly weighted: Exact;
	/** After the safety margin, over the whole horizon (one-off once, yearly 1 + R times). */
	readonly overHorizon: Exact;
}

export interface CostHolderTotal {
	readonly costHolder: string;
	/** Over the horizon, after the safety margin; a fraction when a split shares it unevenly. */
	readonly total: Fraction;
}

export interface SubsidyComparison {
	readonly subsidy: Exact;
	/** total - subsidy */
	readonly net: Exact;
	/** total / subsidy; null when the subsidy is zero. */
	readonly ratio: Fraction | null;
}

export interface CalculationResult {
	readonly lines: readonly LineResult[];
	/** Sum of one-off lines, before the safety margin. */
	readonly oneOff: Exact;
	/** Sum of yearly lines, before the safety margin. */
	readonly yearly: Exact;
	/** Savings per year of the horizon after the safety margin: year 1, then each repeat year. */
	readonly years: readonly Exact[];
	/** What one repeat year saves after the safety margin (yearly lines only). */
	readonly laterYear: Exact;
	readonly total: Exact;
	readonly perCostHolder: readonly CostHolderTotal[];
	/** Savings over the horizon by chance level (rows) x contribution level (columns). */
	readonly matrix: Readonly<Record<Level, Readonly<Record<Level, Exact>>>>;
	readonly subsidy: SubsidyComparison | null;
	/**
	 * Immaterial value (QALY, informal-care hours) over the horizon after the safety margin. Not an
	 * avoided cost: it is in none of the sums above, and is shown apart.
	 */
	readonly intangible: Exact;
	/** Indexes of lines that overlap a larger line and are not counted again. */
	readonly overlapped: readonly number[];
}

/**
 * The calculation. A proposal whose lines fit float limbs (every amount x count below 2^53, as
 * any real proposal does) is summed in one pass without a bigint or an object per line, and its
 * figures are made on first read (calculation-limbs.ts); any other goes through the bigint
 * calculation at once. Both give the same figures to the unit (a property test holds them equal).
 * The input is read again for those figures, so it must not change before they are read:
 * `evaluate`, the one caller, reads every figure before it returns (the draft editor changes its
 * draft in place, and re-evaluates after each change).
 */
export function calculate(input: CalculationInput): CalculationResult {
	return calculateInLimbs(input) ?? calculateInBigInt(input);
}

/** Every level, in the order the matrix is shown. */
export const matrixLevels: readonly Level[] = levels;
