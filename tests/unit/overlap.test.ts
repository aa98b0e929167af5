import { describe, expect, it } from 'vitest';
import { evaluate } from '$lib/domain/evaluation';
import { proposalSchema, type Proposal } from '$lib/domain/schemas/proposal';

const line = (id: string, amountCents: number, extra: Record<string, unknown> = {}) => ({
	id,
	priceItemId: null,
	name: `Regel ${id}`,
	unit: 'per gezin per jaar',
	amountCents,
	priceYear: 2024,
	count: { kind: 'direct', persons: 3 },
	chance: 'likely',
	contribution: 'certain',
	recurrence: 'yearly',
	costHolder: 'Gemeente - jeugd',
	...extra
});

const draft = (lines: unknown[]): Proposal =>
	proposalSchema.parse({
		id: 'p',
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		lines
	});

describe('double counting', () => {
	it('two lines marked as overlapping count once: the larger one', () => {
		const apart = draft([line('a', 500_000), line('b', 200_000), line('c', 100_000)]);
		const marked = draft([
			line('a', 500_000),
			line('b', 200_000, { overlapsWith: 'a' }),
			line('c', 100_000)
		]);
		const withoutB = draft([line('a', 500_000), line('c', 100_000)]);
		const result = evaluate(marked);
		expect(result.total).toBe(evaluate(withoutB).total);
		expect(result.total).toBeLessThan(evaluate(apart).total);
		expect(result.overlapped).toEqual([1]);
		// The line still shows what it would save; it is only not counted again.
		expect(result.lines[1]!.overHorizon).toBe(evaluate(apart).lines[1]!.overHorizon);
		expect(result.perCostHolder).toEqual(evaluate(withoutB).perCostHolder);
	});

	it('overlaps chain into one group; the marked line may be the larger one', () => {
		const result = evaluate(
			draft([
				line('a', 100_000, { overlapsWith: 'b' }),
				line('b', 300_000),
				line('c', 200_000, { overlapsWith: 'a' })
			])
		);
		expect(result.overlapped).toEqual([0, 2]);
		expect(result.total).toBe(evaluate(draft([line('b', 300_000)])).total);
	});

	it('an overlap with a line that is gone, or with itself, is refused by the schema and changes nothing', () => {
		const base = draft([line('a', 100_000)]);
		const plain = evaluate(base);
		const parsed = (overlapsWith: string) =>
			proposalSchema.safeParse({ ...base, lines: [line('a', 100_000, { overlapsWith })] });
		const rules = (overlapsWith: string) =>
			parsed(overlapsWith).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
		expect(rules('weg')).toEqual([['lines.0.overlapsWith', 'unknownLine']]);
		expect(rules('a')).toEqual([['lines.0.overlapsWith', 'overlapsItself']]);
		// The evaluation is a total function: handed such a record anyway, it counts the line.
		const unchecked = (overlapsWith: string): Proposal => ({
			...base,
			lines: [{ ...base.lines[0]!, overlapsWith }]
		});
		expect(evaluate(unchecked('weg')).total).toBe(plain.total);
		expect(evaluate(unchecked('a')).total).toBe(plain.total);
	});
});
