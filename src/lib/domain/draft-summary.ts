/**
 * What the drafts overview shows of a draft, kept beside it when it is saved: a policy team's
 * 5,000 drafts list from these small records, without reading and validating every proposal (the
 * full records are checked afterwards, a slice at a time).
 */
import { z } from 'zod/mini';
import { evaluate } from './evaluation';
import { normalizeForSearch } from './normalize';
import { proposalStatusSchema, type Proposal } from './schemas/proposal';
import { reviewVerdicts } from './schemas/proposal-status';

export const draftSummarySchema = z.object({
	id: z.string().check(z.maxLength(100)),
	/** The write of the draft this summary was made from (see StoredDraft.writeId). */
	writeId: z.optional(z.string().check(z.maxLength(100))),
	title: z.string().check(z.maxLength(1000)),
	/** Lower case, without accents: what the overview searches and sorts titles on. */
	titleKey: z.string().check(z.maxLength(1000)),
	organisation: z.string().check(z.maxLength(1000)),
	author: z.string().check(z.maxLength(1000)),
	status: proposalStatusSchema,
	updatedAt: z.string().check(z.maxLength(40)),
	/** The total over the horizon, in exact units (see money.ts), as a decimal string. */
	total: z.string().check(z.regex(/^-?\d{1,40}$/)),
	lineCount: z.int().check(z.gte(0)),
	/** The subsidy as asked, in cents (null: not given). A summary without it is made anew. */
	subsidyCents: z.nullable(z.int()),
	/** The total over the subsidy, as the result shows it (null: no subsidy, or zero). */
	ratio: z.nullable(
		z.object({
			numerator: z.string().check(z.regex(/^-?\d{1,60}$/)),
			denominator: z.string().check(z.regex(/^\d{1,60}$/))
		})
	),
	/** The reviewer's verdict (null: none yet). */
	verdict: z.nullable(z.enum(reviewVerdicts)),
	/** The last hand-in: its number and (received through sync) its organisation. */
	handIn: z.nullable(
		z.object({ number: z.int().check(z.gte(1)), organisation: z.string().check(z.maxLength(60)) })
	)
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;

export function summarizeDraft(proposal: Proposal, writeId?: string): DraftSummary {
	const result = evaluate(proposal);
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
