/**
 * The MKBA-Arena of a draft (DOMAIN.md, section 5): who pays besides the subsidy, the effects that
 * have no price, which effects are unintended or indirect, and which parties gain or lose by each
 * effect. The draft's lines are the arena's priced effects; their cost holders are its parties.
 */
import { z } from 'zod/mini';
import { centsSchema, idSchema } from './common';
import { checkArenaRules } from './proposal-rules';
import { textLimits } from './limits';

const partyName = z.string().check(z.trim(), z.minLength(1), z.maxLength(textLimits.costHolder));

export const investorSchema = z
	.object({
		id: idSchema,
		name: z
			.string()
			.check(z.maxLength(textLimits.costHolder), z.describe('Who pays (a co-funder)')),
		amountCents: z
			._default(z.nullable(centsSchema.check(z.gte(0))), null)
			.check(z.describe('What they pay per year'))
	})
	.check(z.describe('A co-funder besides the subsidy'));

export const qualitativeEffectSchema = z
	.object({
		id: idSchema,
		description: z.string().check(z.trim(), z.minLength(1), z.maxLength(textLimits.arenaEffect))
	})
	.check(z.describe('An effect without a price: it stays in the arena and the report'));

export const arenaLinkSchema = z
	.object({ effectId: idSchema, party: partyName })
	.check(z.describe('An arrow: this party gains or loses by this effect'));

export const arenaSchema = z
	.object({
		investors: z._default(z.array(investorSchema).check(z.maxLength(50)), []),
		effects: z._default(z.array(qualitativeEffectSchema).check(z.maxLength(100)), []),
		unintended: z
			._default(z.array(idSchema).check(z.maxLength(700)), [])
			.check(z.describe('Ids of unintended effects')),
		indirect: z
			._default(z.array(idSchema).check(z.maxLength(700)), [])
			.check(z.describe('Ids of indirect effects')),
		links: z._default(z.array(arenaLinkSchema).check(z.maxLength(2000)), []),
		parties: z
			._default(z.array(partyName).check(z.maxLength(50)), [])
			.check(z.describe('Parties besides the cost holders, e.g. the residents themselves'))
	})
	.check(
		z.superRefine(checkArenaRules),
		z.describe('The MKBA-Arena: investors, effects without a price and who gains by each effect')
	);
export type Arena = z.infer<typeof arenaSchema>;
