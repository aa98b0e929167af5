/**
 * A proposal's realised counts from the registered (described) cases: a case counts for a line
 * when it falls in the proposal's period, was done by the proposal's unit (when the proposal names
 * one), and avoided the same price item with the same recurrence. Its count is the case line's
 * people times the case's multiplier, as the year's overview counts it.
 */
import { subsidyYearOf } from '../evaluation';
import { countHundredths } from '../schemas/count';
import type { DescribedCase } from '../schemas/described-case';
import type { Proposal } from '../schemas/proposal';

export interface Period {
	/** First and last day, as YYYY-MM-DD (both included). */
	readonly start: string;
	readonly end: string;
	/** The period was given in full; otherwise (part of) it is assumed from a year. */
	readonly given: boolean;
}

/**
 * The days the realisation covers: the proposal's period; with only a start or an end, that
 * day's calendar year up to or from it; with neither, the calendar year of the subsidy.
 */
export function realisationPeriod(
	proposal: Pick<
		Proposal,
		'periodStart' | 'periodEnd' | 'subsidyYear' | 'createdAt' | 'lines' | 'subsidyCents'
	>
): Period {
	const { periodStart: start, periodEnd: end } = proposal;
	if (start && end) return { start, end, given: true };
	if (start) return { start, end: `${start.slice(0, 4)}-12-31`, given: false };
	if (end) return { start: `${end.slice(0, 4)}-01-01`, end, given: false };
	const { year } = subsidyYearOf(proposal);
	return { start: `${year}-01-01`, end: `${year}-12-31`, given: false };
}

/** The period is over on `today` (YYYY-MM-DD): its last day lies before it. */
export const periodPassed = (period: Period, today: string): boolean => period.end < today;

export interface CaseMatch {
	/** Whole people: the cases' counts times their multipliers, rounded half up. */
	readonly persons: number;
	/** How many cases contributed. */
	readonly cases: number;
}

const sameUnit = (a: string, b: string) =>
	a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

export interface CaseMatches {
	/** Per line id what the matching cases add up to; lines no case matches are absent. */
	readonly perLine: ReadonlyMap<string, CaseMatch>;
	/** How many cases match at least one line. */
	readonly cases: number;
}

export function caseMatches(proposal: Proposal, cases: readonly DescribedCase[]): CaseMatches {
	const period = realisationPeriod(proposal);
	const unit = proposal.orgUnit.trim();
	const inScope = cases.filter(
		(described) =>
			described.date >= period.start &&
			described.date <= period.end &&
			(unit === '' || sameUnit(described.unit, unit))
	);
	const perLine = new Map<string, CaseMatch>();
	const matched = new Set<string>();
	for (const line of proposal.lines) {
		if (line.priceItemId === null) continue;
		let hundredths = 0;
		let count = 0;
		for (const described of inScope) {
			let matches = false;
			for (const caseLine of described.lines) {
				if (caseLine.priceItemId !== line.priceItemId) continue;
				if (caseLine.recurrence !== line.recurrence) continue;
				hundredths += countHundredths(caseLine.count) * described.multiplier;
				matches = true;
			}
			if (!matches) continue;
			count += 1;
			matched.add(described.id);
		}
		if (count > 0)
			perLine.set(line.id, { persons: Math.floor((hundredths + 50) / 100), cases: count });
	}
	return { perLine, cases: matched.size };
}
