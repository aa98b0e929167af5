/** A proposal (voorstel): the described activity, its effect lines and method settings. */
import { z } from 'zod/mini';
import { addRule, centsSchema, idSchema, optionalDateSchema, uniqueBy } from './common';
import { listLimits, textLimits, yearLimits } from './limits';
import defaultItems from '../price-list/default-price-ids.generated';
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
/** Ids of the default list: an own item may not take one, or lines could not tell them apart. */
const defaultItemIds = new Set<string>(defaultItems);
export const isDefaultItemId = (id: string): boolean => defaultItemIds.has(id);

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
	.check(
		z.superRefine((proposal, ctx) => {
			uniqueBy<{ id: string }>('duplicateId', (line) => line.id, ['id'])(proposal.lines, {
				addIssue: (issue) => ctx.addIssue({ ...issue, path: ['lines', ...(issue.path ?? [])] })
			});
			checkReferences(proposal, ctx);
			proposal.handIns.forEach((handIn, index) => {
				const before = proposal.handIns[index - 1];
				if (before && handIn.number <= before.number)
					addRule(ctx, 'handInOrder', ['handIns', index, 'number'], String(handIn.number));
			});
			const seen = new Set<string>();
			proposal.customItems.forEach((item, index) => {
				if (seen.has(item.id)) addRule(ctx, 'duplicateId', ['customItems', index, 'id'], item.id);
				else if (defaultItemIds.has(item.id))
					addRule(ctx, 'clashesWithDefault', ['customItems', index, 'id'], item.id);
				seen.add(item.id);
			});
		})
	);
export type Proposal = z.infer<typeof proposalSchema>;

/**
 * Everything in a proposal that names another part by id must find it: a line overlaps another
 * line (not itself); a realised count is the count of a line; the arena's marks and arrows name an effect (a line or an unpriced effect);
 * an unpriced effect does not take a line's id.
 */
function checkReferences(
	proposal: Pick<Proposal, 'lines' | 'arena' | 'realisation'>,
	ctx: { addIssue: (issue: z.core.$ZodRawIssue) => void }
): void {
	const lineIds = new Set(proposal.lines.map((line) => line.id));
	proposal.lines.forEach((line, index) => {
		if (line.overlapsWith === null || line.overlapsWith === undefined) return;
		if (line.overlapsWith === line.id)
			addRule(ctx, 'overlapsItself', ['lines', index, 'overlapsWith'], line.overlapsWith);
		else if (!lineIds.has(line.overlapsWith))
			addRule(ctx, 'unknownLine', ['lines', index, 'overlapsWith'], line.overlapsWith);
	});
	proposal.realisation?.lines.forEach((realised, index) => {
		if (!lineIds.has(realised.lineId))
			addRule(ctx, 'unknownLine', ['realisation', 'lines', index, 'lineId'], realised.lineId);
	});
	const { arena } = proposal;
	const effectIds = new Set(lineIds);
	arena.effects.forEach((effect, index) => {
		if (lineIds.has(effect.id)) addRule(ctx, 'clashesWithLine', ['arena', 'effects', index, 'id']);
		effectIds.add(effect.id);
	});
	for (const key of ['unintended', 'indirect'] as const) {
		const seen = new Set<string>();
		arena[key].forEach((id, index) => {
			if (!effectIds.has(id)) addRule(ctx, 'unknownEffect', ['arena', key, index], id);
			else if (seen.has(id)) addRule(ctx, 'duplicateId', ['arena', key, index], id);
			seen.add(id);
		});
	}
	const arrows = new Set<string>();
	arena.links.forEach((link, index) => {
		if (!effectIds.has(link.effectId))
			addRule(ctx, 'unknownEffect', ['arena', 'links', index, 'effectId'], link.effectId);
		const key = JSON.stringify([link.effectId, link.party]);
		if (arrows.has(key)) addRule(ctx, 'duplicateLink', ['arena', 'links', index]);
		arrows.add(key);
	});
}

export function emptyProposal(id: string, now: Date): Proposal {
	const stamp = now.toISOString();
	return proposalSchema.parse({ id, createdAt: stamp, updatedAt: stamp });
}
