/**
 * Issue 8, "done when": a seeded fuzz suite. 1,200 malformed exchange files and 320 malformed price
 * lists, each made from a valid export by a named mutation, go through the same readers as a
 * user's file. Counted: accepted-but-invalid (an accepted file whose drafts do not calculate or do
 * not export and import back identically, or a list with an invalid item), crashes, reads over
 * 2 s, stored changes after a refusal, and messages with a raw key or an English word.
 */
import { MemoryTemplateSets } from '$lib/storage/template-sets-repository';
import { MemoryCases } from '$lib/storage/cases-repository';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { issueMessage, problemSummary } from '$lib/components/drafts/import-messages';
import { priceListRefusal } from '$lib/components/price-list/price-list-messages';
import { buildExchangeFile, exchangeFileText } from '$lib/domain/exchange/export-file';
import { readExchangeFile } from '$lib/domain/exchange/import-file';
import { readPriceListFile } from '$lib/domain/price-list/list-file';
import { priceItemSchema } from '$lib/domain/price-list/price-item';
import { helmondPreset } from '$lib/domain/presets/helmond';
import { evaluate } from '$lib/domain/evaluation';
import { emptyProposal } from '$lib/domain/schemas/proposal';
import { BaatwijzerDb } from '$lib/storage/db';
import { DraftsRepository } from '$lib/storage/drafts-repository';
import { PriceListsRepository } from '$lib/storage/price-lists-repository';
import { DraftsOverview } from '$lib/state/drafts-overview.svelte';
import { exchangeBases, priceListBases } from './fuzz/bases';
import { brokenRules } from './fuzz/oracle';
import {
	jsonMutations,
	pick,
	ruleMutations,
	seededRandom,
	textMutations,
	type Mutation,
	type Random
} from './fuzz/mutations';

const EXCHANGE_CASES = 1500;
const PRICE_LIST_CASES = 320;
const HANG_MS = 2000;
const SEED = 20261122;

/** Words that mean a message leaked from code or from zod instead of the dictionary. */
const englishWords =
	/\b(expected|received|invalid|undefined|null|object|array|string|number|boolean|required|missing|unknown|must|should|error|the|input|value|field|nan|true|false)\b/i;
const rawKey = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+_[a-z_]+\b/;

/** A message's own words: what the user's file supplied is quoted, and may say anything. */
function ownWords(message: string): string {
	return message.replace(/"[^"]*"/g, '""');
}

function badMessages(messages: readonly string[]): string[] {
	return messages.filter((message) => {
		const words = ownWords(message);
		return message.trim() === '' || englishWords.test(words) || rawKey.test(words);
	});
}

interface Tally {
	cases: number;
	accepted: number;
	acceptedButInvalid: string[];
	crashes: string[];
	hangs: string[];
	storedOnRefusal: string[];
	badMessages: string[];
	byMutation: Record<string, { accepted: number; refused: number }>;
}

const tally = (): Tally => ({
	cases: 0,
	accepted: 0,
	acceptedButInvalid: [],
	crashes: [],
	hangs: [],
	storedOnRefusal: [],
	badMessages: [],
	byMutation: {}
});

function mutate(text: string, random: Random, pool: readonly Mutation[]): [string, string] {
	const roll = random();
	const json = pool.filter((mutation) => !textMutations.includes(mutation));
	if (roll < 0.6 || json.length === 0) {
		const mutation = pick(random, roll < 0.6 && json.length > 0 ? json : pool);
		return [mutation.apply(text, random), mutation.name];
	}
	if (roll < 0.85) {
		const mutation = pick(random, textMutations);
		return [mutation.apply(text, random), mutation.name];
	}
	const first = pick(
		random,
		json.filter((mutation) => mutation.name !== 'deep nesting' && mutation.name !== 'odd version')
	);
	const second = pick(random, textMutations);
	return [second.apply(first.apply(text, random), random), `${first.name} + ${second.name}`];
}

const freshDb = () => new BaatwijzerDb('fuzz', { indexedDB: new IDBFactory(), IDBKeyRange });
const snapshot = async (db: BaatwijzerDb) =>
	JSON.stringify(
		(await db.drafts.toArray())
			.map(({ writeId: _, ...record }) => record)
			.sort((a, b) => a.id.localeCompare(b.id))
	);

describe('the fuzz suite', () => {
	it(`reads ${EXCHANGE_CASES} malformed exchange files: refused in Dutch, or accepted and sound`, async () => {
		const result = tally();
		const bases = exchangeBases();
		const random = seededRandom(SEED);
		const pool = [...jsonMutations, ...ruleMutations, ...textMutations];
		const now = new Date('2026-11-22T10:00:00Z');
		for (let n = 0; n < EXCHANGE_CASES; n++) {
			const base = pick(random, bases);
			const [text, name] = mutate(base.text, random, pool);
			const label = `#${n} ${base.name}: ${name}`;
			const counts = (result.byMutation[name] ??= { accepted: 0, refused: 0 });
			result.cases++;
			const started = performance.now();
			let read;
			try {
				read = readExchangeFile(text, new TextEncoder().encode(text).length);
			} catch (error) {
				result.crashes.push(`${label}: ${String(error).slice(0, 200)}`);
				continue;
			}
			if (performance.now() - started > HANG_MS) result.hangs.push(label);

			if (read.ok) {
				counts.accepted++;
				result.accepted++;
				const broken = read.drafts.flatMap(brokenRules);
				if (broken.length > 0) result.acceptedButInvalid.push(`${label}: ${broken.join('; ')}`);
				try {
					const proposals = read.drafts.map((draft) => draft.proposal);
					proposals.forEach((proposal) => evaluate(proposal));
					const again = exchangeFileText(
						buildExchangeFile(
							proposals,
							(id, proposal) =>
								read.drafts
									.find((draft) => draft.proposal === proposal)
									?.priceItems.find((item) => item.id === id),
							now
						)
					);
					const back = readExchangeFile(again, again.length);
					// What travels: the drafts, and the items their lines use (a file may carry an
					// item no line refers to; an export writes only the ones in use).
					const used = (drafts: typeof read.drafts) =>
						JSON.stringify(
							drafts.map(({ proposal, priceItems }) => ({
								proposal,
								items: priceItems.filter((item) =>
									proposal.lines.some((line) => line.priceItemId === item.id)
								)
							}))
						);
					if (!back.ok || used(back.drafts) !== used(read.drafts))
						result.acceptedButInvalid.push(label);
				} catch (error) {
					result.acceptedButInvalid.push(`${label}: ${String(error).slice(0, 200)}`);
				}
				continue;
			}
			counts.refused++;
			try {
				const messages = [
					problemSummary(read),
					...(read.reason === 'invalid' ? read.issues.map(issueMessage) : [])
				];
				result.badMessages.push(...badMessages(messages).map((message) => `${label}: ${message}`));
			} catch (error) {
				result.crashes.push(`${label} (messages): ${String(error).slice(0, 200)}`);
			}
			// Every fourth refusal also goes through the import as the user runs it, against a
			// database holding two drafts: nothing stored may change.
			if (n % 4 === 0) {
				const db = freshDb();
				const drafts = new DraftsRepository(db);
				await drafts.create({ ...emptyProposal('bestaand-1', now), title: 'Eerste' });
				await drafts.create({ ...emptyProposal('bestaand-2', now), title: 'Tweede' });
				const before = await snapshot(db);
				const overview = new DraftsOverview({
					drafts,
					priceLists: new PriceListsRepository(db),
					templateSets: new MemoryTemplateSets(),
					cases: new MemoryCases(),
					problem: null
				});
				await overview.readImport(text, new TextEncoder().encode(text).length);
				if (!overview.importProblem || (await snapshot(db)) !== before)
					result.storedOnRefusal.push(label);
				db.close();
			}
		}
		console.log(
			`fuzz (exchange): ${result.cases} files, ${result.accepted} accepted, ${result.cases - result.accepted} refused\n` +
				Object.entries(result.byMutation)
					.map(([name, count]) => `  ${name}: ${count.accepted} accepted, ${count.refused} refused`)
					.join('\n')
		);
		expect(result.cases).toBeGreaterThanOrEqual(1000);
		expect(result.cases - result.accepted).toBeGreaterThan(result.cases / 2);
		expect(result.crashes).toEqual([]);
		expect(result.hangs).toEqual([]);
		expect(result.acceptedButInvalid).toEqual([]);
		expect(result.storedOnRefusal).toEqual([]);
		expect(result.badMessages).toEqual([]);
	}, 60_000);

	it(`reads ${PRICE_LIST_CASES} malformed price lists: refused in Dutch, or every item valid`, async () => {
		const result = tally();
		const bases = priceListBases();
		const random = seededRandom(SEED + 1);
		const holders = new Set(helmondPreset.costHolders);
		for (let n = 0; n < PRICE_LIST_CASES; n++) {
			const base = pick(random, bases);
			const pool =
				base.kind === 'csv'
					? [...csvMutations, ...textMutations]
					: [...jsonMutations, ...textMutations];
			const [text, name] = mutate(base.text, random, pool);
			const size =
				name === 'past 10 MB' ? 10 * 1024 * 1024 + 1 : new TextEncoder().encode(text).length;
			const label = `#${n} ${base.name}: ${name}`;
			const counts = (result.byMutation[name] ??= { accepted: 0, refused: 0 });
			result.cases++;
			const started = performance.now();
			let read;
			try {
				read = await readPriceListFile(text, size, helmondPreset.costHolders);
			} catch (error) {
				result.crashes.push(`${label}: ${String(error).slice(0, 200)}`);
				continue;
			}
			if (performance.now() - started > HANG_MS) result.hangs.push(label);
			if (read.ok) {
				counts.accepted++;
				result.accepted++;
				const ids = new Set(read.items.map((item) => item.id));
				const sound =
					ids.size === read.items.length &&
					read.items.length <= 5000 &&
					read.items.every(
						(item) =>
							priceItemSchema.safeParse(item).success &&
							holders.has(item.costHolder) &&
							(item.split ?? []).every((part) => holders.has(part.costHolder))
					);
				if (!sound) result.acceptedButInvalid.push(label);
				continue;
			}
			counts.refused++;
			try {
				const messages = priceListRefusal(read);
				result.badMessages.push(...badMessages(messages).map((message) => `${label}: ${message}`));
			} catch (error) {
				result.crashes.push(`${label} (messages): ${String(error).slice(0, 200)}`);
			}
		}
		console.log(
			`fuzz (price lists): ${result.cases} files, ${result.accepted} accepted, ${result.cases - result.accepted} refused\n` +
				Object.entries(result.byMutation)
					.map(([name, count]) => `  ${name}: ${count.accepted} accepted, ${count.refused} refused`)
					.join('\n')
		);
		expect(result.cases).toBeGreaterThanOrEqual(300);
		expect(result.crashes).toEqual([]);
		expect(result.hangs).toEqual([]);
		expect(result.acceptedButInvalid).toEqual([]);
		expect(result.badMessages).toEqual([]);
	}, 60_000);
});

/** Mutations of a CSV price list, on its rows and cells. */
const csvMutations: readonly Mutation[] = (() => {
	const rows = (text: string) => text.split(/\r?\n/);
	const cellsOf = (row: string) => row.split(',');
	const oddCells = [
		'twintig',
		'1'.repeat(60),
		'-5',
		'0000',
		'9999',
		'12,50',
		'1e9',
		'x'.repeat(3000),
		'Marsbewoners',
		'Politie=1|Politie=1',
		'Politie=abc',
		'=HYPERLINK("x")',
		'<script>alert(1)</script>',
		'',
		'"',
		'Z'
	];
	const onRow = (name: string, change: (cells: string[], random: Random) => string[] | string) => ({
		name,
		apply: (text: string, random: Random) => {
			const all = rows(text);
			const at = 1 + Math.floor(random() * (all.length - 1));
			const changed = change(cellsOf(all[at]!), random);
			all[at] = Array.isArray(changed) ? changed.join(',') : changed;
			return all.join('\r\n');
		}
	});
	return [
		{
			name: 'drop a column',
			apply: (text, random) => {
				const column = Math.floor(random() * 18);
				return rows(text)
					.map((row) =>
						cellsOf(row)
							.filter((_, index) => index !== column)
							.join(',')
					)
					.join('\r\n');
			}
		},
		{
			name: 'rename a header',
			apply: (text, random) => {
				const all = rows(text);
				const header = cellsOf(all[0]!);
				const at = Math.floor(random() * header.length);
				header[at] = `${header[at]!.toUpperCase()} `;
				all[0] = header.join(',');
				return all.join('\r\n');
			}
		},
		onRow('odd value in a cell', (cells, random) => {
			cells[Math.floor(random() * cells.length)] = pick(random, oddCells);
			return cells;
		}),
		onRow('empty a cell', (cells, random) => {
			cells[Math.floor(random() * cells.length)] = '';
			return cells;
		}),
		onRow('extra cells', (cells) => [...cells, 'extra', 'nog een']),
		{
			name: 'duplicate a row',
			apply: (text, random) => {
				const all = rows(text);
				all.push(all[1 + Math.floor(random() * (all.length - 1))]!);
				return all.join('\r\n');
			}
		},
		{
			name: 'semicolons as Dutch Excel writes',
			apply: (text) => text.replace(/,/g, ';')
		},
		{
			name: 'more than 5,000 rows',
			apply: (text) => {
				const all = rows(text);
				const body = all.slice(1);
				const many = Array.from({ length: 5001 }, (_, index) => {
					const cells = cellsOf(body[index % body.length]!);
					cells[0] = `rij-${index}`;
					return cells.join(',');
				});
				return [all[0], ...many].join('\r\n');
			}
		},
		{ name: 'past 10 MB', apply: (text) => text }
	];
})();
