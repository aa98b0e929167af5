import { readFileSync, writeFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { evaluate } from '$lib/domain/evaluation';
import { proposalCsv, csvCell } from '$lib/domain/exchange/csv-export';
import {
	buildExchangeFile,
	exchangeFileName,
	exchangeFileText
} from '$lib/domain/exchange/export-file';
import { exchangeFileJsonSchema } from '$lib/domain/exchange/file-format';
import { readExchangeFile } from '$lib/domain/exchange/import-file';
import { findPriceItem } from '$lib/domain/price-list/default-price-list';
import { emptyProposal, proposalSchema, type Proposal } from '$lib/domain/schemas/proposal';
import { nl } from '$lib/i18n/nl';
import { countArb, holderArb, levelOrPercentArb, PROPERTY_TIMEOUT } from './arbitraries';

const now = new Date('2026-11-22T10:00:00Z');
const textArb = fc.string({ maxLength: 40, unit: 'grapheme' });

const lineArb = fc.record({
	id: fc.uuid(),
	priceItemId: fc.constantFrom(null, 'verpleeghuiszorg', 'escalatie-gezin-top', 'huisartsconsult'),
	name: fc.string({ minLength: 1, maxLength: 30 }).filter((name) => name.trim() !== ''),
	unit: textArb,
	amountCents: fc.integer({ min: 0, max: 1_000_000_000 }),
	priceYear: fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: null }),
	kind: fc.constantFrom('cost' as const, 'transfer' as const, 'intangible' as const),
	lowCents: fc.constant(null),
	highCents: fc.constant(null),
	count: countArb,
	chance: fc.option(levelOrPercentArb, { nil: null }),
	contribution: fc.option(levelOrPercentArb, { nil: null }),
	recurrence: fc.constantFrom('oneOff' as const, 'yearly' as const),
	costHolder: holderArb,
	justification: textArb,
	reviewerRemark: textArb
});

const proposalArb: fc.Arbitrary<Proposal> = fc
	.record({
		id: fc.uuid(),
		title: textArb,
		description: textArb,
		subsidyCents: fc.option(fc.integer({ min: 0, max: 1_000_000_000 }), { nil: null }),
		targetGroupSize: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
		neighbourhoods: fc.subarray(['Brouwhuis', 'Binnenstad', "'t Hout"]),
		lines: fc.array(lineArb, { maxLength: 6 }),
		settings: fc.record({
			safetyPercent: fc.integer({ min: 0, max: 100 }),
			repeatYears: fc.integer({ min: 0, max: 10 })
		}),
		status: fc.constantFrom('draft' as const, 'submitted' as const, 'reviewed' as const)
	})
	.map((fields) => proposalSchema.parse({ ...emptyProposal(fields.id, now), ...fields }));

describe('exchange files', () => {
	test.prop([fc.array(proposalArb, { minLength: 1, maxLength: 4 })])(
		'export then import gives back every draft and the same results exactly',
		(proposals) => {
			const text = exchangeFileText(buildExchangeFile(proposals, findPriceItem, now));
			const result = readExchangeFile(text, new TextEncoder().encode(text).length);
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			expect(result.drafts.map((draft) => draft.proposal)).toEqual(proposals);
			for (const [index, draft] of result.drafts.entries()) {
				expect(evaluate(draft.proposal)).toEqual(evaluate(proposals[index]!));
			}
		},
		PROPERTY_TIMEOUT
	);

	it('records the price items the lines used, with their amounts, years and sources', () => {
		const proposal = readExchangeFile(readFileSync('tests/fixtures/import/valid.json', 'utf8'), 1);
		if (!proposal.ok) throw new Error('fixture');
		const file = buildExchangeFile([proposal.drafts[0]!.proposal], findPriceItem, now);
		expect(file.drafts[0]!.priceItems).toEqual([findPriceItem('verpleeghuiszorg')]);
		expect(file.drafts[0]!.priceItems[0]!.source?.title).toMatch(/Good2Consult/);
	});

	it('names files after the draft and the date', () => {
		const proposal = { ...emptyProposal('x', now), title: 'Financiën op orde!' };
		expect(exchangeFileName([proposal], now)).toBe('baatwijzer-financien-op-orde-2026-11-22.json');
		expect(exchangeFileName([proposal, proposal], now, 'csv')).toBe(
			'baatwijzer-2-voorstellen-2026-11-22.csv'
		);
	});

	it('publishes the current JSON Schema in static/ (UPDATE_SCHEMA=1 rewrites it)', () => {
		const path = 'static/baatwijzer-voorstellen.schema.json';
		const expected = `${JSON.stringify(exchangeFileJsonSchema(), null, 2)}\n`;
		if (process.env.UPDATE_SCHEMA) writeFileSync(path, expected);
		expect(readFileSync(path, 'utf8')).toBe(expected);
	});
});

describe('CSV for Dutch Excel', () => {
	const labels = { ...nl.csv, recurrence: nl.recurrence, kind: nl.kinds };

	it('guards text cells against formulas, keeps negative numbers numbers, quotes per RFC 4180', () => {
		expect(csvCell({ text: '=SUM(A1:A2)' })).toBe("'=SUM(A1:A2)");
		expect(csvCell({ text: '+31 6' })).toBe("'+31 6");
		expect(csvCell({ text: '@cmd' })).toBe("'@cmd");
		expect(csvCell({ text: '-5' })).toBe("'-5");
		expect(csvCell({ text: 'a;b' })).toBe('"a;b"');
		expect(csvCell({ text: 'zei "ja"' })).toBe('"zei ""ja"""');
		expect(csvCell({ text: 'regel\nnieuw' })).toBe('"regel\nnieuw"');
		expect(csvCell({ number: '-3600,00' })).toBe('-3600,00');
	});

	it('writes lines, holders and years with BOM, CRLF, semicolons and decimal commas', () => {
		const fixture = readExchangeFile(readFileSync('tests/fixtures/import/valid.json', 'utf8'), 1);
		if (!fixture.ok) throw new Error('fixture');
		const proposal = fixture.drafts[0]!.proposal;
		const csv = proposalCsv(proposal, evaluate(proposal), labels);
		expect(csv.startsWith('\uFEFFMaatje voor moeder\r\n')).toBe(true);
		expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
		const rows = csv.slice(1).split('\r\n');
		expect(rows[1]!.split(';')).toEqual(labels.lineHeader);
		expect(rows[2]!.split(';').slice(0, 14)).toEqual([
			'1',
			'Verpleeghuiszorg (opname voorkomen of uitgesteld)',
			'verpleeghuiszorg',
			'Kosten',
			'Zorgkantoor (Wlz)',
			'54750,00',
			'per persoon per jaar',
			'2019',
			'1',
			'35',
			'70',
			'Jaarlijks',
			'13413,75',
			'36217,13'
		]);
		expect(rows).toContain('Zorgkantoor (Wlz);36217,13');
		expect(rows).toContain('Totaal vermeden kosten (EUR);36217,13');
		expect(rows).toContain('Vermeden kosten als percentage van de subsidie (%);362,17');
	});
});
