import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { calculate, type CalculationInput } from '$lib/domain/calculation';
import { addFractions, fraction } from '$lib/domain/fraction';
import { levels, toPercent } from '$lib/domain/levels';
import { inputArb, lineArb, settingsArb } from './arbitraries';

function holderTotals(input: CalculationInput): Map<string, string> {
	return new Map(
		calculate(input).perCostHolder.map(({ costHolder, total }) => [
			costHolder,
			`${total.numerator}/${total.denominator}`
		])
	);
}

describe('calculation invariants', () => {
	test.prop([
		lineArb,
		settingsArb,
		fc.constantFrom('chance' as const, 'contribution' as const),
		fc.integer({ min: 0, max: 100 })
	])('raising a level never lowers a saving', (line, settings, which, raisedTo) => {
		const before = calculate({ settings, subsidyCents: null, lines: [line] });
		const higher = Math.max(toPercent(line[which] ?? 0), raisedTo);
		const after = calculate({
			settings,
			subsidyCents: null,
			lines: [{ ...line, [which]: higher }]
		});
		expect(after.lines[0]!.weighted >= before.lines[0]!.weighted).toBe(true);
		expect(after.total >= before.total).toBe(true);
	});

	test.prop([fc.constantFrom(...levels), fc.constantFrom(...levels)])(
		'the three levels are ordered Misschien < Waarschijnlijk < Zeker',
		(a, b) => {
			expect(toPercent(a) < toPercent(b)).toBe(levels.indexOf(a) < levels.indexOf(b));
		}
	);

	test.prop([inputArb, fc.integer({ min: 0, max: 50 })])(
		'savings scale linearly with the number of people',
		(input, factor) => {
			const scaled: CalculationInput = {
				...input,
				lines: input.lines.map((line) => ({
					...line,
					count:
						line.count === null
							? null
							: line.count.kind === 'direct'
								? { kind: 'direct' as const, persons: line.count.persons * factor }
								: { ...line.count, groupSize: line.count.groupSize * factor }
				}))
			};
			const base = calculate(input);
			const result = calculate(scaled);
			expect(result.total).toBe(base.total * BigInt(factor));
			expect(result.lines.map((line) => line.weighted)).toEqual(
				base.lines.map((line) => line.weighted * BigInt(factor))
			);
		}
	);

	test.prop([inputArb])('the cost holders together carry exactly the total', (input) => {
		const result = calculate(input);
		const sum = result.perCostHolder.reduce(
			(acc, { total }) => addFractions(acc, total),
			fraction(0n)
		);
		expect(sum).toEqual(fraction(result.total));
	});

	test.prop([inputArb, fc.infiniteStream(fc.nat())])(
		'the order of the lines does not matter',
		(input, seeds) => {
			const shuffled = [...input.lines];
			for (let i = shuffled.length - 1; i > 0; i--) {
				const j = seeds.next().value % (i + 1);
				[shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
			}
			const a = calculate(input);
			const b = calculate({ ...input, lines: shuffled });
			expect(b.total).toBe(a.total);
			expect(b.years).toEqual(a.years);
			expect(b.matrix).toEqual(a.matrix);
			expect(b.subsidy).toEqual(a.subsidy);
			expect(holderTotals({ ...input, lines: shuffled })).toEqual(holderTotals(input));
		}
	);

	test.prop([inputArb])(
		'safety 100 % and no repeat years give the plain sum of the lines',
		(input) => {
			const result = calculate({ ...input, settings: { safetyPercent: 100, repeatYears: 0 } });
			const plain = result.lines.reduce((sum, line) => sum + line.weighted, 0n);
			expect(result.total).toBe(plain);
			expect(result.years).toEqual([plain]);
		}
	);

	test.prop([inputArb])('the year series adds up to the total', (input) => {
		const result = calculate(input);
		expect(result.years.reduce((sum, year) => sum + year, 0n)).toBe(result.total);
	});

	test.prop([inputArb])('the prevention/intervention matrix adds up to the total', (input) => {
		const result = calculate(input);
		const cells = Object.values(result.matrix).flatMap((row) => Object.values(row));
		expect(cells.reduce((sum, cell) => sum + cell, 0n)).toBe(result.total);
	});

	test.prop([inputArb])('net is the total minus the subsidy', (input) => {
		const result = calculate(input);
		if (input.subsidyCents === null) expect(result.subsidy).toBeNull();
		else expect(result.subsidy!.net).toBe(result.total - BigInt(input.subsidyCents) * 100_000_000n);
	});
});
