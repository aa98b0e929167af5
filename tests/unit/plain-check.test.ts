/**
 * Stored drafts, journal entries and own price lists are read through a hand-written check, so the
 * pages and the overview's worker need not load or run zod for a record the app wrote itself. The
 * check may leave a record to the schema, but whatever it takes must be exactly what the schema
 * returns, and every record the schema returns unchanged it must take.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExchangeFile } from '$lib/domain/exchange/import-file';
import { defaultPriceList } from '$lib/domain/price-list/default-price-list';
import { priceItemSchema } from '$lib/domain/price-list/price-item';
import {
	journalEntrySchema,
	readRecord,
	storedDraftSchema,
	storedPriceListSchema
} from '$lib/domain/records';
import { effectLineSchema } from '$lib/domain/schemas/effect-line';
import { proposalSchema, type Proposal } from '$lib/domain/schemas/proposal';
import { emptyProposal } from '$lib/domain/empty-proposal';
import { readProposal } from '$lib/domain/plain-check/proposal';
import { readLine, readPriceItem } from '$lib/domain/plain-check/line';
import {
	readJournalPlain,
	readStoredDraftPlain,
	readStoredPriceListPlain
} from '$lib/domain/plain-check/records';
import { toStored } from '$lib/storage/draft-create';
import { MemoryDrafts } from '$lib/storage/memory-drafts';
import { DraftEditor } from '$lib/state/draft-editor.svelte';
import { emptyCustomItemInput } from '$lib/domain/custom-item';
import { readCustomItem } from '$lib/domain/custom-item-reader';
import { enterRealised } from '$lib/domain/realisation/edits';
import {
	readStoredCase,
	readStoredCaseYear,
	storedCase,
	storedCaseYear
} from '$lib/domain/cases/case-record';
import { readStoredCasePlain, readStoredCaseYearPlain } from '$lib/domain/plain-check/cases';
import { described, line, yearSettings2025 } from './case-fixtures';
import { PROPERTY_TIMEOUT } from './arbitraries';
import { exchangeBases } from './fuzz/bases';
import { jsonMutations, pick, places, ruleMutations, seededRandom } from './fuzz/mutations';

function proposalsOf(text: string): Proposal[] {
	const read = readExchangeFile(text, text.length);
	if (!read.ok) throw new Error('a base file does not read');
	return read.drafts.map((draft) => draft.proposal);
}

const fixtures = ['jongerenwerk', 'maatjes-tien-regels', 'schuldenspreekuur'].map((name) =>
	readFileSync(`tests/fixtures/proposals/${name}.json`, 'utf8')
);
const fromFiles: Proposal[] = [
	...exchangeBases().flatMap((base) => proposalsOf(base.text)),
	...fixtures.flatMap(proposalsOf)
];
/** The richest base with what no file here carries: hand-ins, a realisation, an MKBA view. */
const withHistory = fromFiles.find((proposal) => proposal.arena.effects.length > 0)!;
const bases: Proposal[] = [
	...fromFiles,
	{
		...withHistory,
		id: 'met-geschiedenis',
		handIns: [
			{
				number: 1,
				handedInAt: '2027-01-05T09:30:00.000Z',
				author: 'A. de Vries',
				organisation: 'levgroep',
				fingerprint: 'ab'.repeat(32)
			},
			{
				number: 2,
				handedInAt: '2027-02-05T09:30:00Z',
				author: '',
				organisation: '',
				fingerprint: 'cd'.repeat(32)
			}
		],
		realisation: {
			lines: [
				{ lineId: withHistory.lines[0]!.id, persons: 4, source: 'cases', cases: 2 },
				{ lineId: withHistory.lines[1]!.id, persons: null, source: 'entered', cases: 0 }
			],
			recordedAt: '2028-01-10T12:00:00.000Z'
		},
		mkba: {
			discountBasisPoints: 225,
			dropOffPercent: 10,
			qalysPerYear: 1,
			qalyValueCents: 5_000_000,
			careHoursPerYear: 40,
			careHourCents: 1_500,
			volunteerHours: 100,
			volunteerHourCents: 1_000,
			ownContributionCents: 250_000
		}
	}
];

/** The schema's answer: the record it returns, or null when it refuses. */
const bySchema = <T>(read: { ok: boolean; value?: T }) => (read.ok ? read.value! : null);

/**
 * What must hold for any input: the plain check's record is the schema's, and a record the schema
 * takes as it is (nothing dropped, filled in or trimmed) is taken by the plain check too.
 */
function expectSameAsSchema<T>(raw: unknown, plain: T | null, schema: T | null): void {
	if (plain !== null) expect(plain).toEqual(schema);
	if (schema !== null && isDeepStrictEqual(schema, raw)) expect(plain).not.toBeNull();
}

// Thousands of records each: on a machine with both cores busy they take several seconds.
describe('a stored record checked without zod', { timeout: PROPERTY_TIMEOUT }, () => {
	it('takes every draft the app stores, as the schema returns it', () => {
		expect(bases.length).toBeGreaterThanOrEqual(6);
		for (const proposal of bases) {
			const stored = toStored(proposal, 3);
			const plain = readStoredDraftPlain(structuredClone(stored));
			expect(plain).not.toBeNull();
			expect(plain).toEqual(bySchema(readRecord('draft', stored, storedDraftSchema)));
			const entry = {
				recordVersion: 2,
				proposalVersion: stored.proposalVersion,
				basedOn: 3,
				savingRevision: null,
				proposal
			};
			expect(readJournalPlain(entry)).toEqual(
				bySchema(readRecord('journal', entry, journalEntrySchema))
			);
			expect(readJournalPlain(entry)).not.toBeNull();
		}
	});

	it('takes a draft as the editor saves it, after the edits the forms make', async () => {
		const now = new Date('2026-12-06T22:15:00.000Z');
		const store = new MemoryDrafts();
		const editor = new DraftEditor(await store.create(emptyProposal('bewerkt', now)), store, null, {
			now: () => now
		});
		const list = { id: 'standaard', name: 'Standaard', version: '1' };
		editor.set('title', '  Schuldenspreekuur in de bibliotheek  ');
		editor.set('subsidyCents', 4_850_050);
		editor.set('periodStart', '2025-01-01');
		editor.set('periodEnd', '2025-12-31');
		editor.addLine(defaultPriceList[0]!, list);
		editor.addLine(
			defaultPriceList.find((item) => item.split)!,
			list
		);
		const own = readCustomItem(
			{
				...emptyCustomItemInput('Politie'),
				name: ' Maaltijdservice ',
				amount: '1.250,50',
				priceYear: '2025',
				sourceTitle: ' Eigen berekening '
			},
			'eigen-0'
		);
		if (own.ok) editor.addCustomItem(own.item);
		const [first, second] = editor.draft.lines;
		editor.updateLine(first!.id, {
			count: { kind: 'direct', persons: 12 },
			chance: 'likely',
			contribution: 70,
			justification: '  Uit het gesprek met de wijkagent.  '
		});
		editor.updateLine(second!.id, { overlapsWith: first!.id, chance: 'maybe' });
		editor.duplicateLine(first!.id);
		const copy = JSON.parse(JSON.stringify(editor.draft)) as Proposal;
		editor.set('realisation', enterRealised(copy, first!.id, 9, now));
		editor.setSettings({ safetyPercent: 80 });
		await editor.flush();
		const raw = await store.get('bewerkt');
		expect(own.ok).toBe(true);
		expect((raw as { proposal: Proposal }).proposal.lines).toHaveLength(4);
		const plain = readStoredDraftPlain(raw);
		expect(plain).not.toBeNull();
		expect(plain).toEqual(bySchema(readRecord('draft', raw, storedDraftSchema)));
	});

	it('starts a new draft as the schema would, without it', () => {
		const now = new Date('2026-12-06T22:15:00.123Z');
		const stamp = now.toISOString();
		const made = emptyProposal('nieuw', now);
		expect(made).toEqual(proposalSchema.parse({ id: 'nieuw', createdAt: stamp, updatedAt: stamp }));
		expect(readProposal(made)).toEqual(made);
		// Each new draft has its own settings and arena: changing one changes no other draft.
		expect(emptyProposal('ander', now).settings).not.toBe(made.settings);
		expect(emptyProposal('ander', now).arena).not.toBe(made.arena);
	});

	it('takes a stored price list as the schema returns it', () => {
		const list = {
			recordVersion: 1,
			id: 'helmond',
			name: 'Gemeente Helmond',
			version: '2026-1',
			loadedAt: '2026-12-01T10:00:00.000Z',
			items: defaultPriceList
		};
		const plain = readStoredPriceListPlain(list);
		expect(plain).not.toBeNull();
		expect(plain).toEqual(bySchema(readRecord('priceList', list, storedPriceListSchema)));
	});

	it('agrees with the schema on 4,000 damaged drafts', () => {
		const random = seededRandom(20261206);
		// Left out: deep nesting (the mutations' own walk cannot take a second step on it), and the
		// file's version and format, which a stored draft does not have.
		const fileOnly = ['deep nesting', 'odd version', 'odd format'];
		const damages = jsonMutations.filter((mutation) => !fileOnly.includes(mutation.name));
		const tally = { plain: 0, schema: 0, refused: 0 };
		for (let run = 0; run < 4000; run++) {
			// A broken rule (the rule mutations work on a file's drafts), then a damaged field, or both.
			let text = JSON.stringify({ drafts: [toStored(pick(random, bases), 1)] });
			if (random() < 0.4) text = pick(random, ruleMutations).apply(text, random);
			text = JSON.stringify((JSON.parse(text) as { drafts: unknown[] }).drafts[0]);
			for (let step = Math.floor(random() * 3); step > 0; step--)
				text = pick(random, damages).apply(text, random);
			const raw: unknown = JSON.parse(text);
			const plain = readStoredDraftPlain(raw);
			const schema = bySchema(readRecord('draft', raw, storedDraftSchema));
			expectSameAsSchema(raw, plain, schema);
			if (plain) tally.plain++;
			if (schema) tally.schema++;
			else tally.refused++;
		}
		// Not vacuous: many damaged drafts still pass, many are refused.
		expect(tally.plain).toBeGreaterThan(400);
		expect(tally.refused).toBeGreaterThan(400);
	});
});

/** One past each limit of the schemas, as a number and as a length of text or a list. */
const pastLimits = [
	11,
	21,
	51,
	61,
	101,
	121,
	201,
	501,
	701,
	1001,
	2001,
	4001,
	10_001,
	1_000_001,
	10_000_001,
	1e11 + 1
];

/**
 * What a damaged or hand-edited record may hold in any one place: other types, text with spaces
 * around it, text past each limit, numbers just past each limit, a removed field.
 */
const oddValues: readonly unknown[] = [
	...[undefined, null, true, [], {}, '', ' ', ' Politie', 'Gemeente', 'maybe', 'zeker'],
	...[-1, 0, 0.5, 1, 2, 1899, 2201, 1e11, 2 ** 53],
	...pastLimits,
	...pastLimits.filter((length) => length < 100_000).map((length) => 'y'.repeat(length)),
	{ kind: 'direct', persons: -1 },
	{ kind: 'share', groupSize: 10, sharePercent: 101 },
	[{ costHolder: 'Politie', amountCents: 1 }],
	{ low: 5, high: 1 },
	{ low: 'certain', high: 'maybe' },
	'2027-02-30',
	'2027-02-28T10:00:00Z',
	'2027-02-28T10:00:00+01:00',
	'a'.repeat(64)
];
const oddValue = fc.constantFrom(...oddValues);

/** Near misses of the value that is there: the same text with a space, one more, one copy more. */
function nearMisses(value: unknown): unknown[] {
	if (typeof value === 'string')
		return [
			` ${value}`,
			`${value} `,
			'',
			value.padEnd(61, 'y'),
			value.padEnd(101, 'y'),
			value.padEnd(201, 'y')
		];
	if (typeof value === 'number')
		return [value + 1, value - 1, -value - 1, value + 0.5, String(value)];
	if (Array.isArray(value))
		return value.length === 0
			? [{}]
			: [[], [...value, value[0]], [...value, ...value], value.slice(1)];
	return [];
}

/**
 * `record` with the value at one of its places (chosen by `at`) replaced: by a near miss of what
 * is there (`near` picks one), or by `value`.
 */
function damaged(record: unknown, at: number, value: unknown, near = -1): unknown {
	const copy = structuredClone(record);
	const all = places(copy);
	if (all.length === 0) return copy;
	const path = all[at % all.length]!;
	let parent = copy as Record<string | number, unknown>;
	for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
	const key = path.at(-1)!;
	const misses = nearMisses(parent[key]);
	const replacement = near >= 0 && misses.length > 0 ? misses[near % misses.length] : value;
	if (replacement === undefined && !Array.isArray(parent)) delete parent[key];
	else parent[key] = replacement;
	return copy;
}

/** Which damage: -1 a value of `oddValue`, else the n-th near miss of what is there. */
const how = fc.integer({ min: -1, max: 5 });

const cents = fc.oneof(fc.constant(0), fc.integer({ min: -100_000, max: 1_000_000 }));
const level = fc.oneof(
	fc.constantFrom('maybe', 'likely', 'certain'),
	fc.integer({ min: 0, max: 100 })
);
const holder = fc.constantFrom('Gemeente', 'Politie', 'Zorgverzekeraar');

/** A valid line, with or without a split, a range, ranges and an overlap. */
const validLine = fc
	.record({
		id: fc.constantFrom('r1', 'r2'),
		priceItemId: fc.option(fc.constantFrom('huisarts', 'politie-inzet')),
		name: fc.constantFrom('Huisarts', 'Inzet politie'),
		unit: fc.string({ maxLength: 8 }),
		amountCents: cents,
		margin: fc.option(fc.tuple(fc.nat(5000), fc.nat(5000))),
		priceYear: fc.option(fc.integer({ min: 1900, max: 2200 })),
		kind: fc.constantFrom('cost', 'transfer', 'intangible'),
		count: fc.option(
			fc.oneof(
				fc.record({ kind: fc.constant('direct'), persons: fc.nat(50) }),
				fc.record({
					kind: fc.constant('share'),
					groupSize: fc.nat(50),
					sharePercent: fc.integer({ min: 0, max: 100 })
				})
			)
		),
		chance: fc.option(level),
		contribution: fc.option(level),
		recurrence: fc.constantFrom('oneOff', 'yearly'),
		costHolder: holder,
		splitAt: fc.option(fc.integer({ min: -500, max: 500 })),
		justification: fc.string({ maxLength: 8 }),
		reviewerRemark: fc.string({ maxLength: 8 }),
		ranges: fc.boolean(),
		overlapsWith: fc.option(fc.constant('r9'), { nil: undefined })
	})
	.map(({ margin, splitAt, ranges, ...line }) => ({
		...line,
		lowCents: margin ? line.amountCents - margin[0] : null,
		highCents: margin ? line.amountCents + margin[1] : null,
		...(splitAt === null
			? {}
			: {
					split: [
						{ costHolder: 'Gemeente', amountCents: line.amountCents - splitAt },
						{ costHolder: 'Politie', amountCents: splitAt }
					]
				}),
		...(ranges
			? {
					countRange: line.count === null ? null : { low: 0, high: 10_000 },
					chanceRange: { low: 0, high: 100 },
					contributionRange: null
				}
			: {})
	}));

const validItem = fc
	.record({
		index: fc.nat(defaultPriceList.length - 1),
		custom: fc.boolean(),
		noSource: fc.boolean()
	})
	.map(({ index, custom, noSource }) => {
		const item = defaultPriceList[index]!;
		return noSource
			? { ...item, custom, source: null, note: 'Eigen schatting' }
			: { ...item, custom };
	});

/** Checks `raw` both ways; counts what the check took. */
function compare<T>(
	raw: unknown,
	plain: T | null,
	schema: { success: boolean; data?: T },
	taken: { count: number }
) {
	if (plain) taken.count++;
	expectSameAsSchema(raw, plain, schema.success ? schema.data! : null);
}

describe(
	'a line, a price item and a draft checked without zod',
	{ timeout: PROPERTY_TIMEOUT },
	() => {
		it('a line: valid ones are taken, damaged ones as the schema says', () => {
			const taken = { count: 0 };
			fc.assert(
				fc.property(
					validLine,
					fc.nat(),
					oddValue,
					how,
					fc.boolean(),
					(line, at, value, near, damage) => {
						const raw = damage ? damaged(line, at, value, near) : line;
						if (!damage) expect(effectLineSchema.safeParse(raw).success).toBe(true);
						compare(raw, readLine(raw), effectLineSchema.safeParse(raw), taken);
					}
				),
				{ numRuns: 4000 }
			);
			expect(taken.count).toBeGreaterThan(2000);
		});

		it('a price item: valid ones are taken, damaged ones as the schema says', () => {
			const taken = { count: 0 };
			fc.assert(
				fc.property(
					validItem,
					fc.nat(),
					oddValue,
					how,
					fc.boolean(),
					(item, at, value, near, damage) => {
						const raw = damage ? damaged(item, at, value, near) : item;
						compare(raw, readPriceItem(raw), priceItemSchema.safeParse(raw), taken);
					}
				),
				{ numRuns: 4000 }
			);
			expect(taken.count).toBeGreaterThan(2000);
		});

		it('a stored draft: damaged in any one place, as the schema says', () => {
			const taken = { count: 0 };
			fc.assert(
				fc.property(fc.nat(bases.length - 1), fc.nat(), oddValue, how, (index, at, value, near) => {
					const raw = damaged(toStored(bases[index]!, 2), at, value, near);
					const read = readRecord('draft', raw, storedDraftSchema);
					compare(
						raw,
						readStoredDraftPlain(raw),
						{ success: read.ok, data: bySchema(read) },
						taken
					);
				}),
				{ numRuns: 3000 }
			);
			expect(taken.count).toBeGreaterThan(300);
		});

		it('the draft with hand-ins, a realisation and an arena: every place, every damage', () => {
			const stored = toStored(bases.at(-1)!, 2);
			const count = places(structuredClone(stored)).length;
			let taken = 0;
			for (let at = 0; at < count; at++) {
				for (let near = -1; near < 6; near++) {
					for (const value of near === -1 ? oddValues : [undefined]) {
						const raw = damaged(stored, at, value, near);
						const read = readRecord('draft', raw, storedDraftSchema);
						const plain = readStoredDraftPlain(raw);
						if (plain) taken++;
						expectSameAsSchema(raw, plain, bySchema(read));
					}
				}
			}
			expect(count).toBeGreaterThan(100);
			expect(taken).toBeGreaterThan(count);
		});

		it('a journal entry: damaged in any one place, as the schema says', () => {
			const taken = { count: 0 };
			const entries = bases.map((proposal) => ({
				recordVersion: 2,
				proposalVersion: toStored(proposal, 1).proposalVersion,
				basedOn: 4,
				savingRevision: 5,
				proposal
			}));
			fc.assert(
				fc.property(
					fc.nat(entries.length - 1),
					fc.nat(),
					oddValue,
					how,
					(index, at, value, near) => {
						// The envelope's own fields first: four of them among the proposal's hundreds.
						const raw = damaged(entries[index]!, at % 9 === 0 ? at % 4 : at, value, near);
						const read = readRecord('journal', raw, journalEntrySchema);
						compare(raw, readJournalPlain(raw), { success: read.ok, data: bySchema(read) }, taken);
					}
				),
				{ numRuns: 3000 }
			);
			expect(taken.count).toBeGreaterThan(300);
		});

		it('a stored case: damaged in any one place, as the schema says', () => {
			const cases = [
				storedCase(described('c1', 'Buurtcoach', 1, [line({ id: 'l1', amountCents: 125_000 })])),
				storedCase(
					described(
						'c2',
						'Jongerenwerk',
						3,
						[
							line({ id: 'l1', amountCents: 80_000, chance: 'maybe' }),
							line({ id: 'l2', amountCents: -5_000, count: null, overlapsWith: 'l1' })
						],
						'2024-02-29'
					)
				)
			];
			const taken = { count: 0 };
			fc.assert(
				fc.property(fc.nat(cases.length - 1), fc.nat(), oddValue, how, (index, at, value, near) => {
					const raw = damaged(cases[index]!, at, value, near);
					const read = readStoredCase(raw);
					compare(raw, readStoredCasePlain(raw), { success: read.ok, data: bySchema(read) }, taken);
				}),
				{ numRuns: 3000 }
			);
			expect(taken.count).toBeGreaterThan(300);
		});

		it('a year of cases: its stored settings damaged in any one place, as the schema says', () => {
			const years = [
				storedCaseYear(yearSettings2025),
				storedCaseYear({
					year: 2024,
					subsidyCents: null,
					settings: { safetyPercent: 80, repeatYears: 0 },
					unitFte: { Buurtcoach: 450, Jongerenwerk: 1, Schuldhulp: 100_000 }
				})
			];
			const taken = { count: 0 };
			fc.assert(
				fc.property(fc.nat(years.length - 1), fc.nat(), oddValue, how, (index, at, value, near) => {
					const raw = damaged(years[index]!, at, value, near);
					const schema = readStoredCaseYear(raw);
					compare(
						raw,
						readStoredCaseYearPlain(raw),
						{ success: schema !== null, data: schema },
						taken
					);
				}),
				{ numRuns: 2000 }
			);
			expect(taken.count).toBeGreaterThan(200);
			// A unit named like an object's own property is left to the schema.
			const odd = JSON.parse('{"__proto__": 5}') as Record<string, number>;
			const tricky = { ...years[0]!, settings: { ...years[0]!.settings, unitFte: odd } };
			expect(readStoredCaseYearPlain(tricky)).toBeNull();
		});
	}
);
