/**
 * Issue 21: described cases from a CSV file, one row per avoided service. A file with a problem
 * stores nothing and names the row and the column; a good file gives cases whose overview the
 * overview CSV writes for Dutch Excel.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casesFromCsv } from '$lib/domain/cases/cases-csv';
import { overviewCsv } from '$lib/domain/cases/overview-csv';
import { yearOverview } from '$lib/domain/cases/year-overview';
import { defaultPriceList } from '$lib/domain/price-list/default-price-list';

const findItem = (key: string) =>
	defaultPriceList.find((item) => item.id === key || item.name.toLowerCase() === key.toLowerCase());
let counter = 0;
const newId = () => `id-${++counter}`;
const now = new Date('2026-01-10T09:00:00Z');

const header =
	'casus;onderdeel;datum;beschrijving;vermenigvuldiger;prijspost;aantal;kans;bijdrage;herhaling;kostenhouder';

describe('cases from a CSV file', () => {
	it('reads rows into cases: rows with the same casus are one case', () => {
		const read = casesFromCsv(
			[
				header,
				'1;Buurtcoach;14-3-2025;Oudere vrouw alleen, vrijwilliger komt langs;2;dagopvang-sociale-activering;;Zeker;Zeker;;',
				'1;Buurtcoach;14-3-2025;;2;Jeugd- en opvoedhulp, ambulant zonder verblijf;1;misschien;70%;eenmalig;',
				'2;Jongerenwerk;2025-05-01;Hanggroep;1;hanggroep-aanpak;3;Waarschijnlijk;35;;Gemeente - ruimte'
			].join('\r\n'),
			findItem,
			now,
			newId
		);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.cases.map((one) => [one.unit, one.date, one.multiplier, one.lines.length])).toEqual(
			[
				['Buurtcoach', '2025-03-14', 2, 2],
				['Jongerenwerk', '2025-05-01', 1, 1]
			]
		);
		const [first, second] = read.cases;
		expect(first!.lines[1]).toMatchObject({
			chance: 'maybe',
			contribution: 70,
			recurrence: 'oneOff',
			amountCents: 725_000,
			count: { kind: 'direct', persons: 1 }
		});
		expect(second!.lines[0]).toMatchObject({
			count: { persons: 3 },
			costHolder: 'Gemeente - ruimte'
		});

		const csv = overviewCsv(
			yearOverview(
				read.cases,
				{
					year: 2025,
					subsidyCents: null,
					settings: { safetyPercent: 90, repeatYears: 2 },
					unitFte: { Buurtcoach: 450 }
				},
				'Jaaroverzicht 2025'
			),
			{
				title: 'Jaaroverzicht 2025',
				unitHeader: [
					'Onderdeel',
					'Casussen',
					'Per jaar',
					'Eenmalig',
					'Jaarlijks',
					'Eenmalig x',
					'Jaarlijks x',
					'Totaal',
					'fte'
				],
				allUnits: 'Alle onderdelen',
				matrixCorner: 'Kans \\ bijdrage',
				level: { maybe: 'Misschien', likely: 'Waarschijnlijk', certain: 'Zeker' },
				holderHeader: ['Kostenhouder', 'Over de looptijd (EUR)'],
				yearHeader: ['Jaar', 'Bedrag (EUR)'],
				year: (n) => `Jaar ${n}`,
				total: 'Totaal',
				subsidy: 'Subsidie',
				net: 'Netto',
				ratio: 'Verhouding',
				safety: 'Veiligheidsmarge',
				repeatYears: 'Herhalingsjaren'
			}
		);
		const rows = csv.slice(1).split('\r\n');
		// Buurtcoach: 6,870.00 a year and 35 % x 70 % x 7,250.00 = 1,776.25 once, each seen twice:
		// 90 % x (3,552.50 + 3 x 13,740.00) = 40,295.25.
		expect(rows[2]).toBe('Buurtcoach;1;2;1776,25;6870,00;3552,50;13740,00;40295,25;4,5');
		// Jongerenwerk: 70 % x 35 % x 26,780.00 x 3 = 19,683.30 once; x 90 % = 17,714.97.
		expect(rows[3]).toBe('Jongerenwerk;1;1;19683,30;0,00;19683,30;0,00;17714,97;');
	});

	it('stores nothing from a file with a broken row, and names each row and column', () => {
		const read = casesFromCsv(
			[
				header,
				'1;Buurtcoach;2025-03-14;;2;dagopvang-sociale-activering;;Zeker;Zeker;;',
				'2;Buurtcoach;2025-02-30;;0;bestaat-niet;twee;vaak;Zeker;soms;',
				'1;Opbouwwerk;2025-03-14;;2;dagopvang-sociale-activering;;Zeker;Zeker;;'
			].join('\n'),
			findItem,
			now,
			newId
		);
		expect(read.ok).toBe(false);
		if (read.ok || !('problems' in read)) return;
		expect(read.problems.map((p) => [p.line, p.column, p.code])).toEqual([
			[3, 'datum', 'notADate'],
			[3, 'vermenigvuldiger', 'multiplierRange'],
			[3, 'prijspost', 'unknownItem'],
			[3, 'aantal', 'notAWholeNumber'],
			[3, 'kans', 'notALevel'],
			[3, 'herhaling', 'unknownValue'],
			[4, 'onderdeel', 'differsInCase']
		]);
	});

	it('names a missing column and an empty file', () => {
		const missing = casesFromCsv(
			'casus;onderdeel;datum\n1;Buurtcoach;2025-01-01',
			findItem,
			now,
			newId
		);
		expect(!missing.ok && missing.problems.map((p) => p.column)).toEqual([
			'vermenigvuldiger',
			'prijspost',
			'kans',
			'bijdrage'
		]);
		const empty = casesFromCsv(`${header}\n;;;;;;;;;;\n`, findItem, now, newId);
		expect(!empty.ok && empty.problems.map((p) => p.code)).toEqual(['empty']);
	});
});

describe('the template file offered on the cases page', () => {
	it('reads as two cases, the study’s two worked lines', () => {
		const read = casesFromCsv(
			readFileSync('static/casussen-sjabloon.csv', 'utf8'),
			findItem,
			now,
			newId
		);
		expect(
			read.ok && read.cases.map((one) => [one.unit, one.multiplier, one.lines[0]!.name])
		).toEqual([
			['Steunpunt Mantelzorg', 3, findItem('verpleeghuiszorg')!.name],
			['Buurtcoach', 2, findItem('dagopvang-sociale-activering')!.name]
		]);
	});
});
