/**
 * The proposal's shape history: one named sequence that every reader of a proposal runs, the
 * exchange file, a stored draft, the first read of a draft's page and the journal of the last edit
 * alike (a file or a record adds only its envelope). The next change to a proposal's shape is
 * written here, once: a version below and its step in `proposalUp`.
 */

type Json = Record<string, unknown>;

/** Versions of a proposal's shape, oldest first; `proposalUp[n]` turns version n into n + 1. */
export const proposalVersions = {
	/** Lines spoke the study's words: chance "misschien"/"waarschijnlijk"/"zeker", recurrence "eenmalig"/"jaarlijks". */
	DutchLineWords: 1,
	/** Language-neutral line values ("maybe", "oneOff"). */
	NeutralLineWords: 2,
	/** A line's count may be unanswered (null): no line counts before its count is given. */
	UnansweredCounts: 3,
	/** The reviewer's remark on each line. */
	LineRemarks: 4,
	/** A workshop's MKBA-Arena: co-funders, unpriced effects, arrows. */
	Arena: 5,
	/** Ranges on count, chance and contribution; the cost-benefit (MKBA) settings. */
	Ranges: 6,
	/**
	 * The subsidy has a year (null: assumed, see evaluation.ts) and is indexed like every amount;
	 * a line may carry a negative amount, a cost the activity causes.
	 */
	SubsidyYear: 7,
	/** The reviewer's verdict (positief, negatief, aanvullen) with its reason. */
	Verdict: 8,
	/** Each hand-in (indiening) with its number, moment, author and fingerprint. */
	HandIns: 9,
	/** What actually happened: per line the realised count, once the period has passed. */
	Realisation: 10
} as const;
export const CURRENT_PROPOSAL_VERSION = proposalVersions.Realisation;

const levelWords: Record<string, string> = {
	misschien: 'maybe',
	waarschijnlijk: 'likely',
	zeker: 'certain'
};
const recurrenceWords: Record<string, string> = { eenmalig: 'oneOff', jaarlijks: 'yearly' };

/** Maps a value through `words` when it is one of them; anything else is left for validation. */
const translate = (value: unknown, words: Record<string, string>) =>
	typeof value === 'string' && value in words ? words[value] : value;

const same = (proposal: Json) => proposal;

/** `proposalUp[n]` turns a proposal of shape n into shape n + 1. */
export const proposalUp: Readonly<Record<number, (proposal: Json) => Json>> = {
	[proposalVersions.DutchLineWords]: (proposal) => {
		const { lines } = proposal;
		if (!Array.isArray(lines)) return proposal;
		return {
			...proposal,
			lines: lines.map((line: Json) =>
				line && typeof line === 'object'
					? {
							...line,
							chance: translate(line.chance, levelWords),
							contribution: translate(line.contribution, levelWords),
							recurrence: translate(line.recurrence, recurrenceWords)
						}
					: line
			)
		};
	},
	// Every earlier count was a given count; a count may now be null.
	[proposalVersions.NeutralLineWords]: same,
	// A line without a remark has an empty one; the schema's default fills it in.
	[proposalVersions.UnansweredCounts]: same,
	// A proposal without an arena has an empty one; the schema's default fills it in.
	[proposalVersions.LineRemarks]: same,
	// A line without ranges is a point estimate; the schema's defaults fill them in.
	[proposalVersions.Arena]: same,
	// No subsidy year was kept: it is assumed (period, the lines' common price year, or the year
	// the proposal was made), and the pages say which.
	[proposalVersions.Ranges]: (proposal) => ({ subsidyYear: null, ...proposal }),
	// No verdict was given yet; the schema's defaults fill it in (none, no reason).
	[proposalVersions.SubsidyYear]: same,
	// Not handed in yet; the schema's default fills it in (no hand-ins).
	[proposalVersions.Verdict]: same,
	// Nothing was realised yet; the schema's default fills it in (none).
	[proposalVersions.HandIns]: same
};

/**
 * Brings a proposal of shape `from` to the current shape; what it cannot read is left for the
 * schema to refuse. `from` must be a known version (callers check their envelope's version).
 */
export function migrateProposal(raw: unknown, from: number): unknown {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
	let proposal = raw as Json;
	for (let at = from; at < CURRENT_PROPOSAL_VERSION; at++) proposal = proposalUp[at]!(proposal);
	return proposal;
}
