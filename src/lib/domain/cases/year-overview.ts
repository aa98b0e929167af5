/**
 * A year's overview (jaaroverzicht) of an organisation's described cases, as the 2020 study built
 * it: every case times its multiplier, summed per unit (described and extrapolated), per cost
 * holder and per chance and contribution level, with the safety margin and the repeat years,
 * against the year's subsidy. The cases become the lines of one proposal, so the one evaluation
 * (evaluation.ts) computes every figure and the result views show it as they show a proposal's.
 * A pure function of the cases and the year's settings.
 */
import { evaluate, type Evaluation } from '../evaluation';
import type { Exact } from '../money';
import type { EffectLine } from '../schemas/effect-line';
import { emptyProposal } from '../empty-proposal';
import type { Proposal } from '../schemas/proposal';
import { caseYear, type DescribedCase, type YearSettings } from '../schemas/described-case';

export type { YearSettings };

/** What cases avoid, before the safety margin: once, and every year. */
export interface Avoided {
	readonly oneOff: Exact;
	readonly yearly: Exact;
}

export interface UnitOverview {
	readonly unit: string;
	/** Cases described for the unit this year. */
	readonly cases: number;
	/** The cases it sees in a year, as the multipliers say (the sum of the multipliers). */
	readonly extrapolatedCases: number;
	/** Every case counted once. */
	readonly described: Avoided;
	/** Every case counted as often as its multiplier says; the total after the safety margin. */
	readonly extrapolated: Avoided & { readonly total: Exact };
	/** The unit's size in hundredths of an FTE, when given. */
	readonly fteHundredths: number | null;
}

export interface YearOverview {
	readonly year: number;
	readonly units: readonly UnitOverview[];
	/** Every case counted once, all units. */
	readonly described: Avoided;
	/** The one evaluation of the extrapolated year, which every view of it renders. */
	readonly extrapolated: Evaluation;
	/** The extrapolated year as a proposal, for the result views and the report. */
	readonly proposal: Proposal;
	/** Per case what it avoids over the horizon, times its multiplier. */
	readonly caseTotals: ReadonlyMap<string, Exact>;
}

/**
 * A case's line counted `times` times, as a line of the year: its number of people (and its
 * range) multiplied, its id (and the line it overlaps) prefixed with its case's.
 */
function timesLine(line: EffectLine, times: number, caseId: string): EffectLine {
	const count =
		line.count === null || times === 1
			? line.count
			: line.count.kind === 'direct'
				? { kind: 'direct' as const, persons: line.count.persons * times }
				: { ...line.count, groupSize: line.count.groupSize * times };
	const countRange = line.countRange
		? { low: line.countRange.low * times, high: line.countRange.high * times }
		: line.countRange;
	return {
		...line,
		id: `${caseId}/${line.id}`,
		count,
		countRange,
		overlapsWith: line.overlapsWith ? `${caseId}/${line.overlapsWith}` : null
	};
}

/** The extrapolated year as one proposal: each case's lines times its multiplier (timesLine). */
function casesAsProposal(
	cases: readonly DescribedCase[],
	year: YearSettings,
	title: string
): Proposal {
	const lines = cases.flatMap((described) =>
		described.lines.map((line) => timesLine(line, described.multiplier, described.id))
	);
	// A fixed moment in the year, so that the same cases always give the same record.
	const proposal = emptyProposal(
		`jaaroverzicht-${year.year}`,
		new Date(Date.UTC(year.year, 11, 31))
	);
	return {
		...proposal,
		title,
		subsidyCents: year.subsidyCents,
		subsidyYear: year.year,
		settings: year.settings,
		lines
	};
}

/**
 * The overview from one evaluation of the extrapolated year: each unit's figures are the sums of
 * its lines there (a counted line's weighted saving and its saving over the horizon), and a
 * case's described figures are its extrapolated ones divided by its multiplier, which is exact
 * because a line's saving is a product with its number of people.
 */
export function yearOverview(
	all: readonly DescribedCase[],
	year: YearSettings,
	title: string
): YearOverview {
	const cases = all
		.filter((described) => caseYear(described) === year.year)
		.toSorted((a, b) => a.unit.localeCompare(b.unit, 'nl'));
	const proposal = casesAsProposal(cases, year, title);
	const extrapolated = evaluate(proposal);
	const units = new Map<string, { cases: number; perYear: number; sums: bigint[] }>();
	// Per unit: oneOff and yearly described, oneOff and yearly extrapolated, total over the horizon.
	const described = [0n, 0n];
	const caseTotals = new Map<string, Exact>();
	let at = 0;
	for (const one of cases) {
		let caseTotal = 0n;
		const unit = units.get(one.unit) ?? { cases: 0, perYear: 0, sums: [0n, 0n, 0n, 0n, 0n] };
		units.set(one.unit, unit);
		unit.cases += 1;
		unit.perYear += one.multiplier;
		for (const line of one.lines) {
			const result = extrapolated.lines[at++]!;
			if (result.countedIn !== null || line.kind === 'intangible') continue;
			const slot = line.recurrence === 'yearly' ? 1 : 0;
			const once = result.weighted / BigInt(one.multiplier);
			unit.sums[slot]! += once;
			described[slot]! += once;
			unit.sums[2 + slot]! += result.weighted;
			unit.sums[4]! += result.overHorizon;
			caseTotal += result.overHorizon;
		}
		caseTotals.set(one.id, caseTotal);
	}
	return {
		year: year.year,
		units: [...units].map(([unit, { cases: count, perYear, sums }]) => ({
			unit,
			cases: count,
			extrapolatedCases: perYear,
			described: { oneOff: sums[0]!, yearly: sums[1]! },
			extrapolated: { oneOff: sums[2]!, yearly: sums[3]!, total: sums[4]! },
			fteHundredths: year.unitFte[unit] ?? null
		})),
		described: { oneOff: described[0]!, yearly: described[1]! },
		extrapolated,
		proposal,
		caseTotals
	};
}
