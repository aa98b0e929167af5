/**
 * What the sync does with what it receives, as pure functions: the reviews of a proposal merged
 * into the drafter's copy, a newer hand-in taken into the reviewer's copy, and what changed from
 * one hand-in to the next.
 */
import { textLimits } from '../schemas/limits';
import type { HandIn } from '../schemas/hand-in';
import type { Proposal } from '../schemas/proposal';
import type { ReviewDocument } from './documents';

const byTime = (a: ReviewDocument, b: ReviewDocument) =>
	a.at < b.at ? -1 : a.at > b.at ? 1 : a._id < b._id ? -1 : a._id > b._id ? 1 : 0;

/** Each reviewer's text, their latest, named when more than one reviewer wrote. */
function joinByReviewer(latestPerReviewer: Map<string, string>, limit: number): string {
	const written = [...latestPerReviewer].filter(([, text]) => text.trim() !== '');
	const text =
		written.length === 1
			? written[0]![1]
			: written.map(([reviewer, value]) => `${reviewer}: ${value}`).join('\n\n');
	return text.slice(0, limit);
}

/**
 * The drafter's proposal with its reviews: status, verdict and reason from the latest review; the
 * remarks of every reviewer (each one's latest), so that two reviewers writing at once both count.
 */
export function withReviews(proposal: Proposal, reviews: readonly ReviewDocument[]): Proposal {
	const sorted = reviews.filter((review) => review.proposalId === proposal.id).sort(byTime);
	const latest = sorted.at(-1);
	if (!latest) return proposal;
	const remarks = new Map<string, string>();
	const lineRemarks = new Map<string, Map<string, string>>();
	for (const review of sorted) {
		remarks.set(review.reviewer, review.remarks);
		for (const line of proposal.lines) {
			const perReviewer = lineRemarks.get(line.id) ?? new Map<string, string>();
			perReviewer.set(review.reviewer, review.lineRemarks[line.id] ?? '');
			lineRemarks.set(line.id, perReviewer);
		}
	}
	return {
		...proposal,
		status: latest.status,
		verdict: latest.verdict,
		verdictReason: latest.verdictReason,
		reviewerRemarks: joinByReviewer(remarks, textLimits.reviewerRemarks),
		lines: proposal.lines.map((line) => ({
			...line,
			reviewerRemark: joinByReviewer(lineRemarks.get(line.id)!, textLimits.lineRemark)
		}))
	};
}

/**
 * The reviewer's copy after a newer hand-in: the proposal as handed in, with the reviewer's own
 * verdict, reason and remarks kept (on the lines that are still there), awaiting a new review.
 */
export function withNewerHandIn(
	reviewed: Proposal | undefined,
	handedIn: Proposal,
	handIns: readonly HandIn[]
): Proposal {
	const next: Proposal = { ...handedIn, status: 'submitted', handIns: [...handIns] };
	if (!reviewed) return next;
	const remarkOf = new Map(reviewed.lines.map((line) => [line.id, line.reviewerRemark]));
	return {
		...next,
		verdict: reviewed.verdict,
		verdictReason: reviewed.verdictReason,
		reviewerRemarks: reviewed.reviewerRemarks,
		lines: next.lines.map((line) => ({ ...line, reviewerRemark: remarkOf.get(line.id) ?? '' }))
	};
}

/** Per proposal handed in more than once: what its latest hand-in changed since the one before. */
export type ChangesPerProposal = Record<
	string,
	{ from: number; to: number; changes: HandInChanges }
>;

/** What differs between two hand-ins of a proposal, in words a reviewer scans. */
export interface HandInChanges {
	/** Top-level fields that differ, with their values before and after. */
	fields: { key: keyof Proposal; before: unknown; after: unknown }[];
	added: string[];
	removed: string[];
	changed: string[];
}

const compared: readonly (keyof Proposal)[] = [
	'title',
	'organisation',
	'orgUnit',
	'targetGroup',
	'targetGroupSize',
	'description',
	'problemAndGoal',
	'referenceSituation',
	'periodStart',
	'periodEnd',
	'subsidyCents',
	'subsidyYear',
	'settings',
	'priceIndexYear',
	'arena',
	'mkba'
];

export function handInChanges(before: Proposal, after: Proposal): HandInChanges {
	const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
	const plain = (line: Proposal['lines'][number]) => ({ ...line, reviewerRemark: '' });
	const old = new Map(before.lines.map((line) => [line.id, line]));
	const now = new Set(after.lines.map((line) => line.id));
	return {
		fields: compared
			.filter((key) => !same(before[key], after[key]))
			.map((key) => ({ key, before: before[key], after: after[key] })),
		added: after.lines.filter((line) => !old.has(line.id)).map((line) => line.name),
		removed: before.lines.filter((line) => !now.has(line.id)).map((line) => line.name),
		changed: after.lines
			.filter((line) => old.has(line.id) && !same(plain(old.get(line.id)!), plain(line)))
			.map((line) => line.name)
	};
}
