/**
 * Issue 8, point 5: every draft the editor can produce, through the same inputs the forms give it
 * (text cut at the field's maxlength, numbers read by parseNumberInput, dates from a date input,
 * items from the default list or the custom-item form), exports and imports back identically.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { emptyCustomItemInput } from '$lib/domain/custom-item';
import { readCustomItem } from '$lib/domain/custom-item-reader';
import { buildExchangeFile, exchangeFileText } from '$lib/domain/exchange/export-file';
import { readExchangeFile } from '$lib/domain/exchange/import-file';
import { parseNumberInput } from '$lib/domain/number-input';
import { enterRealised } from '$lib/domain/realisation/edits';
import { defaultPriceList } from '$lib/domain/price-list/default-price-list';
import { priceItemResolver } from '$lib/domain/price-list/resolve';
import { levels } from '$lib/domain/levels';
import { textLimits } from '$lib/domain/schemas/limits';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import type { NumberKind } from '$lib/domain/wizard';
import { MemoryDrafts } from '$lib/storage/memory-drafts';
import { MemoryJournal } from '$lib/storage/journal';
import { PROPERTY_TIMEOUT } from './arbitraries';
import { DraftEditor } from '$lib/state/draft-editor.svelte';

const now = new Date('2026-11-22T10:00:00Z');
/** What a user can type: any text, including emoji, accents, quotes, formulas and script. */
const typed = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 300 }),
	// Long texts, up to and past every field's limit (a pasted report, say).
	fc.string({ unit: 'grapheme-ascii', minLength: 150, maxLength: 12_000, size: 'max' }),
	fc.constantFrom('=HYPERLINK("x")', '<script>alert(1)</script>', '  spaties  ', '€ 1.250,50')
);
/** What a field that reads numbers is given, key by key or pasted. */
const typedNumber = fc.oneof(
	fc.stringMatching(/^[0-9.,€ %-]{0,16}$/),
	fc.integer({ min: 0, max: 2_000_000_000 }).map(String),
	fc.constantFrom('45.000', '48.500,50', '1.000,50', '12,5', '25 %', '1e9')
);
const dateInput = fc.oneof(
	fc.constant(''),
	fc
		.date({ min: new Date('1950-01-01'), max: new Date('2150-12-31'), noInvalidDate: true })
		.map((date) => date.toISOString().slice(0, 10))
);
const clip = (text: string, limit: number) => text.slice(0, limit);
const numberFrom = (kind: NumberKind, text: string) => {
	const value = parseNumberInput(kind, text);
	return value === 'invalid' ? undefined : value;
};

type Action = (editor: DraftEditor) => void;

const action: fc.Arbitrary<Action> = fc.oneof(
	typed.map((text) => (editor: DraftEditor) => editor.set('title', clip(text, textLimits.title))),
	typed.map(
		(text) => (editor: DraftEditor) => editor.set('description', clip(text, textLimits.description))
	),
	typed.map(
		(text) => (editor: DraftEditor) => editor.set('targetGroup', clip(text, textLimits.targetGroup))
	),
	typedNumber.map((text) => (editor: DraftEditor) => {
		const value = numberFrom('euros', text);
		if (value !== undefined) editor.set('subsidyCents', value);
	}),
	typedNumber.map((text) => (editor: DraftEditor) => {
		const value = numberFrom('wholeNumber', text);
		if (value !== undefined) editor.set('targetGroupSize', value);
	}),
	fc.tuple(dateInput, dateInput).map(([start, end]) => (editor: DraftEditor) => {
		editor.set('periodStart', start);
		editor.set('periodEnd', end);
	}),
	fc.nat(defaultPriceList.length - 1).map((index) => (editor: DraftEditor) => {
		editor.addLine(defaultPriceList[index]!, { id: 'standaard', name: 'Standaard', version: '1' });
	}),
	fc
		.record({
			name: typed,
			amount: typedNumber,
			year: fc.oneof(
				fc.stringMatching(/^\d{0,5}$/),
				fc.integer({ min: 1890, max: 2210 }).map(String)
			),
			source: typed
		})
		.map((input) => (editor: DraftEditor) => {
			const read = readCustomItem(
				{
					...emptyCustomItemInput('Politie'),
					name: clip(input.name, textLimits.itemName),
					amount: clip(input.amount, 40),
					priceYear: clip(input.year, 4),
					sourceTitle: clip(input.source, textLimits.sourceTitle)
				},
				`eigen-${editor.draft.customItems.length}`
			);
			if (read.ok) editor.addCustomItem(read.item);
		}),
	fc
		.record({
			pick: fc.nat(),
			persons: typedNumber,
			chance: fc.constantFrom(...levels),
			contribution: fc.constantFrom(...levels),
			yearly: fc.boolean(),
			justification: typed
		})
		.map((answer) => (editor: DraftEditor) => {
			const line = editor.draft.lines[answer.pick % Math.max(1, editor.draft.lines.length)];
			if (!line) return;
			const persons = numberFrom('wholeNumber', answer.persons);
			editor.updateLine(line.id, {
				...(persons !== undefined && persons !== null
					? { count: { kind: 'direct', persons } }
					: {}),
				chance: answer.chance,
				contribution: answer.contribution,
				recurrence: answer.yearly ? 'yearly' : 'oneOff',
				justification: clip(answer.justification, textLimits.justification)
			});
		}),
	fc.nat().map((pick) => (editor: DraftEditor) => {
		const line = editor.draft.lines[pick % Math.max(1, editor.draft.lines.length)];
		if (line) editor.duplicateLine(line.id);
	}),
	// Two lines for the same people: removing the one marks the other as no longer overlapping.
	fc.tuple(fc.nat(), fc.nat()).map(([pick, other]) => (editor: DraftEditor) => {
		const lines = editor.draft.lines;
		const line = lines[pick % Math.max(1, lines.length)];
		const with_ = lines[other % Math.max(1, lines.length)];
		if (line && with_ && line !== with_) editor.updateLine(line.id, { overlapsWith: with_.id });
	}),
	fc.nat().map((pick) => (editor: DraftEditor) => {
		const line = editor.draft.lines[pick % Math.max(1, editor.draft.lines.length)];
		if (line) editor.removeLine(line.id);
	}),
	// The realisation page: a realised count typed for a line (removing the line drops it).
	fc.tuple(fc.nat(), typedNumber).map(([pick, text]) => (editor: DraftEditor) => {
		const line = editor.draft.lines[pick % Math.max(1, editor.draft.lines.length)];
		const persons = numberFrom('wholeNumber', text);
		if (!line || persons === undefined) return;
		const draft = JSON.parse(JSON.stringify(editor.draft)) as Proposal;
		editor.set('realisation', enterRealised(draft, line.id, persons, now));
	}),
	fc.tuple(typedNumber, typedNumber).map(([safety, years]) => (editor: DraftEditor) => {
		const safetyPercent = numberFrom('percent', safety);
		const repeatYears = numberFrom('repeatYears', years);
		if (safetyPercent !== undefined && safetyPercent !== null)
			editor.setSettings({ safetyPercent });
		if (repeatYears !== undefined && repeatYears !== null) editor.setSettings({ repeatYears });
	})
);

describe('drafts the editor produces', () => {
	it('journal a line that removing another line changed', async () => {
		const store = new MemoryDrafts();
		const stored = await store.create(emptyProposal('voorstel-1', now));
		const journal = new MemoryJournal();
		const editor = new DraftEditor(stored, store, null, { now: () => now, journal });
		const item = defaultPriceList[0]!;
		const first = editor.addLine(item);
		const second = editor.addLine(item);
		editor.updateLine(first, { overlapsWith: second });
		expect(journal.entries.get('voorstel-1')!.proposal.lines[0]!.overlapsWith).toBe(second);
		editor.removeLine(second);
		expect(journal.entries.get('voorstel-1')!.proposal.lines).toEqual([
			expect.objectContaining({ id: first, overlapsWith: null })
		]);
	});

	// The journal and the autosave copy the draft keeping unchanged lines (issue 24): after every
	// change, what they hold is the draft as it is.
	test.prop([fc.array(action, { maxLength: 25 })], { numRuns: 150 })(
		'reach the journal and storage exactly as they are, after every change',
		async (actions) => {
			const store = new MemoryDrafts();
			const stored = await store.create(emptyProposal('voorstel-1', now));
			const journal = new MemoryJournal();
			const editor = new DraftEditor(stored, store, null, { now: () => now, journal });
			for (const act of actions) {
				act(editor);
				const draft = JSON.parse(JSON.stringify(editor.draft)) as Proposal;
				const entry = journal.entries.get('voorstel-1');
				if (entry) expect(entry.proposal).toEqual(draft);
				if (actions.indexOf(act) % 3 === 0) {
					await editor.flush();
					expect((await store.get('voorstel-1'))!.proposal).toEqual(draft);
				}
			}
		},
		PROPERTY_TIMEOUT
	);

	test.prop([fc.array(action, { maxLength: 25 })], { numRuns: 150 })(
		'export and import back identically',
		async (actions) => {
			const store = new MemoryDrafts();
			const stored = await store.create(emptyProposal('voorstel-1', now));
			const editor = new DraftEditor(stored, store, null, { now: () => now });
			for (const act of actions) act(editor);
			const draft = JSON.parse(JSON.stringify(editor.draft)) as Proposal;
			const file = buildExchangeFile([draft], priceItemResolver([]), now);
			const text = exchangeFileText(file);
			const back = readExchangeFile(text, new TextEncoder().encode(text).length);
			if (!back.ok) throw new Error(JSON.stringify(back).slice(0, 2000));
			expect(back.drafts[0]!.proposal).toEqual(draft);
		},
		PROPERTY_TIMEOUT
	);
});
