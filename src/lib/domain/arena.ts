/**
 * The arena of a draft as a group sees it: its effects (the draft's lines, priced, and the effects
 * without a price), the parties, and the arrows between them. Pure functions of the draft.
 */
import type { CalculationResult } from './calculation';
import { fraction, type Fraction } from './fraction';
import type { Arena } from './schemas/arena';
import type { Proposal } from './schemas/proposal';

export const emptyArena = (): Arena => ({
	investors: [],
	effects: [],
	unintended: [],
	indirect: [],
	links: [],
	parties: []
});

/** The five fields of the arena, in the order a workshop fills them. */
export const arenaFields = ['problem', 'alternative', 'investors', 'effects', 'parties'] as const;
export type ArenaField = (typeof arenaFields)[number];

export interface ArenaEffect {
	readonly id: string;
	readonly name: string;
	/** True for a line of the draft (it has a price and counts in the total). */
	readonly priced: boolean;
	readonly intended: boolean;
	readonly direct: boolean;
	/** The line's cost holders: arrows that follow from the price list, not drawn by hand. */
	readonly holders: readonly string[];
	/** Parties linked by hand (the residents, a holder the price does not name). */
	readonly linked: readonly string[];
}

export function arenaEffects(proposal: Pick<Proposal, 'lines' | 'arena'>): ArenaEffect[] {
	const { arena } = proposal;
	const linkedTo = (id: string) =>
		arena.links.filter((link) => link.effectId === id).map((link) => link.party);
	const traits = (id: string) => ({
		intended: !arena.unintended.includes(id),
		direct: !arena.indirect.includes(id)
	});
	return [
		...proposal.lines.map((line) => ({
			id: line.id,
			name: line.name,
			priced: true,
			...traits(line.id),
			holders: line.split ? line.split.map((part) => part.costHolder) : [line.costHolder],
			linked: linkedTo(line.id)
		})),
		...arena.effects.map((effect) => ({
			id: effect.id,
			name: effect.description,
			priced: false,
			...traits(effect.id),
			holders: [],
			linked: linkedTo(effect.id)
		}))
	];
}

/** Every party of the arena, once: the lines' cost holders, then linked and named parties. */
export function arenaParties(proposal: Pick<Proposal, 'lines' | 'arena'>): string[] {
	const effects = arenaEffects(proposal);
	return [
		...new Set([
			...effects.flatMap((effect) => effect.holders),
			...effects.flatMap((effect) => effect.linked),
			...proposal.arena.parties
		])
	];
}

/** What each party saves over the horizon (zero for a party no priced line falls on). */
export function partyTotals(
	parties: readonly string[],
	result: Pick<CalculationResult, 'perCostHolder'>
): { party: string; total: Fraction }[] {
	return parties.map((party) => ({
		party,
		total: result.perCostHolder.find((holder) => holder.costHolder === party)?.total ?? fraction(0n)
	}));
}

/** Adds or removes the arrow from an effect to a party. */
export function toggleLink(arena: Arena, effectId: string, party: string): Arena {
	const linked = arena.links.some((link) => link.effectId === effectId && link.party === party);
	return {
		...arena,
		links: linked
			? arena.links.filter((link) => !(link.effectId === effectId && link.party === party))
			: [...arena.links, { effectId, party }]
	};
}

/** Marks an effect unintended or indirect (or back). */
export function setTrait(
	arena: Arena,
	effectId: string,
	trait: 'unintended' | 'indirect',
	on: boolean
): Arena {
	const rest = arena[trait].filter((id) => id !== effectId);
	return { ...arena, [trait]: on ? [...rest, effectId] : rest };
}

/** Removes an effect's traces from the arena (its arrows and marks), e.g. when its line goes. */
export function withoutEffect(arena: Arena, effectId: string): Arena {
	return {
		...arena,
		effects: arena.effects.filter((effect) => effect.id !== effectId),
		unintended: arena.unintended.filter((id) => id !== effectId),
		indirect: arena.indirect.filter((id) => id !== effectId),
		links: arena.links.filter((link) => link.effectId !== effectId)
	};
}
