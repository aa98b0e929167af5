/**
 * Changes to a proposal's realisation, as pure functions: a count entered by hand, the counts taken
 * from the matching cases, and a new proposal that starts from what was realised.
 */
import { subsidyYearOf } from '../evaluation';
import type { Proposal } from '../schemas/proposal';
import type { RealisedLine } from '../schemas/realisation';
import type { CaseMatch } from './from-cases';
import { realisedLines } from './realisation';

/** The realisation with `lines` put in their places (or added), in the proposal's line order. */
function withLines(
	proposal: Proposal,
	lines: readonly RealisedLine[],
	now: Date
): Proposal['realisation'] {
	const byId = realisedLines(proposal);
	for (const line of lines) byId.set(line.lineId, line);
	return {
		lines: proposal.lines.flatMap((each) => byId.get(each.id) ?? []),
		recordedAt: now.toISOString()
	};
}

/** A realised count entered by hand (null: not known). */
export function enterRealised(
	proposal: Proposal,
	lineId: string,
	persons: number | null,
	now: Date
): Proposal['realisation'] {
	return withLines(proposal, [{ lineId, persons, source: 'entered', cases: 0 }], now);
}

/**
 * The counts of the matching cases, taken into every line they match; a line no case matches keeps
 * what it had.
 */
export function takeCaseCounts(
	proposal: Proposal,
	matches: ReadonlyMap<string, CaseMatch>,
	now: Date
): Proposal['realisation'] {
	const taken = [...matches].map(([lineId, match]): RealisedLine => ({
		lineId,
		persons: match.persons,
		source: 'cases',
		cases: match.cases
	}));
	return withLines(proposal, taken, now);
}

/** A date one year later (29 February becomes 28 February); empty stays empty. */
function yearLater(date: string): string {
	if (!date) return date;
	const year = String(Number(date.slice(0, 4)) + 1);
	const rest = date.slice(4) === '-02-29' ? '-02-28' : date.slice(4);
	return year + rest;
}

/**
 * A new draft that starts from this one as it was realised: each line's count is its realised
 * count (a line without one keeps its estimate), the period a year later, the subsidy at the year
 * it was asked in (so the same amount means the same money); no hand-ins, review or realisation.
 */
export function proposalFromRealised(
	proposal: Proposal,
	id: string,
	title: string,
	now: Date
): Proposal {
	const realised = realisedLines(proposal);
	const stamp = now.toISOString();
	return {
		...structuredClone(proposal),
		id,
		title,
		periodStart: yearLater(proposal.periodStart),
		periodEnd: yearLater(proposal.periodEnd),
		subsidyYear:
			proposal.subsidyCents === null ? proposal.subsidyYear : subsidyYearOf(proposal).year,
		lines: proposal.lines.map((line) => {
			const persons = realised.get(line.id)?.persons ?? null;
			return persons === null
				? { ...structuredClone(line), reviewerRemark: '' }
				: {
						...structuredClone(line),
						count: { kind: 'direct' as const, persons },
						countRange: null,
						reviewerRemark: ''
					};
		}),
		status: 'draft',
		reviewerRemarks: '',
		verdict: null,
		verdictReason: '',
		handIns: [],
		realisation: null,
		createdAt: stamp,
		updatedAt: stamp
	};
}
