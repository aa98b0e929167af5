/** The versions of each stored record kind, without the schemas (records.ts validates). */

/** Versions of each stored record kind, oldest first; `up[n]` turns version n into n + 1. */
export const recordVersions = {
	/**
	 * A draft as saved by the editor: the proposal with its revision. From version 2 on the record
	 * names its proposal's shape (`proposalVersion`), and the one proposal chain brings it up.
	 */
	draft: { Initial: 1, ProposalVersioned: 2 },
	/** An own price list or the library of custom items. */
	priceList: { Initial: 1 },
	/** The journal entry of the last edit of a draft (see storage/journal.ts); as a draft. */
	journal: { Initial: 1, ProposalVersioned: 2 },
	/** An own template set: its file kept as read; the file names its own proposal shape. */
	templateSet: { Initial: 1 },
	/** A described case with its shape (`caseVersion`); cases/case-record.ts runs the case chain. */
	describedCase: { Initial: 1 },
	/** A year's subsidy, settings and unit sizes for its overview of described cases. */
	caseYear: { Initial: 1 }
} as const;

export type RecordKind = keyof typeof recordVersions;

export const currentRecordVersion = {
	draft: recordVersions.draft.ProposalVersioned,
	priceList: recordVersions.priceList.Initial,
	journal: recordVersions.journal.ProposalVersioned,
	templateSet: recordVersions.templateSet.Initial,
	describedCase: recordVersions.describedCase.Initial,
	caseYear: recordVersions.caseYear.Initial
} as const satisfies Record<RecordKind, number>;
