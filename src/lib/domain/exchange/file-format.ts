/**
 * The exchange file (JSON) that carries drafts between users. Defined by the zod schemas, published
 * as static/baatwijzer-voorstellen.schema.json. Each draft carries the price items it used, so a
 * reader sees the same amounts, years and sources.
 */
import { z } from 'zod/mini';
import { priceItemSchema } from '../price-list/price-item';
import { uniqueBy } from '../schemas/common';
import { proposalSchema } from '../schemas/proposal';
import { proposalVersions } from '../proposal-versions';

export const FILE_FORMAT = 'baatwijzer-voorstellen';

/**
 * Versions of the file format, oldest first; each newer one has a migration from the one before.
 * Each so far is a change of the proposal's shape (see proposal-versions.ts for what each brought);
 * version 2 also made each draft carry the price items it used.
 */
export const fileVersions = {
	DutchLineWords: 1,
	PriceItemSnapshots: 2,
	UnansweredCounts: 3,
	LineRemarks: 4,
	Arena: 5,
	Ranges: 6,
	SubsidyYear: 7,
	Verdict: 8,
	HandIns: 9,
	Realisation: 10
} as const;
export const CURRENT_FILE_VERSION = fileVersions.Realisation;

/**
 * The proposal shape (proposal-versions.ts) each file version carries: the file runs the one
 * proposal chain on every draft and adds only its envelope's own steps (`up` in migrations.ts).
 */
export const proposalVersionOfFile: Readonly<Record<number, number>> = {
	[fileVersions.DutchLineWords]: proposalVersions.DutchLineWords,
	[fileVersions.PriceItemSnapshots]: proposalVersions.NeutralLineWords,
	[fileVersions.UnansweredCounts]: proposalVersions.UnansweredCounts,
	[fileVersions.LineRemarks]: proposalVersions.LineRemarks,
	[fileVersions.Arena]: proposalVersions.Arena,
	[fileVersions.Ranges]: proposalVersions.Ranges,
	[fileVersions.SubsidyYear]: proposalVersions.SubsidyYear,
	[fileVersions.Verdict]: proposalVersions.Verdict,
	[fileVersions.HandIns]: proposalVersions.HandIns,
	[fileVersions.Realisation]: proposalVersions.Realisation
};

export { MAX_FILE_BYTES } from '../file-bytes';

export const exchangeDraftSchema = z.object({
	proposal: proposalSchema,
	priceItems: z
		._default(
			z
				.array(priceItemSchema)
				.check(
					z.maxLength(500),
					z.superRefine(uniqueBy<{ id: string }>('duplicateId', (item) => item.id, ['id']))
				),
			[]
		)
		.check(z.describe('The price-list items the lines refer to, as they were when exported'))
});
export type ExchangeDraft = z.infer<typeof exchangeDraftSchema>;

export const exchangeFileSchema = z
	.object({
		format: z.literal(FILE_FORMAT),
		version: z.literal(CURRENT_FILE_VERSION),
		exportedAt: z.iso.datetime(),
		drafts: z
			.array(exchangeDraftSchema)
			.check(
				z.minLength(1),
				z.maxLength(5000),
				z.superRefine(
					uniqueBy<ExchangeDraft>('duplicateId', (draft) => draft.proposal.id, ['proposal', 'id'])
				)
			)
	})
	.check(z.describe('Baatwijzer proposals exchange file'));
export type ExchangeFile = z.infer<typeof exchangeFileSchema>;

export function exchangeFileJsonSchema(): object {
	return z.toJSONSchema(exchangeFileSchema, { io: 'input', unrepresentable: 'any' });
}
