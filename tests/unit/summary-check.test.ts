/**
 * Issue 24: the overview lists its first cards before zod has loaded, through a hand-written check
 * of a stored summary. It must accept exactly what the schema accepts and give the same object.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftSummarySchema } from '$lib/domain/schemas/draft-summary';
import { readDraftSummary } from '$lib/domain/summary-check';

const odd = fc.oneof(
	fc.constant(undefined),
	fc.constant(null),
	fc.string({ maxLength: 3 }),
	fc.string({ minLength: 99, maxLength: 1002 }),
	fc.integer(),
	fc.integer({ min: -2, max: 2 }),
	fc.double(),
	fc.constant(Number.MAX_SAFE_INTEGER + 2),
	fc.boolean(),
	fc.constant([]),
	fc.constant({})
);
const valid = fc.record(
	{
		id: fc.string({ maxLength: 100 }),
		writeId: fc.string({ maxLength: 100 }),
		title: fc.string({ maxLength: 50 }),
		titleKey: fc.string({ maxLength: 50 }),
		organisation: fc.string({ maxLength: 50 }),
		author: fc.string({ maxLength: 50 }),
		status: fc.constantFrom('draft', 'submitted', 'reviewed'),
		updatedAt: fc.string({ maxLength: 40 }),
		total: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
		lineCount: fc.nat(),
		subsidyCents: fc.option(fc.integer()),
		ratio: fc.option(
			fc.record({
				numerator: fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(String),
				denominator: fc.bigInt({ min: 1n, max: 10n ** 20n }).map(String)
			})
		),
		verdict: fc.option(fc.constantFrom('positive', 'negative', 'incomplete')),
		handIn: fc.option(
			fc.record({
				number: fc.integer({ min: 1, max: 99 }),
				organisation: fc.string({ maxLength: 60 })
			})
		),
		extra: fc.string()
	},
	{
		requiredKeys: [
			'id',
			'title',
			'titleKey',
			'organisation',
			'author',
			'status',
			'updatedAt',
			'total',
			'lineCount',
			'subsidyCents',
			'ratio',
			'verdict',
			'handIn'
		]
	}
);
/** A valid summary with one field replaced by something odd (or removed). */
const damaged = fc
	.tuple(
		valid,
		fc.constantFrom(...Object.keys(draftSummarySchema.shape), 'ratio.numerator', 'handIn.number'),
		odd
	)
	.map(([summary, key, value]) => {
		const copy = structuredClone(summary) as Record<string, unknown>;
		const [outer, inner] = key.split('.');
		if (inner && copy[outer!] && typeof copy[outer!] === 'object')
			(copy[outer!] as Record<string, unknown>)[inner] = value;
		else copy[outer!] = value;
		return copy;
	});

const bySchema = (raw: unknown) => {
	const parsed = draftSummarySchema.safeParse(raw);
	return parsed.success ? parsed.data : null;
};

describe('a stored summary checked without zod', () => {
	it('accepts what the schema accepts and returns the same object', () => {
		fc.assert(
			fc.property(valid, (summary) => {
				expect(readDraftSummary(summary)).toEqual(bySchema(summary));
				expect(readDraftSummary(summary)).not.toBeNull();
			}),
			{ numRuns: 500 }
		);
	});

	it('refuses what the schema refuses', () => {
		fc.assert(
			fc.property(fc.oneof(damaged, odd), (raw) => {
				expect(readDraftSummary(raw)).toEqual(bySchema(raw));
			}),
			{ numRuns: 2000 }
		);
	});
});
