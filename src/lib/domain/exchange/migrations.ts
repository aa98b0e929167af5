/** Migrations of older exchange files, each from one version to the next. */
import { fileVersions } from './file-format';

type Json = Record<string, unknown>;

const levelWords: Record<string, string> = {
	misschien: 'maybe',
	waarschijnlijk: 'likely',
	zeker: 'certain'
};
const recurrenceWords: Record<string, string> = { eenmalig: 'oneOff', jaarlijks: 'yearly' };

/** Maps a value through `words` when it is one of them; anything else is left for validation. */
const translate = (value: unknown, words: Record<string, string>) =>
	typeof value === 'string' && value in words ? words[value] : value;

/** `up[n]` turns a file of version n into version n + 1. */
export const up: Record<number, (file: Json) => Json> = {
	// Every version-2 count is a given count; version 3 only adds that a count may be null.
	[fileVersions.PriceItemSnapshots]: (file) => ({
		...file,
		version: fileVersions.UnansweredCounts
	}),
	// A line without a remark has an empty one; the schema's default fills it in.
	[fileVersions.UnansweredCounts]: (file) => ({
		...file,
		version: fileVersions.LineRemarks
	}),
	// A proposal without an arena has an empty one; the schema's default fills it in.
	[fileVersions.LineRemarks]: (file) => ({
		...file,
		version: fileVersions.Arena
	}),
	// A line without ranges is a point estimate; the schema's defaults fill them in.
	[fileVersions.Arena]: (file) => ({
		...file,
		version: fileVersions.Ranges
	}),
	[fileVersions.DutchLineWords]: (file) => ({
		...file,
		version: fileVersions.PriceItemSnapshots,
		drafts: Array.isArray(file.drafts)
			? file.drafts.map((draft: Json) => ({
					priceItems: [],
					...draft,
					proposal: migrateProposalV1(draft?.proposal)
				}))
			: file.drafts
	})
};

function migrateProposalV1(proposal: unknown): unknown {
	if (!proposal || typeof proposal !== 'object') return proposal;
	const { lines } = proposal as Json;
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
}
