import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as design from '../../src/cli/couch-design.mjs';
import { nextHandIn, usedPriceItems } from '$lib/domain/hand-in/hand-in';
import {
	readReceived,
	reviewDocument,
	snapshotDocument,
	type ReviewDocument
} from '$lib/domain/sync/documents';
import { handInChanges, withNewerHandIn, withReviews } from '$lib/domain/sync/merge';
import * as names from '$lib/domain/sync/names';
import { proposalSchema, type Proposal } from '$lib/domain/schemas/proposal';
import { proposalVersions } from '$lib/domain/proposal-versions';

const fixture = JSON.parse(readFileSync('tests/fixtures/proposals/schuldenspreekuur.json', 'utf8'));
const proposal: Proposal = proposalSchema.parse(fixture.drafts[0].proposal);
const carried = fixture.drafts[0].priceItems;
const items = usedPriceItems(proposal, (id) =>
	carried.find((item: { id: string }) => item.id === id)
);
const when = new Date('2026-12-05T10:00:00.000Z');

async function handedIn() {
	const handIn = await nextHandIn(proposal, items, when, 'lev-a');
	const withHandIn = { ...proposal, handIns: [handIn], status: 'submitted' as const };
	return { handIn, doc: snapshotDocument(withHandIn, items, handIn, 'anna') };
}

describe('the names the app and the setup script share', () => {
	it('are the same on both sides', () => {
		expect(names.orgDatabase('lev-a')).toBe(design.orgDatabase('lev-a'));
		expect(names.orgRole('lev-a')).toBe(design.orgRole('lev-a'));
		expect(names.REVIEWER_ROLE).toBe(design.REVIEWER_ROLE);
		expect(names.DIRECTORY_DATABASE).toBe(design.DIRECTORY_DATABASE);
	});
	it('tell an account’s role from its CouchDB roles', () => {
		expect(names.roleOf(['baatwijzer-org-lev-a'])).toEqual({
			kind: 'organisation',
			organisation: 'lev-a'
		});
		expect(names.roleOf(['baatwijzer-reviewer'])).toEqual({ kind: 'reviewer' });
		expect(names.roleOf(['other'])).toEqual({ kind: 'none' });
	});
	it('accept only a plain http(s) server address', () => {
		expect(names.serverAddress(' https://sync.gemeente.nl/ ')).toBe('https://sync.gemeente.nl');
		expect(names.serverAddress('ftp://x')).toBeNull();
		expect(names.serverAddress('https://user:pw@x.nl')).toBeNull();
		expect(names.serverAddress('geen adres')).toBeNull();
	});
});

describe('the validation function CouchDB runs on every write', () => {
	// CouchDB stores it as text; evaluated here as CouchDB's JavaScript engine would.
	const validate = new Function(`return (${design.orgValidation('lev-a')})`)() as (
		newDoc: object,
		oldDoc: object | null,
		userCtx: { name: string; roles: string[] }
	) => void;
	const anna = { name: 'anna', roles: ['baatwijzer-org-lev-a'] };
	const bram = { name: 'bram', roles: ['baatwijzer-org-lev-b'] };
	const rita = { name: 'rita', roles: ['baatwijzer-reviewer'] };
	const snapshot = { kind: 'snapshot', organisation: 'lev-a', submittedBy: 'anna' };
	const review = { kind: 'review', reviewer: 'rita' };
	const refusal = (run: () => void) => {
		try {
			run();
			return null;
		} catch (error) {
			return (error as { forbidden: string }).forbidden;
		}
	};
	it('lets the organisation hand in and a reviewer review, once each', () => {
		expect(refusal(() => validate(snapshot, null, anna))).toBeNull();
		expect(refusal(() => validate(review, null, rita))).toBeNull();
	});
	it('refuses any change or deletion, even by the writer', () => {
		expect(refusal(() => validate(snapshot, snapshot, anna))).toMatch(/verandert niet meer/);
		expect(refusal(() => validate({ _deleted: true }, snapshot, anna))).toMatch(/verandert niet/);
	});
	it('refuses a snapshot of another organisation or in another name', () => {
		expect(refusal(() => validate(snapshot, null, bram))).toMatch(/Alleen accounts/);
		expect(refusal(() => validate(snapshot, null, rita))).toMatch(/Alleen accounts/);
		expect(refusal(() => validate({ ...snapshot, organisation: 'lev-b' }, null, anna))).toMatch(
			/moet van organisatie lev-a zijn/
		);
		expect(refusal(() => validate({ ...snapshot, submittedBy: 'bea' }, null, anna))).toMatch(
			/eigen naam/
		);
	});
	it('refuses a review by a non-reviewer or in another reviewer’s name', () => {
		expect(refusal(() => validate({ ...review, reviewer: 'anna' }, null, anna))).toMatch(
			/Alleen beoordelaars/
		);
		expect(refusal(() => validate({ ...review, reviewer: 'ruud' }, null, rita))).toMatch(
			/op naam van/
		);
		expect(refusal(() => validate({ kind: 'other' }, null, rita))).toMatch(/Onbekende soort/);
	});
	it('lets the server admin repair anything', () => {
		expect(
			refusal(() => validate(snapshot, snapshot, { name: 'admin', roles: ['_admin'] }))
		).toBeNull();
	});
});

describe('reading what is received', () => {
	it('takes a genuine snapshot, after a JSON round trip, as handed in', async () => {
		const { handIn, doc } = await handedIn();
		const read = await readReceived(JSON.parse(JSON.stringify(doc)), 'lev-a');
		expect(read.ok && read.kind === 'snapshot').toBe(true);
		if (!read.ok || read.kind !== 'snapshot') return;
		expect(read.snapshot.handIn).toEqual(handIn);
		expect(read.snapshot.proposal.title).toBe(proposal.title);
		expect(read.snapshot.proposal.lines).toEqual(
			proposal.lines.map((line) => ({ ...line, reviewerRemark: '' }))
		);
	});
	it('keeps a snapshot aside whose content no longer matches its fingerprint', async () => {
		const { doc } = await handedIn();
		const forged = structuredClone(doc);
		forged.content.proposal.subsidyCents = 1;
		const read = await readReceived(forged, 'lev-a');
		expect(read).toMatchObject({ ok: false, reason: { kind: 'tampered' }, title: proposal.title });
	});
	it('keeps aside a snapshot found in another organisation’s database', async () => {
		const { doc } = await handedIn();
		expect(await readReceived(doc, 'lev-b')).toMatchObject({
			ok: false,
			reason: { kind: 'wrongPlace' }
		});
	});
	it('keeps aside what the schemas refuse, with the field named', async () => {
		const { doc } = await handedIn();
		const broken = { ...structuredClone(doc), number: 'één' };
		const read = await readReceived(broken, 'lev-a');
		expect(read.ok).toBe(false);
		if (read.ok || read.reason.kind !== 'invalid') throw new Error('expected invalid');
		expect(read.reason.issues.map((issue) => issue.path.join('.'))).toContain('number');
	});
	it('migrates a snapshot written by an older shape through the one proposal chain', async () => {
		const { doc } = await handedIn();
		const older = { ...structuredClone(doc), proposalVersion: proposalVersions.SubsidyYear };
		// Shape 7 differs from today's only in what defaults fill: it reads as the same proposal.
		const read = await readReceived(older, 'lev-a');
		expect(read.ok).toBe(true);
	});
	it('reads a review and refuses one without a reviewer', async () => {
		const review = reviewDocument(
			{ ...proposal, handIns: [(await handedIn()).handIn], verdict: 'positive' },
			'rita',
			when,
			'r1'
		);
		expect(await readReceived(review, 'lev-a')).toMatchObject({ ok: true, kind: 'review' });
		expect((await readReceived({ ...review, reviewer: '' }, 'lev-a')).ok).toBe(false);
	});
});

describe('what the sync does with what it receives', () => {
	const review = (reviewer: string, at: string, remarks: string, extra = {}): ReviewDocument => ({
		_id: `review:${proposal.id}:${reviewer}${at}`,
		kind: 'review',
		organisation: 'lev-a',
		proposalId: proposal.id,
		snapshotNumber: 1,
		reviewer,
		at,
		status: 'reviewed',
		verdict: 'incomplete',
		verdictReason: '',
		remarks,
		lineRemarks: {},
		...extra
	});
	it('keeps both reviewers’ remarks; the latest review sets the verdict', () => {
		const merged = withReviews(proposal, [
			review('ruud', '2026-12-05T11:00:00.000Z', 'Aantal is hoog.', { verdict: 'positive' }),
			review('rita', '2026-12-05T10:00:00.000Z', 'Bron ontbreekt.')
		]);
		expect(merged.verdict).toBe('positive');
		expect(merged.status).toBe('reviewed');
		expect(merged.reviewerRemarks).toBe('rita: Bron ontbreekt.\n\nruud: Aantal is hoog.');
	});
	it('takes each reviewer’s latest remark only, and one reviewer’s without a name', () => {
		const merged = withReviews(proposal, [
			review('rita', '2026-12-05T10:00:00.000Z', 'Eerste versie.'),
			review('rita', '2026-12-05T12:00:00.000Z', 'Tweede versie.')
		]);
		expect(merged.reviewerRemarks).toBe('Tweede versie.');
	});
	it('keeps the reviewer’s work on a newer hand-in, awaiting a new review', () => {
		const reviewed: Proposal = {
			...proposal,
			status: 'reviewed',
			verdict: 'incomplete',
			reviewerRemarks: 'Vul aan.',
			lines: proposal.lines.map((line, index) =>
				index === 0 ? { ...line, reviewerRemark: 'Bron?' } : line
			)
		};
		const newer = { ...proposal, subsidyCents: 1 };
		const next = withNewerHandIn(reviewed, newer, []);
		expect(next).toMatchObject({ status: 'submitted', verdict: 'incomplete', subsidyCents: 1 });
		expect(next.lines[0]!.reviewerRemark).toBe('Bron?');
	});
	it('says what changed from one hand-in to the next', () => {
		const [first, ...rest] = proposal.lines;
		const after: Proposal = {
			...proposal,
			subsidyCents: (proposal.subsidyCents ?? 0) + 100,
			lines: [...rest.map((line, i) => (i === 0 ? { ...line, justification: 'Nieuw.' } : line))]
		};
		const changes = handInChanges(proposal, after);
		expect(changes.fields).toEqual([
			{ key: 'subsidyCents', before: proposal.subsidyCents, after: after.subsidyCents }
		]);
		expect(changes.removed).toEqual([first!.name]);
		expect(changes.changed).toEqual([rest[0]!.name]);
		expect(changes.added).toEqual([]);
	});
});
