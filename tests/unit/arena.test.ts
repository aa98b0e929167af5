import { describe, expect, it } from 'vitest';
import {
	arenaEffects,
	arenaParties,
	emptyArena,
	partyTotals,
	setTrait,
	toggleLink,
	withoutEffect
} from '$lib/domain/arena';
import { addFractions, fraction } from '$lib/domain/fraction';
import { evaluate } from '$lib/domain/evaluation';
import { proposalSchema, type Proposal } from '$lib/domain/schemas/proposal';

const line = (
	id: string,
	costHolder: string,
	split?: { costHolder: string; amountCents: number }[]
) => ({
	id,
	priceItemId: null,
	name: `Regel ${id}`,
	unit: 'per persoon per jaar',
	amountCents: 100_000,
	priceYear: 2024,
	count: { kind: 'direct' as const, persons: 3 },
	chance: 'likely' as const,
	contribution: 'certain' as const,
	recurrence: 'yearly' as const,
	costHolder,
	...(split ? { split } : {})
});

function proposal(): Proposal {
	return proposalSchema.parse({
		id: 'p',
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		subsidyCents: 50_000_00,
		lines: [
			line('a', 'Politie'),
			line('b', 'Woningcorporatie', [
				{ costHolder: 'Woningcorporatie', amountCents: 60_000 },
				{ costHolder: 'Gemeente - volwassenen', amountCents: 40_000 }
			])
		]
	});
}

describe('the arena of a draft', () => {
	it('an old draft reads with an empty arena', () => {
		expect(proposal().arena).toEqual(emptyArena());
	});

	it('shows each line as a priced effect with its cost holders, and effects without a price', () => {
		const draft = proposal();
		draft.arena.effects.push({ id: 'q', description: 'Meer vertrouwen in de buurt' });
		const effects = arenaEffects(draft);
		expect(effects.map((effect) => [effect.id, effect.priced, effect.holders])).toEqual([
			['a', true, ['Politie']],
			['b', true, ['Woningcorporatie', 'Gemeente - volwassenen']],
			['q', false, []]
		]);
	});

	it('draws and removes an arrow; marks an effect unintended and indirect and back', () => {
		let arena = toggleLink(emptyArena(), 'q', 'Bewoners zelf');
		expect(arena.links).toEqual([{ effectId: 'q', party: 'Bewoners zelf' }]);
		expect(toggleLink(arena, 'q', 'Bewoners zelf').links).toEqual([]);
		arena = setTrait(setTrait(arena, 'q', 'unintended', true), 'q', 'indirect', true);
		const draft = { ...proposal(), arena: { ...arena, effects: [{ id: 'q', description: 'x' }] } };
		expect(arenaEffects(draft).at(-1)).toMatchObject({ intended: false, direct: false });
		expect(setTrait(arena, 'q', 'unintended', false).unintended).toEqual([]);
	});

	it('forgets an effect’s arrows and marks when it goes', () => {
		const arena = setTrait(toggleLink(emptyArena(), 'a', 'Bewoners zelf'), 'a', 'indirect', true);
		expect(withoutEffect(arena, 'a')).toEqual(emptyArena());
	});

	it('lists every party once, and the parties’ savings add up to the total', () => {
		const draft = proposal();
		draft.arena = toggleLink(draft.arena, 'a', 'Bewoners zelf');
		draft.arena.parties.push('Huisarts');
		const parties = arenaParties(draft);
		expect(parties).toEqual([
			'Politie',
			'Woningcorporatie',
			'Gemeente - volwassenen',
			'Bewoners zelf',
			'Huisarts'
		]);
		const result = evaluate(draft);
		const totals = partyTotals(parties, result);
		const sum = totals.reduce((acc, { total }) => addFractions(acc, total), fraction(0n));
		expect(sum.numerator * 1n).toBe(result.total * sum.denominator);
		expect(totals.find((entry) => entry.party === 'Bewoners zelf')!.total).toEqual(fraction(0n));
	});
});
