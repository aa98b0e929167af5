import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareProposals, portfolioOf } from '$lib/domain/comparison';
import { readExchangeFile } from '$lib/domain/exchange/import-file';
import { addFractions, fraction } from '$lib/domain/fraction';
import { priceItemResolver } from '$lib/domain/price-list/resolve';
import { evaluate } from '$lib/domain/evaluation';
import { proposalSchema, type Proposal } from '$lib/domain/schemas/proposal';
import { comparisonCsv } from '$lib/domain/exchange/csv-export';
import { formatPerEuro } from '$lib/i18n/format';
import { summaryFacts } from '$lib/domain/summary';
import type { PriceItem } from '$lib/domain/price-list/price-item';
import { nl } from '$lib/i18n/nl';
import { compareText } from '$lib/i18n/compare';

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

describe('what a policy officer reads per proposal (issue 19)', () => {
	const hand = (extra: Record<string, unknown>) =>
		proposalSchema.parse({
			id: 'p',
			title: 'Spreekuur',
			createdAt: '2026-01-01T00:00:00.000Z',
			updatedAt: '2026-01-01T00:00:00.000Z',
			subsidyCents: 100_000,
			settings: { safetyPercent: 100, repeatYears: 0 },
			lines: [
				// 100% x 100% x € 1.500 x 1 for the municipality, € 500 for the housing corporation.
				{
					id: 'g',
					priceItemId: null,
					name: 'Schuldhulp',
					unit: 'per traject',
					amountCents: 150_000,
					priceYear: 2026,
					count: { kind: 'direct', persons: 1 },
					chance: 'certain',
					contribution: 'certain',
					recurrence: 'oneOff',
					costHolder: 'Gemeente - volwassenen',
					justification: 'Zo vaak gezien.'
				},
				{
					id: 'w',
					priceItemId: null,
					name: 'Huisuitzetting',
					unit: 'per zaak',
					amountCents: 50_000,
					priceYear: 2026,
					count: { kind: 'direct', persons: 1 },
					chance: 'certain',
					contribution: 'certain',
					recurrence: 'oneOff',
					costHolder: 'Woningcorporatie'
				}
			],
			...extra
		});

	it('names what lands with the municipality per euro of subsidy, and lines without a rationale', () => {
		const result = evaluate(hand({}));
		// € 1.500 of € 2.000 lands with the municipality, against € 1.000 subsidy: € 1,50 per euro.
		expect(result.municipalityPerEuro).toEqual(fraction(3n, 2n));
		expect(formatPerEuro(result.municipalityPerEuro!)).toBe('€\u00a01,50');
		expect(result.withoutRationale).toEqual(['w']);
		expect(evaluate(hand({ subsidyCents: null })).municipalityPerEuro).toBeNull();
		expect(evaluate(hand({ subsidyCents: 0 })).municipalityPerEuro).toBeNull();
	});

	it('the summary to paste names the main line and the first caveat a reviewer would raise', () => {
		const proposal = hand({});
		const facts = summaryFacts(proposal, evaluate(proposal), find);
		expect(facts.lineCount).toBe(2);
		expect(facts.mainLine).toEqual({ name: 'Schuldhulp', share: fraction(3n, 4n) });
		// A line without its rationale comes first; with every rationale, the dominant line.
		expect(facts.caveat).toEqual({ code: 'withoutRationale', count: 1 });
		proposal.lines[1]!.justification = 'Eén zaak per jaar, gezien in 2025.';
		expect(summaryFacts(proposal, evaluate(proposal), find).caveat).toEqual({
			code: 'gradeC',
			share: fraction(1n)
		});
		// Priced from a published (grade B) source: the line giving 75% is the caveat.
		for (const line of proposal.lines) line.priceItemId = `item-${line.id}`;
		const gradeB = () => ({ grade: 'B' }) as PriceItem;
		expect(summaryFacts(proposal, evaluate(proposal), gradeB).caveat).toEqual({
			code: 'dominantLine',
			name: 'Schuldhulp',
			share: fraction(3n, 4n)
		});
	});

	it('the comparison CSV carries status, verdict, remarks and a portfolio total row', () => {
		const reviewed = hand({
			status: 'reviewed',
			verdict: 'incomplete',
			verdictReason: 'Onderbouw de huisuitzetting.',
			reviewerRemarks: 'Goed begin.',
			id: 'q',
			title: 'Tweede'
		});
		reviewed.lines[1]!.reviewerRemark = 'Waarom één?';
		const csv = comparisonCsv(compareProposals([hand({}), reviewed], null, find), {
			header: compareText.csvHeader,
			holderColumn: compareText.csvHolder,
			flag: () => '',
			priceLevel: compareText.csvPriceLevel,
			status: (status) => nl.status[status],
			verdict: (verdict) => (verdict ? nl.verdicts[verdict] : ''),
			total: compareText.csvTotal
		});
		const rows = csv
			.slice(1)
			.trimEnd()
			.split('\r\n')
			.map((row) => row.split(';'));
		const column = (name: string) => rows[1]!.indexOf(name);
		const [first, second, total] = rows.slice(2);
		expect(second![column('Status')]).toBe('Beoordeeld');
		expect(second![column('Oordeel')]).toBe('Aanvullen');
		expect(second![column('Reden van het oordeel')]).toBe('Onderbouw de huisuitzetting.');
		expect(second![column('Opmerkingen van de beoordelaar (aantal)')]).toBe('2');
		expect(first![column('Oordeel')]).toBe('');
		expect(first![column('Bij de gemeente per euro subsidie (EUR)')]).toBe('1,50');
		expect(first![column('Kostenposten zonder onderbouwing')]).toBe('1');
		expect(total![0]).toBe('Totaal portefeuille');
		expect(total![column('Subsidie (EUR)')]).toBe('2000,00');
		expect(total![column('Totaal over de looptijd (EUR)')]).toBe('4000,00');
		expect(total![column('Bij de gemeente (EUR)')]).toBe('3000,00');
		expect(total![column('Verhouding tot de subsidie (%)')]).toBe('200');
		expect(total![column('Opmerkingen van de beoordelaar (aantal)')]).toBe('2');
		expect(total![column('Gemeente - volwassenen (EUR)')]).toBe('3000,00');
	});
});
