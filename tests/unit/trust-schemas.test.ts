/**
 * Issue 8, points 4, 5, 7, 9 and 10: what every path into the app refuses, and how it says so.
 * Each case here was accepted (or crashed, or was miscounted) before the schemas were tightened.
 */
import { describe, expect, it } from 'vitest';
import { issueMessage, problemSummary } from '$lib/components/drafts/import-messages';
import { evaluate } from '$lib/domain/evaluation';
import { emptyCustomItemInput } from '$lib/domain/custom-item';
import { readCustomItem } from '$lib/domain/custom-item-reader';
import { buildExchangeFile, exchangeFileText } from '$lib/domain/exchange/export-file';
import { readExchangeFile } from '$lib/domain/exchange/import-file';
import { defaultPriceList } from '$lib/domain/price-list/default-price-list';
import { priceListColumns, priceListFromCsv } from '$lib/domain/price-list/from-csv';
import { decodeFileBytes, readPriceListFile } from '$lib/domain/price-list/list-file';
import type { PriceItem } from '$lib/domain/price-list/price-item';
import { priceItemResolver } from '$lib/domain/price-list/resolve';
import { helmondPreset } from '$lib/domain/presets/helmond';
import { emptyProposal, proposalSchema, type Proposal } from '$lib/domain/schemas/proposal';
import type { EffectLine } from '$lib/domain/schemas/effect-line';

const now = new Date('2026-11-22T10:00:00Z');
const holders = helmondPreset.costHolders;
const item = (id: string) => defaultPriceList.find((candidate) => candidate.id === id)!;

function line(id: string, patch: Partial<EffectLine> = {}): EffectLine {
	return {
		id,
		priceItemId: 'verpleeghuiszorg',
		name: 'Verpleeghuiszorg',
		unit: 'per persoon per jaar',
		amountCents: 5_475_000,
		priceYear: 2019,
		kind: 'cost',
		count: { kind: 'direct', persons: 1 },
		lowCents: null,
		highCents: null,
		chance: 'maybe',
		contribution: 'likely',
		recurrence: 'yearly',
		costHolder: 'Zorgkantoor (Wlz)',
		justification: '',
		reviewerRemark: '',
		...patch
	};
}

function draft(patch: Partial<Proposal> = {}): Proposal {
	return { ...emptyProposal('d1', now), title: 'Maatjes', subsidyCents: 1_000_000, ...patch };
}

function fileOf(...proposals: unknown[]): string {
	return JSON.stringify({
		format: 'baatwijzer-voorstellen',
		version: 2,
		exportedAt: now.toISOString(),
		drafts: proposals.map((proposal) => ({ proposal, priceItems: [] }))
	});
}

function refusal(text: string): string[] {
	const result = readExchangeFile(text, text.length);
	if (result.ok) throw new Error('the file was accepted');
	return result.reason === 'invalid' ? result.issues.map(issueMessage) : [problemSummary(result)];
}

const csvRow = (cells: Partial<Record<(typeof priceListColumns)[number], string>>) =>
	priceListColumns
		.map((column) => {
			const value =
				cells[column] ??
				{
					id: 'x',
					naam: 'Post',
					bedrag: '100',
					prijsjaar: '2024',
					kostenhouder: 'Politie',
					herhaling: 'eenmalig',
					soort: 'kosten',
					bron: 'Bron',
					betrouwbaarheid: 'B'
				}[column as string] ??
				'';
			return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
		})
		.join(',');
const csvOf = (...rows: Parameters<typeof csvRow>[0][]) =>
	[priceListColumns.join(','), ...rows.map(csvRow)].join('\n');

describe('duplicates are refused wherever they come in (point 4)', () => {
	it('two lines with one id', () => {
		expect(refusal(fileOf(draft({ lines: [line('a'), line('a')] })))).toEqual([
			'voorstel 1 › regel 2 › id: komt twee keer voor: elke id moet uniek zijn'
		]);
	});

	it('two drafts with one id in a file', () => {
		expect(refusal(fileOf(draft(), draft({ title: 'Ander' })))).toEqual([
			'voorstel 2 › id: komt twee keer voor: elke id moet uniek zijn'
		]);
	});

	it('an own item with a default item’s id, or two own items with one id', () => {
		const own = { ...item('verpleeghuiszorg'), custom: true };
		expect(refusal(fileOf(draft({ customItems: [own] })))).toEqual([
			'voorstel 1 › eigen post 1 › id: is al de id van een post in de standaardprijslijst'
		]);
		const mine = { ...own, id: 'eigen-1' };
		expect(refusal(fileOf(draft({ customItems: [mine, mine] })))).toEqual([
			'voorstel 1 › eigen post 2 › id: komt twee keer voor: elke id moet uniek zijn'
		]);
	});

	it('a split that names one cost holder twice, in a line and in an own CSV list', () => {
		const split = [
			{ costHolder: 'Politie', amountCents: 2_737_500 },
			{ costHolder: 'Politie', amountCents: 2_737_500 }
		];
		expect(refusal(fileOf(draft({ lines: [line('a', { split })] })))).toEqual([
			'voorstel 1 › regel 1 › verdeling 2 › kostenhouder: noemt dezelfde kostenhouder twee keer in één verdeling'
		]);
		const result = priceListFromCsv(
			csvOf({ bedrag: '54750', verdeling: 'Politie=27375|Politie=27375' }),
			holders
		);
		expect(result).toEqual({
			ok: false,
			problems: [
				{
					code: 'duplicateHolder',
					line: 2,
					column: 'verdeling',
					value: 'Politie=27375|Politie=27375'
				}
			]
		});
	});

	it('two items with one id in a JSON price list, naming the item', async () => {
		const json = JSON.stringify({
			format: 'baatwijzer-prijslijst',
			version: 1,
			name: 'Eigen',
			listVersion: '1',
			items: [item('verpleeghuiszorg'), item('verpleeghuiszorg')]
		});
		const result = await readPriceListFile(json, json.length, holders);
		if (result.ok || result.kind !== 'json') throw new Error('expected a refusal');
		expect(result.problems.map(issueMessage)).toEqual([
			'post 2 › id: komt twee keer voor: elke id moet uniek zijn'
		]);
	});
});

describe('what the app accepts, it exports and imports back (point 5)', () => {
	it('an own CSV list is held to the item schema: no 60-digit amount, no year 0000', () => {
		const result = priceListFromCsv(
			csvOf(
				{ id: 'a', bedrag: '1'.repeat(60) },
				{ id: 'b', prijsjaar: '0000' },
				{ id: 'c', naam: 'x'.repeat(201) }
			),
			holders
		);
		if (result.ok || !('problems' in result)) throw new Error('expected problems');
		expect(result.problems.map((problem) => [problem.line, problem.column, problem.code])).toEqual([
			[2, 'bedrag', 'tooLarge'],
			[3, 'prijsjaar', 'notAYear'],
			[4, 'naam', 'tooLong']
		]);
	});

	it('a JSON list checks cost holders and split sums as the CSV reader does', async () => {
		const bad: PriceItem = {
			...item('verpleeghuiszorg'),
			costHolder: 'Marsbewoners',
			split: [{ costHolder: 'Politie', amountCents: 1 }]
		};
		const json = JSON.stringify({
			format: 'baatwijzer-prijslijst',
			version: 1,
			name: 'Eigen',
			listVersion: '1',
			items: [bad]
		});
		const result = await readPriceListFile(json, json.length, holders);
		if (result.ok || result.kind !== 'json') throw new Error('expected a refusal');
		expect(result.problems.map(issueMessage)).toEqual([
			'post 1 › verdeling: telt niet op tot het bedrag'
		]);
		const unsplit = JSON.stringify({
			format: 'baatwijzer-prijslijst',
			version: 1,
			name: 'Eigen',
			listVersion: '1',
			items: [{ ...bad, split: null }]
		});
		const second = await readPriceListFile(unsplit, unsplit.length, holders);
		if (second.ok || second.kind !== 'json') throw new Error('expected a refusal');
		expect(second.problems.map(issueMessage)).toEqual([
			'post 1 › kostenhouder: is geen bekende kostenhouder'
		]);
	});

	it('a custom item of 2 billion euro or year 0000 is refused in the form, naming the field', () => {
		const input = {
			...emptyCustomItemInput('Politie'),
			name: 'Eigen',
			amount: '2.000.000.000',
			priceYear: '0000',
			sourceTitle: 'Eigen berekening'
		};
		const result = readCustomItem(input, 'eigen-1');
		expect(result).toEqual({
			ok: false,
			problems: [
				{ field: 'amount', code: 'tooLarge' },
				{ field: 'priceYear', code: 'year' }
			]
		});
	});
});

describe('messages describe what is wrong, in Dutch (point 7)', () => {
	it('a missing field "ontbreekt"; every key of the format has a Dutch name', () => {
		const { title: _dropped, ...withoutTitle } = draft();
		const messages = refusal(
			fileOf({ ...withoutTitle, lines: [{ ...line('a'), unit: undefined }], title: undefined })
		);
		expect(messages).toEqual(['voorstel 1 › regel 1 › eenheid: ontbreekt']);
	});

	it.each([
		[undefined, 'Onbekende bestandsversie: het veld ontbreekt.'],
		[[2], 'Onbekende bestandsversie: een lijst in plaats van een getal.'],
		['x'.repeat(200_000), 'Onbekende bestandsversie: een lange tekst in plaats van een getal.'],
		[99, 'Het bestand is gemaakt met een nieuwere versie van Baatwijzer (bestandsversie 99).']
	])('an odd version (%#) is described safely and briefly', (version, start) => {
		const [message] = refusal(JSON.stringify({ format: 'baatwijzer-voorstellen', version }));
		expect(message!.startsWith(start)).toBe(true);
		expect(message!.length).toBeLessThan(200);
	});

	it('a 100,000-deep array as the version does not crash the message code', () => {
		const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
		const text = `{"format":"baatwijzer-voorstellen","version":${deep}}`;
		expect(refusal(text)).toEqual(['Onbekende bestandsversie: een lijst in plaats van een getal.']);
	});
});

describe('values are real (point 9)', () => {
	it('refuses a date that does not exist', () => {
		expect(refusal(fileOf(draft({ periodStart: '2027-13-45' })))).toEqual([
			'voorstel 1 › startdatum: is geen bestaande datum (JJJJ-MM-DD)'
		]);
		expect(refusal(fileOf(draft({ periodEnd: '2027-02-29' })))).toEqual([
			'voorstel 1 › einddatum: is geen bestaande datum (JJJJ-MM-DD)'
		]);
		expect(proposalSchema.safeParse(draft({ periodEnd: '2028-02-29' })).success).toBe(true);
	});

	it('refuses low above the amount and high below it, on lines and items', () => {
		expect(
			refusal(fileOf(draft({ lines: [line('a', { lowCents: 6_000_000, highCents: 100 })] })))
		).toEqual([
			'voorstel 1 › regel 1 › laag bedrag in centen: is hoger dan het bedrag (laag moet kleiner of gelijk zijn)',
			'voorstel 1 › regel 1 › hoog bedrag in centen: is lager dan het bedrag (hoog moet groter of gelijk zijn)'
		]);
		const result = priceListFromCsv(csvOf({ bedrag: '100', laag: '150' }), holders);
		expect(result).toMatchObject({ ok: false, problems: [{ code: 'lowAboveAmount' }] });
	});

	it('reads a CSV saved by Excel in Windows-1252 as such, never garbled', () => {
		const text = csvOf({ naam: 'Begeleiding geïsoleerde bewoner' });
		const bytes = Uint8Array.from(
			[...text].map((char) => (char === 'ï' ? 0xef : char.charCodeAt(0)))
		);
		const decoded = decodeFileBytes(bytes);
		expect(decoded.encoding).toBe('windows-1252');
		const result = priceListFromCsv(decoded.text, holders);
		expect(result.ok && result.items[0]!.name).toBe('Begeleiding geïsoleerde bewoner');
		expect(decodeFileBytes(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
	});
});

describe('the method (point 10)', () => {
	it('keeps immaterial lines out of the total, ratio, holders and matrix, and shows them apart', () => {
		const qaly = item('qaly');
		const withQaly = draft({
			lines: [
				line('a'),
				line('q', {
					priceItemId: qaly.id,
					amountCents: qaly.amountCents,
					kind: 'intangible',
					costHolder: qaly.costHolder,
					chance: 'certain',
					contribution: 'certain'
				})
			]
		});
		const without = evaluate(draft({ lines: [line('a')] }));
		const result = evaluate(withQaly);
		expect(result.total).toBe(without.total);
		expect(result.subsidy).toEqual(without.subsidy);
		expect(result.perCostHolder).toEqual(without.perCostHolder);
		expect(result.matrix).toEqual(without.matrix);
		expect(result.intangible).toBe(result.lines[1]!.overHorizon);
		expect(result.intangible).toBeGreaterThan(0n);
	});

	it('exports a line from an own list with that list’s item, also when the id is a default id', () => {
		const own: PriceItem = { ...item('verpleeghuiszorg'), amountCents: 6_000_000, priceYear: 2025 };
		const proposal = draft({
			lines: [line('a', { amountCents: 6_000_000, priceYear: 2025 })],
			priceList: { id: 'helmond-2025', name: 'Gemeente Helmond', version: '2025-1' }
		});
		const find = priceItemResolver([{ id: 'helmond-2025', items: [own] }]);
		const file = buildExchangeFile([proposal], find, now);
		expect(file.drafts[0]!.priceItems).toEqual([own]);
		const back = readExchangeFile(exchangeFileText(file), 1);
		expect(back.ok && back.drafts[0]!.priceItems[0]!.amountCents).toBe(6_000_000);
	});
});

describe('every field of the file formats has a Dutch name (point 7)', () => {
	it('names each key of the exchange file and the price-list file', async () => {
		const { z } = await import('zod/mini');
		const { exchangeFileSchema } = await import('$lib/domain/exchange/file-format');
		const { priceListFileSchema } = await import('$lib/domain/price-list/list-file');
		const { fileProblemsText } = await import('$lib/i18n/file-problems');
		const keys = new Set<string>();
		const walk = (node: unknown): void => {
			if (Array.isArray(node)) node.forEach(walk);
			else if (node && typeof node === 'object') {
				const properties = (node as { properties?: Record<string, unknown> }).properties;
				if (properties) Object.keys(properties).forEach((key) => keys.add(key));
				Object.values(node).forEach(walk);
			}
		};
		walk(z.toJSONSchema(exchangeFileSchema, { io: 'input', unrepresentable: 'any' }));
		walk(z.toJSONSchema(priceListFileSchema, { io: 'input', unrepresentable: 'any' }));
		expect(keys.size).toBeGreaterThan(50);
		expect([...keys].filter((key) => !Object.hasOwn(fileProblemsText.pathNames, key))).toEqual([]);
	});
});
