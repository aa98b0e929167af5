/**
 * The calculation's fast path. One pass over the lines sums their products in float limbs
 * (limbs.ts): one-off, yearly, immaterial one-off and yearly. Each figure becomes a bigint the
 * first time it is read; the figures that need every line apart (per line, per holder, the matrix)
 * come from the bigint calculation on first read. A proposal that is only totalled allocates no
 * bigint or object per line.
 */
import type {
	CalculationInput,
	CalculationLine,
	CalculationResult,
	CostHolderTotal,
	LineResult,
	SubsidyComparison
} from './calculation';
import { calculateInBigInt, compareWithSubsidy } from './calculation-bigint';
import { levelPercent, type Level, type LevelOrPercent } from './levels';
import { fitsLimbs, LIMB, limbsToBigInt as toBigInt, MAX_LIMB_TERMS } from './limbs';
import type { Exact } from './money';
import type { Count } from './schemas/effect-line';

const HUNDRED = 100n;

/*
 * A line's words (its level, recurrence and kind of count) are told apart by their length, first
 * letter or fields rather than compared: a record read from IndexedDB or a file carries its own
 * copy of each word, which a comparison reads letter by letter, and the words sit apart from the
 * line in memory. On the bench's proposals this took the calculation from 1.23 to 1.02 µs each.
 * The schema admits no other words; a word of another length is no level (no percentage), as in
 * `toPercent`. The property test that holds this path equal to the bigint one (which compares)
 * covers every word.
 */

/** A level's percentage by its word's length: 'maybe' (5) 35, 'likely' (6) 70, 'certain' (7). */
const PERCENT_BY_LENGTH: readonly number[] = [
	NaN,
	NaN,
	NaN,
	NaN,
	NaN,
	levelPercent.maybe,
	levelPercent.likely,
	levelPercent.certain
];

/**
 * A's or B's percentage. The word's percentage is looked up rather than told apart by tests: a
 * test on the length went either way from one line to the next, and a wrong guess held up the
 * reading of the next lines. With the line's parts read first (below), the bench's proposals
 * took 0.92-1.01 µs each instead of 1.17 (no split lines).
 */
function percentOf(value: LevelOrPercent | null): number {
	if (typeof value === 'number') return value;
	if (value === null) return 0; // an unanswered question saves nothing yet
	return PERCENT_BY_LENGTH[value.length] ?? NaN;
}

/** `countHundredths`, telling a direct count (persons) from a share by its fields. */
function hundredthsOf(count: Count | null): number {
	if (count === null) return 0;
	return 'persons' in count ? count.persons * 100 : count.groupSize * count.sharePercent;
}

/** 'yearly' against 'oneOff', by the first letter. */
function isYearly(recurrence: CalculationLine['recurrence']): boolean {
	return recurrence.charCodeAt(0) === 121; // y
}

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
		// Every part of the line asked for first, so the reads of parts stored apart (the count,
		// the words) overlap rather than wait on each other.
		const { count, chance, contribution, recurrence } = line;
		const amount = amountsCents ? amountsCents[index]! : line.amountCents;
		const product = amount * hundredthsOf(count);
		const pair = percentOf(chance) * percentOf(contribution);
		if (!fitsLimbs(product, pair)) return null;
		if (countedElsewhere?.[index]) continue;
		const split = Math.floor(product / LIMB);
		const high = split * pair;
		const low = (product - split * LIMB) * pair;
		const yearly = isYearly(recurrence);
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
