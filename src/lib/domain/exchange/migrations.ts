/**
 * Migrations of an older exchange file's envelope, each from one version to the next. The drafts'
 * proposals are brought up to date by the one proposal chain (proposal-versions.ts), which
 * import-file.ts runs after these steps.
 */
import { fileVersions } from './file-format';

type Json = Record<string, unknown>;

const envelopeOnly =
	(to: number) =>
	(file: Json): Json => ({ ...file, version: to });

/** `up[n]` turns the envelope of a file of version n into version n + 1. */
export const up: Record<number, (file: Json) => Json> = {
	// Each draft carries the price items it used; a file from before carries none.
	[fileVersions.DutchLineWords]: (file) => ({
		...file,
		version: fileVersions.PriceItemSnapshots,
		drafts: Array.isArray(file.drafts)
			? file.drafts.map((draft: Json) =>
					draft && typeof draft === 'object' ? { priceItems: [], ...draft } : draft
				)
			: file.drafts
	}),
	[fileVersions.PriceItemSnapshots]: envelopeOnly(fileVersions.UnansweredCounts),
	[fileVersions.UnansweredCounts]: envelopeOnly(fileVersions.LineRemarks),
	[fileVersions.LineRemarks]: envelopeOnly(fileVersions.Arena),
	[fileVersions.Arena]: envelopeOnly(fileVersions.Ranges),
	[fileVersions.Ranges]: envelopeOnly(fileVersions.SubsidyYear),
	[fileVersions.SubsidyYear]: envelopeOnly(fileVersions.Verdict),
	[fileVersions.Verdict]: envelopeOnly(fileVersions.HandIns),
	[fileVersions.HandIns]: envelopeOnly(fileVersions.Realisation)
};
