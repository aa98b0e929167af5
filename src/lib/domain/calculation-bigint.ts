/**
 * The calculation in bigints, every figure at once: the reference the limb calculation is held
 * to, the details it reads on demand, and the path for lines too large for float limbs.
 */
import type {
	CalculationInput,
	CalculationResult,
	CostHolderTotal,
	LineResult,
	SubsidyComparison
} from './calculation';
import { addFractions, fraction } from './fraction';
import { levelOf, toPercent, type Level } from './levels';
import { fitsLimbs, highLimb, limbsToBigInt, lowLimb } from './limbs';
import { centsToExact, type Cents, type Exact } from './money';
import { countHundredths } from './schemas/count';

const HUNDRED = 100n;

function emptyMatrix(): Record<Level, Record<Level, Exact>> {
	const row = () => ({ maybe: 0n, likely: 0n, certain: 0n });
	return { maybe: row(), likely: row(), certain: row() };
}

export function calculateInBigInt(input: CalculationInput): CalculationResult {
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

	const { amountsCents, countedElsewhere } = input;
	for (let index = 0; index < input.lines.length; index++) {
		const line = input.lines[index]!;
		// cents x hundredths of a person x % x % is a whole number of 10^-8 euro, so both the
		// line (x 100 to reach 10^-10) and the line after the safety percentage are exact.
		const raw = exactProduct(
			amountsCents ? amountsCents[index]! : line.amountCents,
			countHundredths(line.count),
			// An unanswered question saves nothing yet.
			line.chance === null ? 0 : toPercent(line.chance),
			line.contribution === null ? 0 : toPercent(line.contribution)
		);
		const weighted = raw * HUNDRED;
		const isYearly = line.recurrence === 'yearly';
		const overHorizon = raw * (isYearly ? yearlyFactor : oneOffFactor);
		lines.push({ weighted, overHorizon });
		if (countedElsewhere?.[index]) {
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
 * Per-holder sums: whole `Exact` amounts, plus for split lines numerators kept over the parts'
 * sum (so nothing is divided until the end, and most proposals never need a fraction). One map
 * lookup per line: each holder's sums sit in a cell that is added to in place.
 */
interface HolderCell {
	whole: Exact;
	/** Numerators by the parts' sum (a whole number of cents) they are over. */
	overParts: Map<number, bigint> | null;
}

class HolderTotals {
	readonly #cells = new Map<string, HolderCell>();

	#cell(costHolder: string): HolderCell {
		let cell = this.#cells.get(costHolder);
		if (!cell) this.#cells.set(costHolder, (cell = { whole: 0n, overParts: null }));
		return cell;
	}

	add(line: CalculationInput['lines'][number], overHorizon: Exact): void {
		const split = line.split;
		let partsTotal = 0;
		if (split) for (const part of split) partsTotal += part.amountCents;
		if (!split || partsTotal === 0) {
			this.#cell(line.costHolder).whole += overHorizon;
			return;
		}
		// Shares are the parts over their sum: equal to the amount as listed, and still right when
		// the amount itself was indexed to another price year.
		for (const part of split) {
			const cell = this.#cell(part.costHolder);
			const overParts = (cell.overParts ??= new Map());
			overParts.set(
				partsTotal,
				(overParts.get(partsTotal) ?? 0n) + overHorizon * BigInt(part.amountCents)
			);
		}
	}

	totals(): CostHolderTotal[] {
		return [...this.#cells].map(([costHolder, { whole, overParts }]) => {
			let total = fraction(whole);
			if (overParts)
				for (const [partsTotal, numerator] of overParts)
					total = addFractions(total, fraction(numerator, BigInt(partsTotal)));
			return { costHolder, total };
		});
	}
}

/** amount x count x chance x contribution as a bigint; in limbs when they fit, which is faster. */
function exactProduct(a: number, b: number, c: number, d: number): bigint {
	const product = a * b;
	const pair = c * d;
	return fitsLimbs(product, pair)
		? limbsToBigInt(highLimb(product, pair), lowLimb(product, pair))
		: BigInt(a) * BigInt(b) * BigInt(c) * BigInt(d);
}

export function compareWithSubsidy(
	total: Exact,
	subsidyCents: Cents | null
): SubsidyComparison | null {
	if (subsidyCents === null) return null;
	const subsidy = centsToExact(subsidyCents);
	return {
		subsidy,
		net: total - subsidy,
		ratio: subsidy === 0n ? null : fraction(total, subsidy)
	};
}
