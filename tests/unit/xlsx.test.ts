/**
 * Issue 22, point 2: the Excel workbooks, read back with an independent reader (ExcelJS): numbers
 * are numbers, euro amounts carry a euro format, and every figure equals the evaluation's to the
 * cent; one sheet for the summary, one for the lines, one per cost holder.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { compareProposals, portfolioOf } from '$lib/domain/comparison';
import { evaluate } from '$lib/domain/evaluation';
import { readExchangeFile } from '$lib/domain/exchange/import-file';
import { sheetNames, xlsxFile } from '$lib/domain/exchange/xlsx';
import {
	comparisonWorkbook,
	overviewWorkbook,
	proposalWorkbook
} from '$lib/domain/exchange/xlsx-export';
import { overviewRows } from '$lib/domain/cases/overview-csv';
import { yearOverview } from '$lib/domain/cases/year-overview';
import { fraction, roundFraction, type Fraction } from '$lib/domain/fraction';
import { exactToCents } from '$lib/domain/money';
import { priceItemResolver } from '$lib/domain/price-list/resolve';
import { defaultSettings } from '$lib/domain/schemas/settings-defaults';
import type { Proposal } from '$lib/domain/schemas/proposal';
import { compareText } from '$lib/i18n/compare';
import { casesText } from '$lib/i18n/cases';
import { nl } from '$lib/i18n/nl';
import { workbookText } from '$lib/i18n/workbook';
import { described, line } from './case-fixtures';

const fixtures = ['schuldenspreekuur', 'jongerenwerk', 'maatjes-tien-regels'].map((name) => {
	const text = readFileSync(`tests/fixtures/proposals/${name}.json`, 'utf8');
	const read = readExchangeFile(text, text.length);
	if (!read.ok) throw new Error(name);
	return read.drafts[0]!.proposal;
});
const labels = { ...nl.csv, recurrence: nl.recurrence, kind: nl.kinds, ...workbookText };
const EURO_FORMAT = '"€" #,##0.00;"€" -#,##0.00';

async function read(bytes: Uint8Array) {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	return book;
}
/** Euros as a number rounded to the cent, from an exact amount or fraction. */
const euros = (value: bigint | Fraction) =>
	Number(
		typeof value === 'bigint'
			? exactToCents(value)
			: roundFraction({
					numerator: value.numerator * 100n,
					denominator: value.denominator * 10n ** 10n
				})
	) / 100;
/** The row whose first cell is `label`, in a sheet. */
const rowOf = (sheet: ExcelJS.Worksheet, label: string) => {
	let found: ExcelJS.Row | undefined;
	sheet.eachRow((row) => {
		if (row.getCell(1).value === label) found = row;
	});
	if (!found) throw new Error(`no row ${label} in ${sheet.name}`);
	return found;
};

describe('a proposal as an Excel workbook', () => {
	it('has a summary, the lines and a sheet per cost holder, each figure to the cent', async () => {
		for (const proposal of fixtures) {
			const result = evaluate(proposal);
			const book = await read(xlsxFile(proposalWorkbook(proposal, result, labels)));
			expect(book.worksheets.map((sheet) => sheet.name)).toEqual(
				sheetNames([
					'Samenvatting',
					'Kostenposten',
					...result.perCostHolder.map((h) => h.costHolder)
				])
			);
			const summary = book.getWorksheet('Samenvatting')!;
			const total = rowOf(summary, 'Totaal vermeden kosten (EUR)').getCell(2);
			expect(total.value).toBe(euros(result.total));
			expect(total.numFmt).toBe(EURO_FORMAT);
			expect(rowOf(summary, 'Veiligheidsmarge (%)').getCell(2).value).toBe(
				proposal.settings.safetyPercent
			);
			const lines = book.getWorksheet('Kostenposten')!;
			expect(lines.rowCount).toBe(proposal.lines.length + 1);
			proposal.lines.forEach((each, index) => {
				const row = lines.getRow(index + 2);
				expect(row.getCell(2).value).toBe(each.name);
				// Over the horizon: the column after the weighted saving.
				const header = lines.getRow(1).values as string[];
				const column = header.indexOf('Over de looptijd, na veiligheidsmarge (EUR)');
				expect(row.getCell(column).value).toBe(euros(result.lines[index]!.overHorizon));
			});
			for (const holder of result.perCostHolder) {
				const sheet = book.getWorksheet(sheetNames([holder.costHolder])[0]!)!;
				expect(rowOf(sheet, 'Totaal').getCell(3).value).toBe(euros(holder.total));
				expect(rowOf(sheet, 'Totaal').getCell(3).numFmt).toBe(EURO_FORMAT);
			}
		}
	});

	it('splits a line over its holders exactly as the result does', async () => {
		const split: Proposal = {
			...fixtures[0]!,
			lines: fixtures[0]!.lines.map((each, index) =>
				index === 0
					? {
							...each,
							split: [
								{ costHolder: 'Gemeente - volwassenen', amountCents: 100_000 },
								{ costHolder: 'Zorgverzekeraar', amountCents: 50_000 }
							]
						}
					: each
			)
		};
		const result = evaluate(split);
		const book = await read(xlsxFile(proposalWorkbook(split, result, labels)));
		const insurer = book.getWorksheet('Zorgverzekeraar')!;
		// A third of line 1's saving lands with the insurer.
		expect(insurer.getRow(3).getCell(3).value).toBe(
			euros(fraction(result.lines[0]!.overHorizon, 3n))
		);
	});

	it('keeps text as text: a formula typed as a title is not run', async () => {
		const proposal = { ...fixtures[0]!, title: '=HYPERLINK("http://x","klik")' };
		const book = await read(xlsxFile(proposalWorkbook(proposal, evaluate(proposal), labels)));
		expect(book.getWorksheet('Samenvatting')!.getCell('A1').value).toBe(proposal.title);
	});

	it('names sheets as Excel allows: 31 characters, no \\ / ? * [ ] :, unique', () => {
		expect(sheetNames(['Gemeente: jeugd [WMO]', 'a'.repeat(40), 'A'.repeat(40), ''])).toEqual([
			'Gemeente- jeugd -WMO-',
			'a'.repeat(31),
			`${'A'.repeat(27)} (2)`,
			'Blad'
		]);
	});
});

describe('the comparison and a year overview as Excel workbooks', () => {
	it('the comparison: the portfolio, a row per proposal, per holder each proposal’s part', async () => {
		const comparison = compareProposals(fixtures, null, priceItemResolver([]));
		const portfolio = portfolioOf(comparison);
		const book = await read(
			xlsxFile(
				comparisonWorkbook(comparison, portfolio, {
					...compareText,
					header: compareText.csvHeader,
					holderColumn: compareText.csvHolder,
					flag: () => '',
					priceLevel: compareText.csvPriceLevel,
					status: (status) => nl.status[status],
					verdict: () => '',
					total: compareText.csvTotal,
					...workbookText,
					holderHeader: nl.csv.holderHeader,
					yearHeader: nl.csv.yearHeader,
					year: nl.csv.year,
					untitled: nl.drafts.untitled
				})
			)
		);
		const summary = book.getWorksheet('Samenvatting')!;
		expect(rowOf(summary, workbookText.portfolioTotal).getCell(2).value).toBe(
			euros(portfolio.total)
		);
		const proposals = book.getWorksheet('Voorstellen')!;
		expect(proposals.rowCount).toBe(2 + fixtures.length + 1);
		for (const holder of portfolio.perHolder) {
			const sheet = book.getWorksheet(sheetNames([holder.costHolder])[0]!)!;
			expect(rowOf(sheet, 'Totaal').getCell(2).value).toBe(euros(holder.total));
		}
	});

	it('a year overview: per unit, the year’s lines and per holder', async () => {
		const cases = [
			described('c1', 'Buurtcoach', 2, [line({ id: 'a', amountCents: 687_000 })]),
			described('c2', 'Jongerenwerk', 3, [
				line({ id: 'b', amountCents: 2_678_000, recurrence: 'oneOff', costHolder: 'Politie' })
			])
		];
		const year = { year: 2025, subsidyCents: 10_000_000, settings: defaultSettings, unitFte: {} };
		const overview = yearOverview(cases, year, 'Jaaroverzicht 2025');
		const summary = overviewRows(overview, {
			...nl.csv,
			title: 'Jaaroverzicht 2025',
			unitHeader: casesText.overview.unitHeader,
			allUnits: casesText.overview.allUnits,
			matrixCorner: casesText.overview.matrixCorner,
			level: nl.levels
		});
		const book = await read(
			xlsxFile(overviewWorkbook(summary, overview.proposal, overview.extrapolated, labels))
		);
		expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
			'Samenvatting',
			'Kostenposten',
			'Gemeente - volwassenen',
			'Politie'
		]);
		const units = book.getWorksheet('Samenvatting')!;
		expect(rowOf(units, 'Buurtcoach').getCell(8).value).toBe(
			euros(overview.units[0]!.extrapolated.total)
		);
		expect(rowOf(units, 'Totaal vermeden kosten (EUR)').getCell(2).value).toBe(
			euros(overview.extrapolated.total)
		);
	});
});
