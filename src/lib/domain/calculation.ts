/**
 * The weighted minimal saving (DOMAIN.md, section 3) as one pure function of a proposal's lines,
 * settings and subsidy. All figures are exact (`Exact`, see money.ts); shares of split lines are
 * fractions.
 */
import { addFractions, fraction, type Fraction } from './fraction';
import { levelOf, levels, toPercent, type Level } from './levels';
import { centsToExact, type Cents, type Exact } from './money';
import { countHundredths } from './schemas/count';
import type { EffectLine } from './schemas/effect-line';
import type { Settings } from './schemas/settings';

/** What the calculation reads of a proposal; a whole `Proposal` fits. */
export interface CalculationInput {
	readonly settings: Settings;
	readonly subsidyCents: Cents | null;
	readonly lines: readonly (Pick<
		EffectLine,
		'amountCents' | 'count' | 'chance' | 'contribution' | 'recurrence' | 'costHolder' | 'split'
	> &
		Partial<Pick<EffectLine, 'kind'>> & {
			/** Overlaps a larger line for the same people: shown, but counted there (once). */
			readonly countedElsewhere?: boolean;
		})[];
}

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

const HUNDRED = 100n;

function emptyMatrix(): Record<Level, Record<Level, Exact>> {
	const row = () => ({ maybe: 0n, likely: 0n, certain: 0n });
	return { maybe: row(), likely: row(), certain: row() };
}

export function calculate(input: CalculationInput): CalculationResult {
	const safety = BigInt(input.settings.safetyPercent);
	const horizonYears = 1n + BigInt(input.settings.repeatYears);
	const oneOffFactor = safety;
	const yearlyFactor = safety * horizonYears;
	const lines: LineResult[] = [];
	const holders = new HolderTotals();
	const matrix = emptyMatrix();
	let oneOff = 0n;
	let yearly = 0n;
	let intangible = 0n;
	const overlapped: number[] = [];

	for (const line of input.lines) {
		// cents x hundredths of a person x % x % is a whole number of 10^-8 euro, so both the
		// line (x 100 to reach 10^-10) and the line after the safety percentage are exact.
		const raw = exactProduct(
			line.amountCents,
			countHundredths(line.count),
			// An unanswered question saves nothing yet.
			line.chance === null ? 0 : toPercent(line.chance),
			line.contribution === null ? 0 : toPercent(line.contribution)
		);
		const weighted = raw * HUNDRED;
		const isYearly = line.recurrence === 'yearly';
		const overHorizon = raw * (isYearly ? yearlyFactor : oneOffFactor);
		lines.push({ weighted, overHorizon });
		if (line.countedElsewhere) {
			overlapped.push(lines.length - 1);
			continue;
		}
		if (line.kind === 'intangible') {
			intangible += overHorizon;
			continue;
		}
		if (isYearly) yearly += weighted;
		else oneOff += weighted;
		if (line.chance !== null && line.contribution !== null) {
			matrix[levelOf(line.chance)][levelOf(line.contribution)] += overHorizon;
		}
		holders.add(line, overHorizon);
	}

	const laterYear = (safety * yearly) / HUNDRED;
	const years = [(safety * (oneOff + yearly)) / HUNDRED];
	for (let year = 0; year < input.settings.repeatYears; year++) years.push(laterYear);
	const total = (safety * (oneOff + horizonYears * yearly)) / HUNDRED;

	return {
		lines,
		oneOff,
		yearly,
		years,
		laterYear,
		total,
		perCostHolder: holders.totals(),
		matrix,
		subsidy: compareWithSubsidy(total, input.subsidyCents),
		intangible,
		overlapped
	};
}

/**
 * Per-holder sums: whole `Exact` amounts, plus for split lines numerators kept over the line's
 * amount (so nothing is divided until the end, and most proposals never need a fraction).
 */
class HolderTotals {
	readonly #whole = new Map<string, bigint>();
	readonly #overAmount = new Map<string, Map<bigint, bigint>>();

	add(line: CalculationInput['lines'][number], overHorizon: Exact): void {
		if (!line.split) {
			this.#whole.set(line.costHolder, (this.#whole.get(line.costHolder) ?? 0n) + overHorizon);
			return;
		}
		// Shares are the parts over their sum: equal to the amount as listed, and still right when
		// the amount itself was indexed to another price year.
		const partsTotal = BigInt(line.split.reduce((sum, part) => sum + part.amountCents, 0));
		if (partsTotal === 0n) {
			this.#whole.set(line.costHolder, (this.#whole.get(line.costHolder) ?? 0n) + overHorizon);
			return;
		}
		for (const part of line.split) {
			if (!this.#whole.has(part.costHolder)) this.#whole.set(part.costHolder, 0n);
			let byAmount = this.#overAmount.get(part.costHolder);
			if (!byAmount) this.#overAmount.set(part.costHolder, (byAmount = new Map()));
			byAmount.set(
				partsTotal,
				(byAmount.get(partsTotal) ?? 0n) + overHorizon * BigInt(part.amountCents)
			);
		}
	}

	totals(): CostHolderTotal[] {
		return [...this.#whole].map(([costHolder, whole]) => {
			let total = fraction(whole);
			for (const [amount, numerator] of this.#overAmount.get(costHolder) ?? []) {
				total = addFractions(total, fraction(numerator, amount));
			}
			return { costHolder, total };
		});
	}
}

/** a x b x c x d as a bigint; in floating point when that is exact (below 2^53), which is faster. */
function exactProduct(a: number, b: number, c: number, d: number): bigint {
	const small = a * b * c * d;
	return Math.abs(small) <= Number.MAX_SAFE_INTEGER
		? BigInt(small)
		: BigInt(a) * BigInt(b) * BigInt(c) * BigInt(d);
}

function compareWithSubsidy(total: Exact, subsidyCents: Cents | null): SubsidyComparison | null {
	if (subsidyCents === null) return null;
	const subsidy = centsToExact(subsidyCents);
	return {
		subsidy,
		net: total - subsidy,
		ratio: subsidy === 0n ? null : fraction(total, subsidy)
	};
}

/** Every level, in the order the matrix is shown. */
export const matrixLevels: readonly Level[] = levels;
