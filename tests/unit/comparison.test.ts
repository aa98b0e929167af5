import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareProposals, portfolioOf } from '$lib/domain/comparison';
import { readExchangeFile } from '$lib/domain/exchange/import-file';
import { addFractions, fraction } from '$lib/domain/fraction';
import { priceItemResolver } from '$lib/domain/price-list/resolve';
import { evaluate } from '$lib/domain/evaluation';
import type { Proposal } from '$lib/domain/schemas/proposal';

const fixtures = ['schuldenspreekuur', 'jongerenwerk', 'maatjes-tien-regels'].map((name) => {
	const text = readFileSync(`tests/fixtures/proposals/${name}.json`, 'utf8');
	const read = readExchangeFile(text, text.length);
	if (!read.ok) throw new Error(name);
	return read.drafts[0]!.proposal;
});
const find = priceItemResolver([]);
const codes = (proposal: Proposal) =>
	compareProposals([proposal], null, find).rows[0]!.flags.map((flag) => flag.code);

describe('comparing proposals', () => {
	it('shows every proposal with the figures of its own calculation', () => {
		const comparison = compareProposals(fixtures, null, find);
		comparison.rows.forEach((row, index) => {
			const own = evaluate(fixtures[index]!);
			expect(row.result.total).toBe(own.total);
			expect(row.result.subsidy).toEqual(own.subsidy);
			expect(row.result.yearOne).toBe(own.years[0]);
			expect(row.result.perCostHolder).toEqual(own.perCostHolder);
		});
		expect(comparison.holders).toEqual(
			expect.arrayContaining(['Gemeente - volwassenen', 'Politie', 'Zorgkantoor (Wlz)'])
		);
	});

	it('compares at one price level: each proposal as if it chose that level itself', () => {
		const comparison = compareProposals(fixtures, 2025, find);
		comparison.rows.forEach((row, index) => {
			const own = evaluate({ ...fixtures[index]!, priceIndexYear: 2025 });
			expect(row.result.total).toBe(own.total);
		});
		expect(comparison.rows[2]!.result.total).toBeGreaterThan(evaluate(fixtures[2]!).total);
	});

	it('the portfolio is the sum of the chosen proposals, per holder and per year', () => {
		const comparison = compareProposals(fixtures, null, find);
		const portfolio = portfolioOf(comparison);
		expect(portfolio.total).toBe(comparison.rows.reduce((sum, row) => sum + row.result.total, 0n));
		for (const holder of portfolio.perHolder) {
			const expected = comparison.rows
				.flatMap((row) => row.result.perCostHolder)
				.filter((entry) => entry.costHolder === holder.costHolder)
				.reduce((sum, entry) => addFractions(sum, entry.total), fraction(0n));
			expect(holder.total).toEqual(expected);
		}
		expect(portfolio.perYear.reduce((sum, year) => sum + year, 0n)).toBe(portfolio.total);
		expect(portfolio.subsidies).toBe(
			fixtures.reduce((sum, proposal) => sum + BigInt(proposal.subsidyCents!) * 100_000_000n, 0n)
		);
	});
});

describe('flags for what a reviewer should question', () => {
	const base = fixtures[0]!;
	it('names mixed price years, grade-C prices and a line that supplies more than half', () => {
		expect(codes(base)).toEqual(['gradeC', 'mixedYears']);
		const lopsided: Proposal = {
			...base,
			lines: base.lines.map((line, index) =>
				index === 0 ? { ...line, count: { kind: 'direct', persons: 100 } } : line
			)
		};
		const flags = compareProposals([lopsided], null, find).rows[0]!.flags;
		expect(flags).toContainEqual(
			expect.objectContaining({ code: 'dominantLine', name: base.lines[0]!.name })
		);
	});

	it('names custom percentages, changed settings and counts above the target group', () => {
		const changed: Proposal = {
			...base,
			settings: { safetyPercent: 100, repeatYears: 4 },
			targetGroupSize: 5,
			lines: base.lines.map((line, index) => (index === 0 ? { ...line, chance: 55 } : line))
		};
		expect(codes(changed)).toEqual(
			expect.arrayContaining(['customPercent', 'settingsChanged', 'countAboveTargetGroup'])
		);
		expect(codes(base)).not.toContain('settingsChanged');
	});

	it('flags a ratio above 10 : 1, not one at 2.4 : 1', () => {
		const small: Proposal = { ...base, subsidyCents: 100 };
		expect(codes(small)).toContain('ratioAboveReference');
		expect(codes(base)).not.toContain('ratioAboveReference');
	});
});
