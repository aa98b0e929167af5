import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '$lib/domain/hand-in/canonical';
import {
	checkHandIn,
	handedInContent,
	nextHandIn,
	shortFingerprint,
	usedPriceItems
} from '$lib/domain/hand-in/hand-in';
import { readExchangeFile } from '$lib/domain/exchange/import-file';
import { buildExchangeFile, exchangeFileText } from '$lib/domain/exchange/export-file';
import type { Proposal } from '$lib/domain/schemas/proposal';
import { proposalSchema } from '$lib/domain/schemas/proposal';

const fixture = JSON.parse(readFileSync('tests/fixtures/proposals/schuldenspreekuur.json', 'utf8'));
const proposal: Proposal = proposalSchema.parse(fixture.drafts[0].proposal);
const carried = fixture.drafts[0].priceItems;
const findItem = (id: string) => carried.find((item: { id: string }) => item.id === id);
const items = () => usedPriceItems(proposal, findItem);
const when = new Date('2026-12-05T10:00:00.000Z');

describe('the canonical form a fingerprint is taken of', () => {
	it('does not depend on the order keys were written in', () => {
		expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }] })).toBe(
			canonicalJson({ a: [{ c: null, d: 'x' }], b: 1 })
		);
		expect(canonicalJson({ b: 1, a: 'é' })).toBe('{"a":"é","b":1}');
	});
	it('leaves out undefined members as JSON does', () => {
		expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
	});
});

describe('handing a proposal in', () => {
	it('numbers hand-ins 1, 2, … and takes the author', async () => {
		const first = await nextHandIn(proposal, items(), when);
		expect(first).toMatchObject({ number: 1, author: proposal.author, organisation: '' });
		expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/);
		const second = await nextHandIn({ ...proposal, handIns: [first] }, items(), when);
		expect(second.number).toBe(2);
		expect(second.fingerprint).not.toBe(first.fingerprint);
	});

	it('finds the proposal unchanged after the review adds its status, verdict and remarks', async () => {
		const handIn = await nextHandIn(proposal, items(), when);
		const reviewed: Proposal = {
			...proposal,
			handIns: [handIn],
			status: 'reviewed',
			verdict: 'positive',
			verdictReason: 'Goed onderbouwd',
			reviewerRemarks: 'Akkoord',
			updatedAt: '2027-01-01T00:00:00.000Z',
			lines: proposal.lines.map((line) => ({ ...line, reviewerRemark: 'ok' }))
		};
		expect(await checkHandIn(reviewed, items())).toEqual({ kind: 'unchanged', handIn });
	});

	it('finds it changed when an amount, a count or a price item differs by one cent', async () => {
		const handIn = await nextHandIn(proposal, items(), when);
		const handedIn = { ...proposal, handIns: [handIn] };
		const line = proposal.lines[0]!;
		const moreSubsidy = { ...handedIn, subsidyCents: (proposal.subsidyCents ?? 0) + 1 };
		expect((await checkHandIn(moreSubsidy, items())).kind).toBe('changed');
		const otherCount = {
			...handedIn,
			lines: [
				{ ...line, count: { kind: 'direct' as const, persons: 12_345 } },
				...proposal.lines.slice(1)
			]
		};
		expect((await checkHandIn(otherCount, items())).kind).toBe('changed');
		const [item, ...rest] = items();
		const dearer = [{ ...item!, amountCents: item!.amountCents + 1 }, ...rest];
		expect((await checkHandIn(handedIn, dearer)).kind).toBe('changed');
		expect((await checkHandIn(handedIn, items())).kind).toBe('unchanged');
	});

	it('says when a proposal was never handed in', async () => {
		expect(await checkHandIn(proposal, items())).toEqual({ kind: 'never' });
	});

	it('leaves the review’s fields out of what it freezes', () => {
		const content = handedInContent(proposal, items());
		for (const key of ['status', 'updatedAt', 'verdict', 'verdictReason', 'handIns', 'customItems'])
			expect(content.proposal).not.toHaveProperty(key);
	});

	it('shortens the fingerprint to three groups of four for the eye', () => {
		expect(shortFingerprint('3f2a9c01b7d4' + '0'.repeat(52))).toBe('3F2A 9C01 B7D4');
	});
});

describe('a hand-in in the exchange file (version 9)', () => {
	it('travels in the file and reads back with the same fingerprint, still unchanged', async () => {
		const handIn = await nextHandIn(proposal, items(), when);
		const handedIn = { ...proposal, handIns: [handIn], status: 'submitted' as const };
		const text = exchangeFileText(buildExchangeFile([handedIn], findItem, when));
		const read = readExchangeFile(text, text.length);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		const draft = read.drafts[0]!;
		expect(draft.proposal.handIns).toEqual([handIn]);
		const again = usedPriceItems(draft.proposal, (id) =>
			draft.priceItems.find((item) => item.id === id)
		);
		expect((await checkHandIn(draft.proposal, again)).kind).toBe('unchanged');
	});

	it('migrates a version-8 file: its drafts were never handed in', () => {
		const old = { ...fixture, version: 8 };
		const text = JSON.stringify(old);
		const read = readExchangeFile(text, text.length);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.migratedFrom).toBe(8);
		expect(read.drafts[0]!.proposal.handIns).toEqual([]);
	});

	it('refuses hand-ins out of order, naming the field', () => {
		const file = structuredClone(fixture);
		file.drafts[0].proposal.handIns = [
			{ number: 2, handedInAt: when.toISOString(), fingerprint: 'a'.repeat(64) },
			{ number: 1, handedInAt: when.toISOString(), fingerprint: 'b'.repeat(64) }
		];
		const text = JSON.stringify(file);
		const read = readExchangeFile(text, text.length);
		expect(read.ok).toBe(false);
		if (read.ok || read.reason !== 'invalid') return;
		expect(read.issues.map((issue) => issue.path.join('.'))).toContain(
			'drafts.0.proposal.handIns.1.number'
		);
	});
});
