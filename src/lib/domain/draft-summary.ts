/**
 * What the drafts overview shows of a draft, kept beside it when it is saved: a policy team's
 * 5,000 drafts list from these small records, without reading and validating every proposal (the
 * full records are checked afterwards, a slice at a time).
 */
import { calculateAtLevel } from './evaluation';
import { normalizeForSearch } from './normalize';
import type { Proposal } from './schemas/proposal';
import type { DraftSummary } from './schemas/draft-summary';

export type { DraftSummary };

export function summarizeDraft(proposal: Proposal, writeId?: string): DraftSummary {
	// The evaluation's own calculation, without the details it makes for the views.
	const { result } = calculateAtLevel(proposal);
	const ratio = result.subsidy?.ratio ?? null;
	return {
		id: proposal.id,
		...(writeId === undefined ? {} : { writeId }),
		title: proposal.title,
		titleKey: normalizeForSearch(proposal.title),
		organisation: [proposal.organisation, proposal.orgUnit].filter(Boolean).join(' – '),
		author: proposal.author,
		status: proposal.status,
		updatedAt: proposal.updatedAt,
		total: result.total.toString(),
		lineCount: proposal.lines.length,
		subsidyCents: proposal.subsidyCents,
		ratio:
			ratio === null
				? null
				: { numerator: ratio.numerator.toString(), denominator: ratio.denominator.toString() },
		verdict: proposal.verdict,
		handIn: lastHandIn(proposal)
	};
}

function lastHandIn(proposal: Proposal): DraftSummary['handIn'] {
	const last = proposal.handIns.at(-1);
	return last ? { number: last.number, organisation: last.organisation } : null;
}
