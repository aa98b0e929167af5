/**
 * The one evaluation of a proposal that every view renders: the result step, the report, the
 * reviewer's page, the comparison and its portfolio, both CSVs, the arena's totals, the MKBA view,
 * the simulation's input and the drafts overview. It brings each line's amount and the subsidy to
 * one price level, drops the lines an overlap group counts elsewhere, and runs the calculation
 * once. No view recomputes an indexed amount or calls `calculate` itself (an ESLint fence says so).
 * A pure function of the record.
 */
import { calculate, type CalculationResult, type LineResult } from './calculation';
import { addFractions, fraction, type Fraction } from './fraction';
import { isPreventive } from './levels';
import { centsToExact, type Exact } from './money';
import { MUNICIPALITY, partyOf } from './parties';
import { indexCents, type Indexed } from './price-list/indexation';
import type { EffectLine } from './schemas/effect-line';
import type { Proposal } from './schemas/proposal';

export type { Indexed };

export interface EvaluatedLine extends LineResult {
	readonly id: string;
	/** The amount (C) the calculation used, in cents at the price level, and how it got there. */
	readonly amount: Indexed;
	/** The line of its overlap group that counts instead of this one; null when it counts. */
	readonly countedIn: string | null;
	/** The amount is negative: a cost the activity causes ("extra zorg"), never a saving. */
	readonly extraCost: boolean;
}

/** Where the subsidy's year came from: given, or assumed (and the page says so). */
export type SubsidyYearBasis = 'given' | 'period' | 'lines' | 'created';

export interface EvaluatedSubsidy {
	/** The year the subsidy is asked in (its price year). */
	readonly year: number;
	readonly basis: SubsidyYearBasis;
	/** The subsidy in cents at the price level, and how it got there. */
	readonly amount: Indexed;
}

export interface Evaluation extends CalculationResult {
	readonly lines: readonly EvaluatedLine[];
	/** The year amounts and subsidy are indexed to; null: each in its own year. */
	readonly priceLevel: number | null;
	/** The subsidy at the price level; null when none is given. */
	readonly subsidyAtLevel: EvaluatedSubsidy | null;
	/** What the first year saves, after the safety margin. */
	readonly yearOne: Exact;
	/** Savings over the horizon resting on prevention (chance Misschien); the rest is intervention. */
	readonly prevention: Exact;
	/** The part of the total that is a transfer (a budget saving, not a gain for society). */
	readonly transfers: Exact;
	/** Costs the activity causes over the horizon (negative lines), as a negative amount; 0 if none. */
	readonly extraCosts: Exact;
	/** Avoided costs over the horizon that land with the municipality (its cost holders). */
	readonly municipality: Fraction;
	/**
	 * What lands with the municipality per euro of subsidy (municipality / subsidy at the price
	 * level); null without a subsidy or with a subsidy of zero.
	 */
	readonly municipalityPerEuro: Fraction | null;
	/** Ids of lines whose answers have no rationale (justification) yet, in line order. */
	readonly withoutRationale: readonly string[];
}

export interface EvaluationOptions {
	/** Read the proposal at this price year; undefined: the proposal's own choice. */
	readonly priceLevel?: number | null;
}

type SubsidyYearInput = Pick<
	Proposal,
	'subsidyYear' | 'periodStart' | 'createdAt' | 'lines' | 'subsidyCents'
>;

/**
 * The subsidy's year: as given; else the first year of the period; else the one price year all
 * lines share; else the year the proposal was made.
 */
export function subsidyYearOf(proposal: Omit<SubsidyYearInput, 'subsidyCents'>): {
	year: number;
	basis: SubsidyYearBasis;
} {
	if (proposal.subsidyYear !== null) return { year: proposal.subsidyYear, basis: 'given' };
	const start = /^(\d{4})-/.exec(proposal.periodStart);
	if (start) return { year: Number(start[1]), basis: 'period' };
	let common: number | null | undefined;
	for (const line of proposal.lines) {
		if (line.priceYear === null) continue;
		if (common === undefined) common = line.priceYear;
		else if (common !== line.priceYear) common = null;
	}
	if (typeof common === 'number') return { year: common, basis: 'lines' };
	return { year: Number(proposal.createdAt.slice(0, 4)), basis: 'created' };
}

/** The proposal's subsidy brought to `level` (null: its own year). */
export function subsidyAtLevel(
	proposal: SubsidyYearInput,
	level: number | null
): EvaluatedSubsidy | null {
	if (proposal.subsidyCents === null) return null;
	const { year, basis } = subsidyYearOf(proposal);
	return { year, basis, amount: indexCents(proposal.subsidyCents, year, level) };
}

/** A line's amount at `level` (null: its own price year). */
const amountAt = (line: Pick<EffectLine, 'amountCents' | 'priceYear'>, level: number | null) =>
	indexCents(line.amountCents, line.priceYear, level);

/** What an evaluation rests on: amounts and subsidy at the price level, overlaps resolved. */
export interface LevelCalculation {
	readonly level: number | null;
	readonly amounts: readonly Indexed[];
	readonly subsidy: EvaluatedSubsidy | null;
	/** Per line the id of the line counted instead (null where it counts); null: no overlap. */
	readonly countedIn: readonly (string | null)[] | null;
	readonly result: CalculationResult;
}

/**
 * The first half of `evaluate`, for a reader that needs only the total and the ratio (the drafts
 * overview's summary): the calculation's per-line and per-holder details are made when first read,
 * so a total that fits in floats never takes the BigInt path (summing up 5,000 drafts in the
 * overview's worker took 135-215 ms with the details, 50-95 ms without).
 */
export function calculateAtLevel(
	proposal: Proposal,
	options: EvaluationOptions = {}
): LevelCalculation {
	const level = options.priceLevel === undefined ? proposal.priceIndexYear : options.priceLevel;
	const amounts = proposal.lines.map((line) => amountAt(line, level));
	const subsidy = subsidyAtLevel(proposal, level);
	const input = {
		settings: proposal.settings,
		subsidyCents: subsidy ? subsidy.amount.cents : null,
		lines: proposal.lines,
		amountsCents: amounts.map((amount) => amount.cents)
	};
	let result = calculate(input);
	const countedIn = overlapWinners(proposal.lines, result);
	if (countedIn)
		result = calculate({ ...input, countedElsewhere: countedIn.map((line) => line !== null) });
	return { level, amounts, subsidy, countedIn, result };
}

export function evaluate(proposal: Proposal, options: EvaluationOptions = {}): Evaluation {
	const { level, amounts, subsidy, countedIn, result } = calculateAtLevel(proposal, options);

	let prevention = 0n;
	let transfers = 0n;
	let extraCosts = 0n;
	const lines = proposal.lines.map((line, index): EvaluatedLine => {
		const computed = result.lines[index]!;
		const counted = countedIn === null || countedIn[index] === null;
		if (counted && line.kind !== 'intangible') {
			if (line.chance !== null && isPreventive(line.chance)) prevention += computed.overHorizon;
			if (line.kind === 'transfer') transfers += computed.overHorizon;
			if (amounts[index]!.cents < 0) extraCosts += computed.overHorizon;
		}
		// Fields named one by one: spreading an object that holds bigints takes V8's slow path
		// (about 3 µs per line against 0.1 µs), and every view evaluates on every change.
		return {
			weighted: computed.weighted,
			overHorizon: computed.overHorizon,
			id: line.id,
			amount: amounts[index]!,
			countedIn: countedIn?.[index] ?? null,
			extraCost: amounts[index]!.cents < 0
		};
	});
	const municipality = result.perCostHolder
		.filter((holder) => partyOf(holder.costHolder) === MUNICIPALITY)
		.reduce((sum, holder) => addFractions(sum, holder.total), fraction(0n));
	const subsidyExact = subsidy ? centsToExact(subsidy.amount.cents) : 0n;
	return {
		oneOff: result.oneOff,
		yearly: result.yearly,
		years: result.years,
		laterYear: result.laterYear,
		total: result.total,
		perCostHolder: result.perCostHolder,
		matrix: result.matrix,
		subsidy: result.subsidy,
		intangible: result.intangible,
		overlapped: result.overlapped,
		lines,
		priceLevel: level,
		subsidyAtLevel: subsidy,
		yearOne: result.years[0] ?? 0n,
		prevention,
		transfers,
		extraCosts,
		municipality,
		municipalityPerEuro:
			subsidyExact === 0n
				? null
				: fraction(municipality.numerator, municipality.denominator * subsidyExact),
		withoutRationale: proposal.lines
			.filter((line) => line.justification.trim() === '')
			.map((line) => line.id)
	};
}

/**
 * Lines marked as overlapping (avoiding the same services for the same people) form groups; in
 * each group only the line that saves most counts, so the overlap counts once. Per line the id of
 * the line counted instead (null where it counts itself); null when no line overlaps at all.
 */
function overlapWinners(
	lines: Proposal['lines'],
	result: Pick<CalculationResult, 'lines'>
): (string | null)[] | null {
	if (!lines.some((line) => line.overlapsWith)) return null;
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
	if (!any) return null;
	const largest = new Map<number, number>();
	lines.forEach((_, position) => {
		const group = root(position);
		const best = largest.get(group);
		if (best === undefined || result.lines[position]!.overHorizon > result.lines[best]!.overHorizon)
			largest.set(group, position);
	});
	return lines.map((_, position) => {
		const winner = largest.get(root(position))!;
		return winner === position ? null : lines[winner]!.id;
	});
}

export interface HolderShare {
	/** The line's index in the proposal. */
	readonly line: number;
	readonly costHolder: string;
	/** What the line saves this holder over the horizon, after the margin. */
	readonly share: Fraction;
}

/**
 * Each counted line's part per cost holder, by the calculation's own rule (a split's parts over
 * their sum; no split, or parts summing to zero: all to the line's holder); per holder these add up
 * to the evaluation's `perCostHolder` total exactly. Lines counted elsewhere and immaterial value
 * have none.
 */
export function holderShares(proposal: Proposal, result: Evaluation): HolderShare[] {
	const shares: HolderShare[] = [];
	proposal.lines.forEach((line, index) => {
		const evaluated = result.lines[index]!;
		if (evaluated.countedIn !== null || line.kind === 'intangible') return;
		const partsTotal = line.split?.reduce((sum, part) => sum + part.amountCents, 0) ?? 0;
		if (!line.split || partsTotal === 0) {
			shares.push({
				line: index,
				costHolder: line.costHolder,
				share: fraction(evaluated.overHorizon)
			});
			return;
		}
		for (const part of line.split)
			shares.push({
				line: index,
				costHolder: part.costHolder,
				share: fraction(evaluated.overHorizon * BigInt(part.amountCents), BigInt(partsTotal))
			});
	});
	return shares;
}
