/** A proposal's statuses in order, without the schema (the drafts list and review use them). */
export const proposalStatuses = ['draft', 'submitted', 'reviewed'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];
