/** A proposal's statuses in order, without the schema (the drafts list and review use them). */
export const proposalStatuses = ['draft', 'submitted', 'reviewed'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];
/** A reviewer's verdict: positief, negatief, or the drafter must add (aanvullen). */
export const reviewVerdicts = ['positive', 'negative', 'incomplete'] as const;
export type ReviewVerdict = (typeof reviewVerdicts)[number];
