/** The valid files the fuzz suite mutates: real exports of varied drafts and own price lists. */
import { readFileSync } from 'node:fs';
import { buildExchangeFile, exchangeFileText } from '$lib/domain/exchange/export-file';
import { lineForItem } from '$lib/domain/line-edits';
import { defaultPriceList } from '$lib/domain/price-list/default-price-list';
import { priceListColumns } from '$lib/domain/price-list/from-csv';
import { PRICE_LIST_FORMAT } from '$lib/domain/price-list/list-file';
import type { PriceItem } from '$lib/domain/price-list/price-item';
import { priceItemResolver } from '$lib/domain/price-list/resolve';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import type { EffectLine } from '$lib/domain/schemas/effect-line';

const now = new Date('2026-11-22T10:00:00Z');
const withSplit = defaultPriceList.find((item) => item.split)!;
const withRange = defaultPriceList.find(
	(item) => item.lowCents !== null && item.highCents !== null
)!;

function lineFor(item: PriceItem, id: string, patch: Partial<EffectLine> = {}): EffectLine {
	return {
		...lineForItem(item, id),
		count: { kind: 'direct', persons: 3 },
		chance: 'maybe',
		contribution: 'likely',
		justification: 'Uit het gesprek met de wijkagent; zie bijlage.',
		...patch
	};
}

const ownItem: PriceItem = {
	...defaultPriceList[0]!,
	id: 'eigen-maaltijd',
	name: 'Maaltijdservice (eigen schatting)',
	amountCents: 125_050,
	lowCents: null,
	highCents: null,
	split: null,
	source: null,
	grade: 'C',
	note: 'Eigen berekening van het buurtteam',
	custom: true
};

function richProposal(): Proposal {
	return {
		...emptyProposal('rijk-voorstel', now),
		title: 'Schuldenspreekuur in de wijkbibliotheek – Brouwhuis',
		organisation: 'LEVgroep',
		orgUnit: 'Sociaal raadsliedenwerk',
		neighbourhoods: ['Brouwhuis', "'t Hout"],
		targetGroup: 'Huishoudens met beginnende betalingsachterstanden',
		targetGroupSize: 120,
		description: 'Elke week een inloopspreekuur; "geïsoleerde" bewoners worden thuis bezocht.',
		problemAndGoal: 'Schulden vroeg zien.',
		referenceSituation: 'Zonder spreekuur komen mensen pas bij de deurwaarder.',
		lifeDomains: ['Rondkomen'],
		periodStart: '2027-01-01',
		periodEnd: '2027-12-31',
		subsidyCents: 4_850_050,
		settings: { safetyPercent: 80, repeatYears: 3 },
		priceIndexYear: 2024,
		priceList: { id: 'standaard', name: 'Standaard', version: '1' },
		customItems: [ownItem],
		lines: [
			lineFor(withSplit, 'r1'),
			lineFor(withRange, 'r-2', {
				count: { kind: 'share', groupSize: 120, sharePercent: 15 },
				chance: 70,
				contribution: 'certain'
			}),
			lineFor(ownItem, 'r3', { recurrence: 'oneOff', chance: null })
		],
		author: 'A. de Vries',
		status: 'submitted'
	};
}

/** A workshop's draft: ranges, an overlap, unpriced effects, marks, arrows and parties. */
function arenaProposal(): Proposal {
	const rich = richProposal();
	return {
		...rich,
		id: 'arena-voorstel',
		subsidyYear: 2027,
		lines: [
			{
				...rich.lines[0]!,
				countRange: { low: 2, high: 5 },
				chanceRange: { low: 'maybe', high: 'likely' }
			},
			{
				...rich.lines[1]!,
				overlapsWith: 'r1',
				contributionRange: { low: 'likely', high: 'certain' }
			},
			{ ...rich.lines[2]!, amountCents: -50_000, lowCents: null, highCents: null }
		],
		arena: {
			investors: [{ id: 'fonds', name: 'Oranje Fonds', amountCents: 500_000 }],
			effects: [{ id: 'rust', description: 'Meer rust in de straat' }],
			unintended: ['r3'],
			indirect: ['rust'],
			links: [
				{ effectId: 'rust', party: 'Buren' },
				{ effectId: 'r1', party: 'Woningcorporatie' }
			],
			parties: ['Buren']
		}
	};
}

export function exchangeBases(): { name: string; text: string }[] {
	const find = priceItemResolver([]);
	const rich = richProposal();
	const small = { ...emptyProposal('klein', now), title: 'Maatje', subsidyCents: 0 };
	return [
		{ name: 'valid.json', text: readFileSync('tests/fixtures/import/valid.json', 'utf8') },
		{ name: 'version-1.json', text: readFileSync('tests/fixtures/import/version-1.json', 'utf8') },
		{ name: 'rich', text: exchangeFileText(buildExchangeFile([rich], find, now)) },
		{ name: 'several', text: exchangeFileText(buildExchangeFile([rich, small], find, now)) },
		{
			name: 'ranges and arena',
			text: exchangeFileText(buildExchangeFile([arenaProposal()], find, now))
		}
	];
}

const cell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const euros = (cents: number) => (cents / 100).toFixed(2);

/** A price list in the CSV columns of the default list (as a municipality would save it). */
export function priceListCsv(items: readonly PriceItem[]): string {
	const rows = items.map((item) =>
		[
			item.id,
			item.name,
			item.description,
			item.unit,
			euros(item.amountCents),
			item.lowCents === null ? '' : euros(item.lowCents),
			item.highCents === null ? '' : euros(item.highCents),
			String(item.priceYear),
			item.costHolder,
			(item.split ?? []).map((part) => `${part.costHolder}=${euros(part.amountCents)}`).join('|'),
			item.recurrence === 'yearly' ? 'jaarlijks' : 'eenmalig',
			item.domain,
			{ cost: 'kosten', transfer: 'overdracht', intangible: 'immaterieel' }[item.kind],
			item.source?.title ?? '',
			item.source?.year === null || item.source?.year === undefined ? '' : String(item.source.year),
			item.source?.link ?? '',
			item.grade,
			item.note
		]
			.map(cell)
			.join(',')
	);
	return [priceListColumns.join(','), ...rows].join('\r\n');
}

export function priceListBases(): { name: string; text: string; kind: 'csv' | 'json' }[] {
	const items = defaultPriceList.slice(0, 40);
	return [
		{ name: 'csv', kind: 'csv', text: priceListCsv(items) },
		{
			name: 'json',
			kind: 'json',
			text: JSON.stringify({
				format: PRICE_LIST_FORMAT,
				version: 1,
				name: 'Gemeente Helmond',
				listVersion: '2026-1',
				items
			})
		}
	];
}
