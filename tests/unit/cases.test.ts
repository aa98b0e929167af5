/**
 * Issue 21: described cases times their multiplier, summed into a year's overview by the one
 * evaluation. Exact: the overview of N cases is the sum of N single-case overviews, per unit, per
 * cost holder and per chance and contribution level; the study's worked lines give the figures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStoredCase, storedCase, CURRENT_CASE_VERSION } from '$lib/domain/cases/case-record';
import { yearOverview, type YearSettings } from '$lib/domain/cases/year-overview';
import { addFractions, fraction, type Fraction } from '$lib/domain/fraction';
import { levels } from '$lib/domain/levels';
import { centsToExact } from '$lib/domain/money';
import { describedCaseSchema } from '$lib/domain/schemas/described-case';
import { described, line } from './case-fixtures';
import { lineArb, PROPERTY_TIMEOUT } from './arbitraries';

const year: YearSettings = {
	year: 2025,
	subsidyCents: 229_000_000,
	settings: { safetyPercent: 90, repeatYears: 2 },
	unitFte: {}
};

// DOMAIN.md's two worked lines from the study, as cases.
const carer = described('c1', 'Steunpunt Mantelzorg', 3, [
	line({ id: 'l1', amountCents: 5_475_000, chance: 'maybe', contribution: 'likely' })
]);
const visits = described('c2', 'Buurtcoach', 2, [
	line({ id: 'l1', amountCents: 687_000, costHolder: 'Zorgverzekeraar' })
]);

describe('a year overview of described cases', () => {
	it('multiplies each case by its multiplier, per unit and in total, with 90 % and two repeat years', () => {
		const overview = yearOverview([carer, visits], year, 'Jaaroverzicht 2025');
		// 35 % x 70 % x 54,750.00 = 13,413.75 a year, seen 3 times; 6,870.00 a year, seen twice.
		const carerYearly = centsToExact(1_341_375 * 3);
		const visitsYearly = centsToExact(687_000 * 2);
		expect(overview.extrapolated.yearly).toBe(carerYearly + visitsYearly);
		expect(overview.extrapolated.oneOff).toBe(0n);
		// Total over three years at 90 %: 0.9 x 3 x (40,241.25 + 13,740.00) = 145,749.375 euro.
		expect(overview.extrapolated.total).toBe(centsToExact(14_574_937) + centsToExact(1) / 2n);
		expect(overview.described.yearly).toBe(centsToExact(1_341_375 + 687_000));
		expect(overview.units.map((unit) => [unit.unit, unit.cases, unit.extrapolatedCases])).toEqual([
			['Buurtcoach', 1, 2],
			['Steunpunt Mantelzorg', 1, 3]
		]);
		expect(overview.units[1]!.extrapolated.yearly).toBe(carerYearly);
		// Against the year's subsidy of 2,290,000.00 euro; per unit no subsidy is assumed.
		expect(overview.extrapolated.subsidy?.subsidy).toBe(centsToExact(229_000_000));
		// Maybe x likely for the carer, certain x certain for the visits.
		expect(overview.extrapolated.matrix.maybe.likely).toBe((carerYearly * 3n * 9n) / 10n);
		expect(overview.extrapolated.matrix.certain.certain).toBe((visitsYearly * 3n * 9n) / 10n);
	});

	it('counts only the cases of its year', () => {
		const later = described('c3', 'Buurtcoach', 5, visits.lines, '2026-01-02');
		const overview = yearOverview([carer, visits, later], year, '');
		expect(overview.units.find((unit) => unit.unit === 'Buurtcoach')!.cases).toBe(1);
	});

	const caseArb = fc.record({
		unit: fc.constantFrom('Buurtcoach', 'Jongerenwerk', 'Opbouwwerk'),
		multiplier: fc.integer({ min: 1, max: 5 }),
		lines: fc.array(lineArb, { minLength: 1, maxLength: 4 })
	});

	it(
		'is the sum of its cases, each overviewed alone, per unit, holder and level',
		() => {
			fc.assert(
				fc.property(fc.array(caseArb, { minLength: 1, maxLength: 8 }), (drawn) => {
					const cases = drawn.map(({ unit, multiplier, lines }, index) =>
						described(
							`case-${index}`,
							unit,
							multiplier,
							lines.map((drawnLine, at) => line({ ...drawnLine, id: `line-${at}` }))
						)
					);
					const all = yearOverview(cases, year, '');
					const single = cases.map((one) => yearOverview([one], year, ''));
					const sum = (pick: (overview: (typeof single)[number]) => bigint) =>
						single.reduce((total, overview) => total + pick(overview), 0n);
					expect(all.extrapolated.total).toBe(sum((o) => o.extrapolated.total));
					expect(all.extrapolated.oneOff).toBe(sum((o) => o.extrapolated.oneOff));
					expect(all.extrapolated.yearly).toBe(sum((o) => o.extrapolated.yearly));
					expect(all.described.oneOff).toBe(sum((o) => o.described.oneOff));
					expect(all.described.yearly).toBe(sum((o) => o.described.yearly));
					// Counted once, a case saves its extrapolated figures divided by its multiplier.
					cases.forEach((one, index) =>
						expect(single[index]!.described.yearly * BigInt(one.multiplier)).toBe(
							single[index]!.extrapolated.yearly
						)
					);
					for (const a of levels)
						for (const b of levels)
							expect(all.extrapolated.matrix[a][b]).toBe(sum((o) => o.extrapolated.matrix[a][b]));
					// Per cost holder: the same exact fractions (a/b = c/d when a*d = c*b).
					const holders = (overviews: (typeof single)[number][]) => {
						const per = new Map<string, Fraction>();
						for (const overview of overviews)
							for (const holder of overview.extrapolated.perCostHolder)
								per.set(
									holder.costHolder,
									addFractions(per.get(holder.costHolder) ?? fraction(0n), holder.total)
								);
						return per;
					};
					const together = holders([all]);
					const apart = holders(single);
					expect([...together.keys()].sort()).toEqual([...apart.keys()].sort());
					for (const [holder, total] of together) {
						const other = apart.get(holder)!;
						expect(total.numerator * other.denominator).toBe(other.numerator * total.denominator);
					}
					const units = all.units.reduce((total, unit) => total + unit.extrapolated.total, 0n);
					expect(units).toBe(all.extrapolated.total);
				}),
				{ numRuns: 150 }
			);
		},
		PROPERTY_TIMEOUT
	);
});

describe('a stored case is read through its one chain', () => {
	it('reads what it stored, and keeps year and unit those of the case', () => {
		const read = readStoredCase(structuredClone({ ...storedCase(carer), year: 1999 }));
		expect(read).toMatchObject({ ok: true, value: { year: 2025, unit: 'Steunpunt Mantelzorg' } });
	});

	it('refuses a case of a newer shape and reports a broken one', () => {
		const record = storedCase(carer);
		expect(readStoredCase({ ...record, caseVersion: CURRENT_CASE_VERSION + 1 })).toEqual({
			ok: false,
			reason: 'newerVersion'
		});
		const broken = readStoredCase({ ...record, case: { ...record.case, multiplier: 0 } });
		expect(broken.ok).toBe(false);
		expect(!broken.ok && broken.reason === 'invalid' && broken.issues[0]!.path).toEqual([
			'case',
			'multiplier'
		]);
	});

	it('asks for a real date, a multiplier of at least 1 and at least one avoided service', () => {
		const issues = describedCaseSchema
			.safeParse({ ...carer, date: '2025-02-30', multiplier: 0, lines: [] })
			.error!.issues.map((issue) => issue.path.join('.'));
		expect(issues.sort()).toEqual(['date', 'lines', 'multiplier']);
	});
});
