/** A proposal (voorstel): the described activity, its effect lines and method settings. */
import { z } from 'zod/mini';
import { centsSchema, idSchema, optionalDateSchema } from './common';
import { checkProposalRules } from './proposal-rules';
import { listLimits, textLimits, yearLimits } from './limits';
import { priceItemSchema } from '../price-list/price-item';
import { emptyArena } from '../arena';
import { arenaSchema } from './arena';
import { mkbaSettingsSchema } from './mkba';
import { effectLineSchema } from './effect-line';
import { proposalStatuses, reviewVerdicts } from './proposal-status';
import { defaultSettings } from './settings-defaults';
import { settingsSchema } from './settings';
import { handInSchema } from './hand-in';
import { realisationSchema } from './realisation';

export const proposalStatusSchema = z
	.enum(proposalStatuses)
	.check(z.describe('concept, ingediend or beoordeeld'));
export type ProposalStatus = z.infer<typeof proposalStatusSchema>;

const text = (max: number) => z._default(z.string().check(z.maxLength(max)), '');
export { isDefaultItemId } from './proposal-rules';

const isoDate = optionalDateSchema('A date as YYYY-MM-DD, or empty');

export const proposalSchema = z
	.object({
		id: idSchema,
		title: text(textLimits.title).check(z.describe('Name of the activity')),
		organisation: text(textLimits.organisation),
		orgUnit: text(textLimits.orgUnit).check(z.describe('Unit within the organisation (onderdeel)')),
		neighbourhoods: z._default(
			z.array(z.string().check(z.maxLength(100))).check(z.maxLength(100)),
			[]
		),
		targetGroup: text(textLimits.targetGroup).check(z.describe('Who the activity is for')),
		targetGroupSize: z._default(z.nullable(z.int().check(z.gte(0), z.lte(10_000_000))), null),
		description: text(textLimits.description),
		problemAndGoal: text(textLimits.problemAndGoal),
		referenceSituation: text(textLimits.referenceSituation).check(
			z.describe('What happens without the activity (nulalternatief)')
		),
		lifeDomains: z._default(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)), []),
		periodStart: isoDate,
		periodEnd: isoDate,
		subsidyCents: z
			._default(z.nullable(centsSchema.check(z.gte(0))), null)
			.check(z.describe('Subsidy asked for one year')),
		subsidyYear: z
			._default(z.nullable(z.int().check(z.gte(yearLimits.min), z.lte(yearLimits.max))), null)
			.check(
				z.describe(
					'Year the subsidy is asked in (its price year); null: the first year of the period, else the one price year of the lines, else the year the proposal was made'
				)
			),
		lines: z._default(z.array(effectLineSchema).check(z.maxLength(listLimits.lines)), []),
		settings: z._default(settingsSchema, defaultSettings),
		priceIndexYear: z
			._default(z.nullable(z.int().check(z.gte(1900), z.lte(2200))), null)
			.check(
				z.describe('Year the line amounts are indexed to with the CPI; null keeps each price year')
			),
		priceList: z
			._default(
				z.nullable(
					z.object({
						id: z.string().check(z.maxLength(100)),
						name: z.string().check(z.maxLength(200)),
						version: z.string().check(z.maxLength(100))
					})
				),
				null
			)
			.check(z.describe('The price list (and its version) the lines were taken from')),
		customItems: z
			._default(z.array(priceItemSchema).check(z.maxLength(listLimits.customItems)), [])
			.check(
				z.describe(
					'Price items the user added to this draft, each with a source or a reason why none'
				)
			),
		arena: z
			._default(arenaSchema, emptyArena)
			.check(z.describe('The MKBA-Arena of a workshop: investors, unpriced effects, who gains')),
		mkba: z
			._default(z.nullable(mkbaSettingsSchema), null)
			.check(z.describe('The cost-benefit (MKBA) view; null when it is off')),
		author: text(textLimits.author),
		status: z._default(proposalStatusSchema, 'draft'),
		reviewerRemarks: text(textLimits.reviewerRemarks),
		verdict: z
			._default(z.nullable(z.enum(reviewVerdicts)), null)
			.check(
				z.describe(
					"The reviewer's verdict: positive, negative or incomplete (aanvullen); null: none yet"
				)
			),
		verdictReason: text(textLimits.verdictReason).check(
			z.describe('Why the reviewer gave this verdict')
		),
		handIns: z
			._default(z.array(handInSchema).check(z.maxLength(1000)), [])
			.check(z.describe('Each time the proposal was handed in, oldest first, numbered 1, 2, …')),
		realisation: z
			._default(z.nullable(realisationSchema), null)
			.check(
				z.describe(
					'What actually happened once the period passed: per line the realised count; null: not recorded'
				)
			),
		createdAt: z.iso.datetime().check(z.describe('When the draft was created (ISO 8601)')),
		updatedAt: z.iso.datetime().check(z.describe('When the draft last changed (ISO 8601)'))
	})
	.check(z.superRefine(checkProposalRules));
export type Proposal = z.infer<typeof proposalSchema>;

export { emptyProposal } from '../empty-proposal';
