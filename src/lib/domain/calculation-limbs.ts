/**
 * The calculation's fast path. One pass over the lines sums their products in float limbs
 * (limbs.ts): one-off, yearly, immaterial one-off and yearly. Each figure becomes a bigint the
 * first time it is read; the figures that need every line apart (per line, per holder, the matrix)
 * come from the bigint calculation on first read. A proposal that is only totalled allocates no
 * bigint or object per line.
 */
import type {
	CalculationInput,
	CalculationResult,
	CostHolderTotal,
	LineResult,
	SubsidyComparison
} from './calculation';
import { calculateInBigInt, compareWithSubsidy } from './calculation-bigint';
import { toPercent, type Level } from './levels';
import { fitsLimbs, LIMB, limbsToBigInt as toBigInt, MAX_LIMB_TERMS } from './limbs';
import type { Exact } from './money';
import { countHundredths } from './schemas/count';

const HUNDRED = 100n;

/**
 * The calculation in limbs, or null when a line does not fit them (then the bigint calculation
 * takes the whole proposal). One pass sums the counted lines' products (cents x hundredths x % x %):
 * one-off, yearly, immaterial one-off and immaterial yearly, each as a high and a low limb.
 */
export function calculateInLimbs(input: CalculationInput): TotalsFirst | null {
	const lines = input.lines;
	if (lines.length > MAX_LIMB_TERMS) return null;
	let oneOffHigh = 0;
	let oneOffLow = 0;
	let yearlyHigh = 0;
	let yearlyLow = 0;
	let intangible: number[] | null = null;
	const { amountsCents, countedElsewhere } = input;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		const amount = amountsCents ? amountsCents[index]! : line.amountCents;
		const product = amount * countHundredths(line.count);
		// An unanswered question saves nothing yet.
		const pair =
			(line.chance === null ? 0 : toPercent(line.chance)) *
			(line.contribution === null ? 0 : toPercent(line.contribution));
		if (!fitsLimbs(product, pair)) return null;
		if (countedElsewhere?.[index]) continue;
		const split = Math.floor(product / LIMB);
		const high = split * pair;
		const low = (product - split * LIMB) * pair;
		const yearly = line.recurrence === 'yearly';
		if (line.kind === 'intangible') {
			intangible ??= [0, 0, 0, 0];
			const at = yearly ? 2 : 0;
			intangible[at] = intangible[at]! + high;
			intangible[at + 1] = intangible[at + 1]! + low;
		} else if (yearly) {
			yearlyHigh += high;
			yearlyLow += low;
		} else {
			oneOffHigh += high;
			oneOffLow += low;
		}
	}
	return new TotalsFirst(input, oneOffHigh, oneOffLow, yearlyHigh, yearlyLow, intangible);
}

/**
 * A calculation whose figures are made when first read, and kept. Read it by field: its figures
 * are getters, so a spread copy (`{ ...result }`) would hold none of them.
 */
export class TotalsFirst implements CalculationResult {
	readonly #input: CalculationInput;
	readonly #oneOffHigh: number;
	readonly #oneOffLow: number;
	readonly #yearlyHigh: number;
	readonly #yearlyLow: number;
	/** Immaterial one-off and yearly, high and low; null when no line is immaterial. */
	readonly #intangible: readonly number[] | null;
	#details: CalculationResult | undefined;
	#oneOffRaw: bigint | undefined;
	#yearlyRaw: bigint | undefined;
	#total: Exact | undefined;
	#years: readonly Exact[] | undefined;
	#subsidy: SubsidyComparison | null | undefined;

	constructor(
		input: CalculationInput,
		oneOffHigh: number,
		oneOffLow: number,
		yearlyHigh: number,
		yearlyLow: number,
		intangible: readonly number[] | null
	) {
		this.#input = input;
		this.#oneOffHigh = oneOffHigh;
		this.#oneOffLow = oneOffLow;
		this.#yearlyHigh = yearlyHigh;
		this.#yearlyLow = yearlyLow;
		this.#intangible = intangible;
	}

	/** Sum of one-off lines before chance is money: cents x hundredths x % x %. */
	get #oneOffProducts(): bigint {
		return (this.#oneOffRaw ??= toBigInt(this.#oneOffHigh, this.#oneOffLow));
	}

	get #yearlyProducts(): bigint {
		return (this.#yearlyRaw ??= toBigInt(this.#yearlyHigh, this.#yearlyLow));
	}

	get #safety(): bigint {
		return BigInt(this.#input.settings.safetyPercent);
	}

	get #horizonYears(): bigint {
		return 1n + BigInt(this.#input.settings.repeatYears);
	}

	get #detailed(): CalculationResult {
		return (this.#details ??= calculateInBigInt(this.#input));
	}

	get total(): Exact {
		if (this.#total !== undefined) return this.#total;
		const { safetyPercent, repeatYears } = this.#input.settings;
		const horizon = 1 + repeatYears;
		// safety x (one-off + horizon x yearly) in limbs too, when no step can pass 2^53: a float
		// product or sum whose exact value is at most 2^53 is exact.
		const bound =
			Math.abs(safetyPercent) *
			(Math.abs(this.#oneOffHigh) +
				Math.abs(this.#oneOffLow) +
				Math.abs(horizon) * (Math.abs(this.#yearlyHigh) + Math.abs(this.#yearlyLow)));
		return (this.#total =
			bound <= Number.MAX_SAFE_INTEGER
				? toBigInt(
						safetyPercent * (this.#oneOffHigh + horizon * this.#yearlyHigh),
						safetyPercent * (this.#oneOffLow + horizon * this.#yearlyLow)
					)
				: this.#safety * (this.#oneOffProducts + this.#horizonYears * this.#yearlyProducts));
	}

	get oneOff(): Exact {
		return this.#oneOffProducts * HUNDRED;
	}

	get yearly(): Exact {
		return this.#yearlyProducts * HUNDRED;
	}

	get laterYear(): Exact {
		return this.#safety * this.#yearlyProducts;
	}

	get years(): readonly Exact[] {
		if (this.#years) return this.#years;
		const later = this.laterYear;
		const years = [this.#safety * (this.#oneOffProducts + this.#yearlyProducts)];
		for (let year = 0; year < this.#input.settings.repeatYears; year++) years.push(later);
		return (this.#years = years);
	}

	get intangible(): Exact {
		const sums = this.#intangible;
		if (sums === null) return 0n;
		const oneOff = toBigInt(sums[0]!, sums[1]!);
		const yearly = toBigInt(sums[2]!, sums[3]!);
		return this.#safety * (oneOff + this.#horizonYears * yearly);
	}

	get subsidy(): SubsidyComparison | null {
		if (this.#subsidy === undefined)
			this.#subsidy = compareWithSubsidy(this.total, this.#input.subsidyCents);
		return this.#subsidy;
	}

	get lines(): readonly LineResult[] {
		return this.#detailed.lines;
	}

	get perCostHolder(): readonly CostHolderTotal[] {
		return this.#detailed.perCostHolder;
	}

	get matrix(): Readonly<Record<Level, Readonly<Record<Level, Exact>>>> {
		return this.#detailed.matrix;
	}

	get overlapped(): readonly number[] {
		return this.#detailed.overlapped;
	}
}
