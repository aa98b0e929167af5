import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
	extraParts,
	rangeChoice,
	withAmount,
	withCostHolder,
	withExtraParts
} from '$lib/domain/line-edits';
import { effectLineSchema, type EffectLine } from '$lib/domain/schemas/effect-line';

const eviction: EffectLine = {
	id: 'r1',
	priceItemId: 'huisuitzetting',
	name: 'Huisuitzetting',
	unit: 'per huishouden',
	amountCents: 1_000_000,
	priceYear: 2024,
	kind: 'cost',
	count: { kind: 'direct', persons: 2 },
	lowCents: 600_000,
	highCents: 1_400_000,
	chance: 'maybe',
	contribution: 'likely',
	recurrence: 'oneOff',
	costHolder: 'Woningcorporatie',
	justification: '',
	reviewerRemark: ''
};

describe('editing a line keeps it valid', () => {
	it('splits an eviction over the housing association, the municipality and the shelter', () => {
		const split = withExtraParts(eviction, [
			{ costHolder: 'Gemeente - volwassenen', amountCents: 250_000 },
			{ costHolder: 'Zorgverzekeraar', amountCents: 50_000 }
		]);
		expect(split.split).toEqual([
			{ costHolder: 'Woningcorporatie', amountCents: 700_000 },
			{ costHolder: 'Gemeente - volwassenen', amountCents: 250_000 },
			{ costHolder: 'Zorgverzekeraar', amountCents: 50_000 }
		]);
		expect(effectLineSchema.safeParse(split).success).toBe(true);
		expect(withExtraParts(split, []).split).toBeUndefined();
	});

	it('merges a holder named twice and never lists the line’s own holder as an extra', () => {
		const split = withExtraParts(eviction, [
			{ costHolder: 'Politie', amountCents: 100 },
			{ costHolder: 'Politie', amountCents: 200 },
			{ costHolder: 'Woningcorporatie', amountCents: 999 }
		]);
		expect(extraParts(split)).toEqual([{ costHolder: 'Politie', amountCents: 300 }]);
		expect(effectLineSchema.safeParse(split).success).toBe(true);
	});

	it('a new own holder keeps the rest; an extra that becomes the own holder folds in', () => {
		const split = withExtraParts(eviction, [{ costHolder: 'Politie', amountCents: 100_000 }]);
		const moved = withCostHolder(split, 'Politie');
		expect(moved.costHolder).toBe('Politie');
		expect(moved.split).toBeUndefined();
	});

	it('the low end of the range rescales a split exactly', () => {
		const split = withExtraParts(eviction, [{ costHolder: 'Politie', amountCents: 333_333 }]);
		const low = withAmount(split, eviction.lowCents!);
		expect(low.amountCents).toBe(600_000);
		expect(low.split!.reduce((sum, part) => sum + part.amountCents, 0)).toBe(600_000);
		expect(extraParts(low)).toEqual([{ costHolder: 'Politie', amountCents: 200_000 }]);
		expect(rangeChoice(low, 1_000_000)).toBe('low');
		expect(rangeChoice(withAmount(low, 1_000_000), 1_000_000)).toBe('central');
	});

	test.prop([
		fc.integer({ min: 1, max: 100_000_000 }),
		// Parts as published splits have them: each within the amount, some negative.
		fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { maxLength: 4 }),
		fc.integer({ min: 0, max: 100_000_000 })
	])('any split, rescaled to any amount, sums exactly and validates', (amount, shares, target) => {
		const parts = shares.map((share) => Math.round(share * amount));
		const holders = ['Politie', 'Justitie', 'Onderwijs', 'Werkgever'];
		const line = withExtraParts(
			{ ...eviction, amountCents: amount, lowCents: null, highCents: null },
			parts.map((cents, index) => ({ costHolder: holders[index]!, amountCents: cents }))
		);
		const scaled = withAmount(line, target);
		expect(effectLineSchema.safeParse(scaled).success).toBe(true);
	});
});

describe('price updates respect the user’s choices on a line', () => {
	it('a line at the low end with its own split is not “newer prices”, and an update keeps both', async () => {
		const { priceUpdates, applyPriceUpdates } = await import('$lib/domain/price-list/updates');
		const { emptyProposal } = await import('$lib/domain/schemas/proposal');
		const item = {
			id: 'huisuitzetting',
			name: 'Huisuitzetting',
			description: '',
			unit: 'per huishouden',
			amountCents: 1_000_000,
			lowCents: 600_000,
			highCents: 1_400_000,
			priceYear: 2024,
			costHolder: 'Woningcorporatie',
			split: null,
			recurrence: 'oneOff' as const,
			domain: 'Wonen',
			kind: 'cost' as const,
			source: { title: 'Bron', year: 2024, link: null },
			grade: 'C' as const,
			note: '',
			custom: false
		};
		const chosen = withExtraParts(withAmount(eviction, 600_000), [
			{ costHolder: 'Gemeente - volwassenen', amountCents: 150_000 }
		]);
		const draft = { ...emptyProposal('d', new Date('2026-11-22T10:00:00Z')), lines: [chosen] };
		expect(priceUpdates(draft, [item])).toEqual([]);

		const newer = { ...item, amountCents: 1_100_000, lowCents: 800_000, priceYear: 2025 };
		expect(priceUpdates(draft, [newer]).map((update) => update.after.amountCents)).toEqual([
			800_000
		]);
		const [updated] = applyPriceUpdates(draft, [newer], null).lines;
		expect(updated!.amountCents).toBe(800_000);
		expect(updated!.costHolder).toBe('Woningcorporatie');
		expect(extraParts(updated!)).toEqual([
			{ costHolder: 'Gemeente - volwassenen', amountCents: 200_000 }
		]);
		expect(effectLineSchema.safeParse(updated).success).toBe(true);
	});
});

describe('the price level of a draft', () => {
	it('names the mixed price years and the lines that cannot be indexed', async () => {
		const { priceLevelReport } = await import('$lib/domain/price-level');
		const { evaluate } = await import('$lib/domain/evaluation');
		const { proposalSchema } = await import('$lib/domain/schemas/proposal');
		const line = (id: string, name: string, amountCents: number, priceYear: number | null) => ({
			id,
			priceItemId: null,
			name,
			unit: 'per jaar',
			amountCents,
			priceYear,
			count: null,
			chance: null,
			contribution: null,
			recurrence: 'yearly',
			costHolder: 'Gemeente - volwassenen'
		});
		const proposal = proposalSchema.parse({
			id: 'p',
			createdAt: '2026-01-01T00:00:00.000Z',
			updatedAt: '2026-01-01T00:00:00.000Z',
			subsidyCents: 100_000,
			subsidyYear: 2026,
			lines: [
				line('a', 'Verpleeghuis', 5_475_000, 2019),
				line('b', 'Bijstand', 100_000, 2026),
				line('c', 'Eigen post', 100, null)
			]
		});
		expect(priceLevelReport(proposal.lines, evaluate(proposal))).toEqual({
			years: [2019, 2026],
			unknownYear: ['Eigen post'],
			notIndexed: [],
			subsidyYear: null,
			subsidyNotIndexed: null
		});
		const at2024 = priceLevelReport(proposal.lines, evaluate(proposal, { priceLevel: 2024 }));
		expect(at2024.notIndexed).toEqual([{ id: 'b', name: 'Bijstand', reason: 'laterPriceYear' }]);
		expect(at2024.subsidyNotIndexed).toBe('laterPriceYear');
	});
});

describe('a new line from an item with a published range (issue 19)', () => {
	it('starts at the low end, the cautious choice the hint recommends, with its split rescaled', async () => {
		const { lineForItem } = await import('$lib/domain/line-edits');
		const { defaultPriceList } = await import('$lib/domain/price-list/default-price-list');
		const ranged = defaultPriceList.filter(
			(item) => item.lowCents !== null && item.highCents !== null
		);
		expect(ranged.length).toBeGreaterThan(0);
		for (const item of ranged) {
			const line = lineForItem(item, 'l1');
			expect(line.amountCents).toBe(item.lowCents);
			expect(rangeChoice(line, item.amountCents)).toBe('low');
			expect(effectLineSchema.safeParse(line).success).toBe(true);
		}
		const plain = defaultPriceList.find((item) => item.lowCents === null)!;
		expect(lineForItem(plain, 'l2').amountCents).toBe(plain.amountCents);
	});
});
