import { describe, expect, it } from 'vitest';
import { emptyCustomItemInput } from '$lib/domain/custom-item';
import { readCustomItem } from '$lib/domain/custom-item-reader';
import { formatEuros } from '$lib/i18n/format';
import { diffPriceLists } from '$lib/domain/price-list/compare';
import { defaultPriceList } from '$lib/domain/price-list/default-price-list';
import { priceListFromCsv, priceListColumns } from '$lib/domain/price-list/from-csv';
import { cpiSeries, indexCents } from '$lib/domain/price-list/indexation';
import { readPriceListFile } from '$lib/domain/price-list/list-file';
import {
	filterPriceItems,
	noFilter,
	normalizeForSearch,
	searchPriceItems
} from '$lib/domain/price-list/search';
import { applyPriceUpdates, priceUpdates } from '$lib/domain/price-list/updates';
import { helmondPreset } from '$lib/domain/presets/helmond';
import { evaluate } from '$lib/domain/evaluation';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';

const holders = helmondPreset.costHolders;
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('searching the price list', () => {
	it('finds debt help ("schuldhulp") from "schuld"', () => {
		expect(ids(searchPriceItems(defaultPriceList, 'schuld'))).toEqual(
			expect.arrayContaining(['schuld-afsluiting-regeling', 'beschermingsbewind'])
		);
	});

	it('finds youth items from "Jeugd" (case-insensitive, also by domain)', () => {
		const found = searchPriceItems(defaultPriceList, 'Jeugd');
		expect(ids(found)).toEqual(
			expect.arrayContaining(['jeugdhulp-ambulant', 'escalatie-gezin-top'])
		);
		expect(
			found.every((item) =>
				`${item.name} ${item.description} ${item.domain}`.toLowerCase().includes('jeugd')
			)
		).toBe(true);
	});

	it('ignores accents and needs every word', () => {
		const found = searchPriceItems(defaultPriceList, 'ZIEKENHÚIS dag');
		expect(ids(found)).toEqual(
			expect.arrayContaining(['ziekenhuisdag', 'dagbehandeling-ziekenhuis'])
		);
		expect(searchPriceItems(defaultPriceList, 'schuld politie')).toEqual([]);
	});

	it('finds items by the words welfare workers use', () => {
		expect(ids(searchPriceItems(defaultPriceList, 'ontruiming')).slice(0, 2).sort()).toEqual([
			'huisuitzetting',
			'huisuitzetting-directe-kosten'
		]);
		const debt = ids(searchPriceItems(defaultPriceList, 'schuldhulp'));
		expect(debt.slice(0, 2).sort()).toEqual([
			'schuld-afsluiting-regeling',
			'schuldhulpverlening-schuldgeval'
		]);
		expect(ids(searchPriceItems(defaultPriceList, 'eenzaamheid'))).toContain('sociale-activering');
		expect(ids(searchPriceItems(defaultPriceList, 'jeugdzorg'))).toContain('jeugdhulp-ambulant');
	});

	it('ranks a hit in the name above one in the description only', () => {
		const found = searchPriceItems(defaultPriceList, 'verpleeghuis');
		const inName = (item: (typeof found)[number]) =>
			normalizeForSearch(item.name).includes('verpleeghuis');
		const firstDescriptionOnly = found.findIndex((item) => !inName(item));
		expect(found.slice(0, Math.max(firstDescriptionOnly, 1)).every(inName)).toBe(true);
		if (firstDescriptionOnly >= 0)
			expect(found.slice(firstDescriptionOnly).some(inName)).toBe(false);
	});
});

describe('indexing to a later price year', () => {
	it('equals the compound CPI product, rounded once to the cent', () => {
		// 54,750 from 2019 to 2024: x 1.013 x 1.027 x 1.100 x 1.038 x 1.033
		const product = [1.013, 1.027, 1.1, 1.038, 1.033].reduce((a, b) => a * b, 1);
		const result = indexCents(5_475_000, 2019, 2024);
		expect(result).toEqual({
			kind: 'indexed',
			cents: Math.round(5_475_000 * product),
			fromYear: 2019,
			toYear: 2024
		});
		// Exact: 5,475,000 x 1013 x 1027 x 1100 x 1038 x 1033 / 1000^5 = 6,718,222.34 cents
		expect(result.cents).toBe(6_718_222);
		expect(formatEuros(BigInt(result.cents) * 100_000_000n)).toBe('€\u00A067.182');
	});

	it('rounds half a cent away from zero', () => {
		// 50 cents x 1.010 = 50.5 cents -> 51
		expect(indexCents(50, 2020, 2021, { 2021: 10 }).cents).toBe(51);
	});

	it('does not index backwards or past the CPI series', () => {
		expect(indexCents(100, 2026, 2024)).toEqual({
			kind: 'notIndexed',
			cents: 100,
			reason: 'laterPriceYear'
		});
		expect(indexCents(100, 2024, 2027)).toEqual({
			kind: 'notIndexed',
			cents: 100,
			reason: 'noCpi'
		});
		expect(indexCents(100, 2024, 2024)).toEqual({ kind: 'same', cents: 100 });
		expect(cpiSeries[2022]).toBe(100);
	});
});

describe('loading a price list from CSV', () => {
	const header = priceListColumns.join(',');
	const row = (overrides: Record<string, string>) =>
		priceListColumns
			.map(
				(column) =>
					(<Record<string, string>>{
						id: 'x',
						naam: 'Post',
						bedrag: '100',
						prijsjaar: '2024',
						kostenhouder: 'Politie',
						herhaling: 'eenmalig',
						soort: 'kosten',
						bron: 'Bron',
						betrouwbaarheid: 'B',
						...overrides
					})[column] ?? ''
			)
			.join(',');

	it('refuses a missing column, naming it', () => {
		const result = priceListFromCsv(header.replace(',bedrag', '') + '\n', holders);
		expect(result).toEqual({
			ok: false,
			problems: [{ code: 'missingColumn', line: null, column: 'bedrag', value: '' }]
		});
	});

	it('refuses a text amount and an unknown holder, naming row and column', () => {
		const csv = [
			header,
			row({ id: 'a' }),
			row({ id: 'b', bedrag: 'twintig' }),
			row({ id: 'c', kostenhouder: 'Marsbewoners' })
		].join('\n');
		const result = priceListFromCsv(csv, holders);
		if (result.ok || !('problems' in result)) throw new Error('expected problems');
		expect(result.problems).toEqual([
			{ code: 'notAnAmount', line: 3, column: 'bedrag', value: 'twintig' },
			{ code: 'unknownHolder', line: 4, column: 'kostenhouder', value: 'Marsbewoners' }
		]);
	});

	it('reads a valid list and previews what changes against the current one', async () => {
		const csv = [
			header,
			row({
				id: 'verpleeghuiszorg',
				naam: 'Verpleeghuiszorg',
				bedrag: '60000.50',
				kostenhouder: 'Zorgkantoor (Wlz)'
			}),
			row({ id: 'nieuw' })
		].join('\r\n');
		const result = await readPriceListFile(`\uFEFF${csv}`, csv.length, holders);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const diff = diffPriceLists(defaultPriceList, result.items);
		expect(ids(diff.added)).toEqual(['nieuw']);
		expect(
			diff.changed.map((change) => [change.before.amountCents, change.after.amountCents])
		).toEqual([[5_475_000, 6_000_050]]);
		expect(diff.removed).toHaveLength(defaultPriceList.length - 1);
	});

	it('refuses a JSON list that is not a Baatwijzer price list', async () => {
		expect(await readPriceListFile('{"format":"iets"}', 20, holders)).toEqual({
			ok: false,
			kind: 'otherFormat'
		});
		expect(await readPriceListFile('{kapot', 6, holders)).toEqual({
			ok: false,
			kind: 'unreadable'
		});
	});
});

describe('a changed price list and an existing draft', () => {
	const item = defaultPriceList.find((candidate) => candidate.id === 'verpleeghuiszorg')!;
	const draft: Proposal = {
		...emptyProposal('d', new Date('2026-11-22T10:00:00Z')),
		subsidyCents: 1_000_000,
		lines: [
			{
				id: 'l1',
				priceItemId: item.id,
				name: item.name,
				unit: item.unit,
				amountCents: item.amountCents,
				priceYear: item.priceYear,
				kind: item.kind,
				lowCents: null,
				highCents: null,
				count: { kind: 'direct', persons: 1 },
				chance: 'maybe',
				contribution: 'likely',
				recurrence: 'yearly',
				costHolder: item.costHolder,
				justification: '',
				reviewerRemark: ''
			}
		]
	};
	const newer = [{ ...item, amountCents: 6_000_000, priceYear: 2025 }];

	it('keeps the draft’s numbers until the user applies the new prices', () => {
		const before = evaluate(draft);
		expect(priceUpdates(draft, newer)).toEqual([
			{
				lineId: 'l1',
				name: item.name,
				before: { amountCents: 5_475_000, priceYear: 2019, costHolder: 'Zorgkantoor (Wlz)' },
				after: { amountCents: 6_000_000, priceYear: 2025, costHolder: 'Zorgkantoor (Wlz)' }
			}
		]);
		expect(evaluate(draft)).toEqual(before);
		const applied = applyPriceUpdates(draft, newer, { id: 'eigen', name: 'Eigen', version: '2' });
		expect(priceUpdates(applied, newer)).toEqual([]);
		expect(evaluate(applied).total).toBeGreaterThan(before.total);
		expect(applied.priceList?.version).toBe('2');
	});

	it('indexes the draft’s amounts only when it chooses an index year', () => {
		const indexed = evaluate({ ...draft, priceIndexYear: 2024 });
		// 6,718,222 cents x 1 person (100 hundredths) x 35 % x 70 % x 90 % x 3 years
		expect(indexed.total).toBe(6_718_222n * 100n * 35n * 70n * 90n * 3n);
	});
});

describe('custom items', () => {
	it('refuses an item without a source or a reason, and accepts one with either', () => {
		const input = {
			...emptyCustomItemInput('Politie'),
			name: 'Inzet wijkagent',
			amount: '85,50',
			priceYear: '2025'
		};
		expect(readCustomItem(input, 'custom-1')).toEqual({
			ok: false,
			problems: [{ field: 'sourceTitle', code: 'sourceOrReason' }]
		});
		const sourced = readCustomItem(
			{ ...input, sourceTitle: 'Politie Helmond, tarievenlijst', sourceYear: '2025' },
			'custom-1'
		);
		expect(sourced).toMatchObject({
			ok: true,
			item: { amountCents: 8550, custom: true, source: { year: 2025 } }
		});
		const reasoned = readCustomItem(
			{ ...input, noSourceReason: 'Eigen registratie, niet gepubliceerd' },
			'custom-2'
		);
		expect(reasoned).toMatchObject({
			ok: true,
			item: { source: null, note: 'Eigen registratie, niet gepubliceerd' }
		});
	});

	it('names every missing or bad field', () => {
		const result = readCustomItem(
			{ ...emptyCustomItemInput(''), unit: '', amount: 'veel', priceYear: '24' },
			'c'
		);
		expect(
			result.ok ? [] : result.problems.map((problem) => `${problem.field}:${problem.code}`)
		).toEqual([
			'name:required',
			'unit:required',
			'amount:euros',
			'priceYear:year',
			'costHolder:required',
			'sourceTitle:sourceOrReason'
		]);
	});
});

describe('filtering the price list page', () => {
	it('filters by domain, holder (also in a split), grade and kind, and sorts by amount', () => {
		const transfers = filterPriceItems(defaultPriceList, { ...noFilter, kind: 'transfer' });
		expect(ids(transfers)).toEqual(
			expect.arrayContaining(['armoedevoorziening', 'bijstand-alleenstaande', 'wia-uitkering'])
		);
		expect(transfers.every((item) => item.kind === 'transfer')).toBe(true);
		expect(transfers.length).toBe(defaultPriceList.filter((i) => i.kind === 'transfer').length);
		const zvw = filterPriceItems(defaultPriceList, { ...noFilter, costHolder: 'Zorgverzekeraar' });
		expect(ids(zvw)).toEqual(expect.arrayContaining(['huisartsconsult', 'escalatie-gezin-top']));
		const gradeA = filterPriceItems(defaultPriceList, {
			...noFilter,
			grade: 'A',
			sort: 'amountDown'
		});
		const largestA = Math.max(
			...defaultPriceList.filter((i) => i.grade === 'A').map((i) => i.amountCents)
		);
		expect(gradeA[0]!.amountCents).toBe(largestA);
		expect(gradeA.every((item) => item.grade === 'A')).toBe(true);
		expect(
			gradeA.every(
				(item, index) => index === 0 || gradeA[index - 1]!.amountCents >= item.amountCents
			)
		).toBe(true);
		const jeugd = filterPriceItems(defaultPriceList, {
			...noFilter,
			domain: 'Jeugd',
			sort: 'amountUp'
		});
		expect(ids(jeugd)).toEqual(
			expect.arrayContaining(['jeugdhulp-ambulant', 'escalatie-gezin-top'])
		);
		expect(jeugd.every((item) => item.domain === 'Jeugd')).toBe(true);
		expect(jeugd.length).toBe(defaultPriceList.filter((i) => i.domain === 'Jeugd').length);
		expect(
			jeugd.every((item, index) => index === 0 || jeugd[index - 1]!.amountCents <= item.amountCents)
		).toBe(true);
	});
});
