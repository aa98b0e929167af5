/**
 * A year's overview (jaaroverzicht) of an organisation's described cases, as the 2020 study built
 * it: every case times its multiplier, summed per unit (described and extrapolated), per cost
 * holder and per chance and contribution level, with the safety margin and the repeat years,
 * against the year's subsidy. The cases become the lines of one proposal, so the one evaluation
 * (evaluation.ts) computes every figure and the result views show it as they show a proposal's.
 * A pure function of the cases and the year's settings.
 */
import { evaluate, type Evaluation } from '../evaluation';
import type { EffectLine } from '../schemas/effect-line';
import { emptyProposal, type Proposal } from '../schemas/proposal';
import { caseYear, type DescribedCase, type YearSettings } from '../schemas/described-case';

export type { YearSettings };

export interface UnitOverview {
	readonly unit: string;
	/** Cases described for the unit this year. */
	readonly cases: number;
	/** The cases it sees in a year, as the multipliers say (the sum of the multipliers). */
	readonly extrapolatedCases: number;
	/** Every case counted once. */
	readonly described: Evaluation;
	/** Every case counted as often as its multiplier says. */
	readonly extrapolated: Evaluation;
	/** The unit's size in hundredths of an FTE, when given. */
	readonly fteHundredths: number | null;
}

export interface YearOverview {
	readonly year: number;
	readonly units: readonly UnitOverview[];
	readonly described: Evaluation;
	readonly extrapolated: Evaluation;
	/** The extrapolated year as a proposal, for the result views and the report. */
	readonly proposal: Proposal;
}

/** A case line counted `times` times: its number of people (and its range) multiplied. */
export function timesLine(line: EffectLine, times: number, id: string): EffectLine {
	const count =
		line.count === null || times === 1
			? line.count
			: line.count.kind === 'direct'
				? { kind: 'direct' as const, persons: line.count.persons * times }
				: { ...line.count, groupSize: line.count.groupSize * times };
	const countRange = line.countRange
		? { low: line.countRange.low * times, high: line.countRange.high * times }
		: line.countRange;
	return { ...line, id, count, countRange, overlapsWith: null };
}

/**
 * The cases as one proposal's lines: each line's id is its case's and its own, and a line that
 * overlaps another of its case keeps that mark.
 */
export function casesAsProposal(
	cases: readonly DescribedCase[],
	year: YearSettings,
	title: string,
	extrapolate: boolean
): Proposal {
	const lines = cases.flatMap((described) =>
		described.lines.map((line) => ({
			...timesLine(line, extrapolate ? described.multiplier : 1, `${described.id}/${line.id}`),
			overlapsWith: line.overlapsWith ? `${described.id}/${line.overlapsWith}` : null
		}))
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

export function yearOverview(
	all: readonly DescribedCase[],
	year: YearSettings,
	title: string
): YearOverview {
	const cases = all.filter((described) => caseYear(described) === year.year);
	const byUnit = new Map<string, DescribedCase[]>();
	for (const described of cases) {
		const list = byUnit.get(described.unit) ?? [];
		list.push(described);
		byUnit.set(described.unit, list);
	}
	// A unit's part of the subsidy is not known: per unit the figures stand without one.
	const withoutSubsidy = { ...year, subsidyCents: null };
	const units = [...byUnit]
		.sort(([a], [b]) => a.localeCompare(b, 'nl'))
		.map(([unit, unitCases]): UnitOverview => ({
			unit,
			cases: unitCases.length,
			extrapolatedCases: unitCases.reduce((sum, described) => sum + described.multiplier, 0),
			described: evaluate(casesAsProposal(unitCases, withoutSubsidy, unit, false)),
			extrapolated: evaluate(casesAsProposal(unitCases, withoutSubsidy, unit, true)),
			fteHundredths: year.unitFte[unit] ?? null
		}));
	const proposal = casesAsProposal(cases, year, title, true);
	return {
		year: year.year,
		units,
		described: evaluate(casesAsProposal(cases, year, title, false)),
		extrapolated: evaluate(proposal),
		proposal
	};
}

/** What one case avoids over the horizon, times its multiplier (the list of cases shows it). */
export function caseTotal(described: DescribedCase, year: YearSettings): Evaluation['total'] {
	return evaluate(casesAsProposal([described], { ...year, subsidyCents: null }, '', true)).total;
}
