/** fast-check generators for effect lines and calculation inputs. */
import fc from 'fast-check';
import type { CalculationInput } from '$lib/domain/calculation';
import { levels } from '$lib/domain/levels';

export const holderArb = fc.constantFrom(
	'Gemeente - volwassenen',
	'Gemeente - jeugd',
	'Politie',
	'Zorgverzekeraar',
	'Rijksoverheid'
);
export const levelOrPercentArb = fc.oneof(
	fc.constantFrom(...levels),
	fc.integer({ min: 0, max: 100 })
);
export const countArb = fc.oneof(
	fc.record({ kind: fc.constant('direct' as const), persons: fc.integer({ min: 0, max: 10_000 }) }),
	fc.record({
		kind: fc.constant('share' as const),
		groupSize: fc.integer({ min: 0, max: 10_000 }),
		sharePercent: fc.integer({ min: 0, max: 100 })
	})
);

type Line = CalculationInput['lines'][number];

export const lineArb: fc.Arbitrary<Line> = fc
	.record({
		amountCents: fc.integer({ min: 0, max: 10_000_000 }),
		count: countArb,
		chance: levelOrPercentArb,
		contribution: levelOrPercentArb,
		recurrence: fc.constantFrom('oneOff' as const, 'yearly' as const),
		costHolder: holderArb,
		splitParts: fc.option(
			fc.array(fc.tuple(holderArb, fc.integer({ min: -500_000, max: 500_000 })), {
				minLength: 1,
				maxLength: 3
			}),
			{ nil: undefined }
		)
	})
	.map(({ splitParts, ...line }) => {
		if (!splitParts || line.amountCents === 0) return line;
		// The last part takes what is left, so the split sums to the amount as the schema requires.
		const given = splitParts
			.slice(0, -1)
			.map(([costHolder, amountCents]) => ({ costHolder, amountCents }));
		const rest = line.amountCents - given.reduce((sum, part) => sum + part.amountCents, 0);
		return { ...line, split: [...given, { costHolder: splitParts.at(-1)![0], amountCents: rest }] };
	});

export const settingsArb = fc.record({
	safetyPercent: fc.integer({ min: 0, max: 100 }),
	repeatYears: fc.integer({ min: 0, max: 10 })
});

export const inputArb: fc.Arbitrary<CalculationInput> = fc.record({
	settings: settingsArb,
	subsidyCents: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: null }),
	lines: fc.array(lineArb, { maxLength: 12 })
});

/**
 * Property tests run hundreds of drawn cases by design: idle they take under half a second, with
 * both cores busy ten times that, past vitest's 5 s default. Their time-out says so.
 */
export const PROPERTY_TIMEOUT = 60_000;
