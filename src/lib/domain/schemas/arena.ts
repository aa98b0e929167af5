/**
 * The MKBA-Arena of a draft (DOMAIN.md, section 5): who pays besides the subsidy, the effects that
 * have no price, which effects are unintended or indirect, and which parties gain or lose by each
 * effect. The draft's lines are the arena's priced effects; their cost holders are its parties.
 */
import { z } from 'zod';
import { centsSchema, idSchema, uniqueBy } from './common';
import { textLimits } from './limits';

const partyName = z.string().trim().min(1).max(textLimits.costHolder);

export const investorSchema = z
	.object({
		id: idSchema,
		name: z.string().max(textLimits.costHolder).describe('Who pays (a co-funder)'),
		amountCents: centsSchema.min(0).nullable().default(null).describe('What they pay per year')
	})
	.describe('A co-funder besides the subsidy');

export const qualitativeEffectSchema = z
	.object({
		id: idSchema,
		description: z.string().trim().min(1).max(textLimits.arenaEffect)
	})
	.describe('An effect without a price: it stays in the arena and the report');

export const arenaLinkSchema = z
	.object({ effectId: idSchema, party: partyName })
	.describe('An arrow: this party gains or loses by this effect');

export const arenaSchema = z
	.object({
		investors: z.array(investorSchema).max(50).default([]),
		effects: z.array(qualitativeEffectSchema).max(100).default([]),
		unintended: z.array(idSchema).max(700).default([]).describe('Ids of unintended effects'),
		indirect: z.array(idSchema).max(700).default([]).describe('Ids of indirect effects'),
		links: z.array(arenaLinkSchema).max(2000).default([]),
		parties: z
			.array(partyName)
			.max(50)
			.default([])
			.describe('Parties besides the cost holders, e.g. the residents themselves')
	})
	.superRefine((arena, ctx) => {
		for (const key of ['investors', 'effects'] as const) {
			uniqueBy<{ id: string }>('duplicateId', (entry) => entry.id, ['id'])(arena[key], {
				addIssue: (issue) => ctx.addIssue({ ...issue, path: [key, ...(issue.path ?? [])] })
			});
		}
		// A party listed twice would show twice on the board and in the totals.
		uniqueBy<string>(
			'duplicateParty',
			(party) => party,
			[]
		)(arena.parties, {
			addIssue: (issue) => ctx.addIssue({ ...issue, path: ['parties', ...(issue.path ?? [])] })
		});
	})
	.describe('The MKBA-Arena: investors, effects without a price and who gains by each effect');
export type Arena = z.infer<typeof arenaSchema>;
