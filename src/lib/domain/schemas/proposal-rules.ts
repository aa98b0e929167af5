/**
 * A proposal's own rules across its parts, without zod: the proposal and arena schemas run them
 * in their refinements, and the plain check of stored drafts runs the same functions.
 */
import defaultItems from '../price-list/default-price-ids.generated';
import { addRule, under, uniqueBy, type RuleContext } from './rules';
import type { Arena } from './arena';
import type { Proposal } from './proposal';

/** Ids of the default list: an own item may not take one, or lines could not tell them apart. */
const defaultItemIds = new Set<string>(defaultItems);
export const isDefaultItemId = (id: string): boolean => defaultItemIds.has(id);

const uniqueIds = uniqueBy<{ id: string }>('duplicateId', (entry) => entry.id, ['id']);

/** Investors and unpriced effects each once; a party listed twice would show twice on the board. */
export function checkArenaRules(arena: Arena, ctx: RuleContext): void {
	for (const key of ['investors', 'effects'] as const) uniqueIds(arena[key], under(ctx, [key]));
	uniqueBy<string>('duplicateParty', (party) => party, [])(arena.parties, under(ctx, ['parties']));
}

/** Lines and own items each once, hand-ins in order, and every reference finds its part. */
export function checkProposalRules(proposal: Proposal, ctx: RuleContext): void {
	uniqueIds(proposal.lines, under(ctx, ['lines']));
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
}

/**
 * Everything in a proposal that names another part by id must find it: a line overlaps another
 * line (not itself); a realised count is the count of a line; the arena's marks and arrows name an effect (a line or an unpriced effect);
 * an unpriced effect does not take a line's id.
 */
function checkReferences(
	proposal: Pick<Proposal, 'lines' | 'arena' | 'realisation'>,
	ctx: RuleContext
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
