/**
 * The schema of a stored draft summary (draft-summary.ts makes them). Nothing in the app parses
 * with it: the overview checks summaries with summary-check.ts, which a property test holds equal
 * to this schema, and the summary maker needs only its type (so a new draft loads no schema).
 */
import { z } from 'zod/mini';
import { proposalStatusSchema } from './proposal';
import { reviewVerdicts } from './proposal-status';

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
