import { MemoryTemplateSets } from '$lib/storage/template-sets-repository';
import { MemoryCases } from '$lib/storage/cases-repository';
import { emptyArena } from '$lib/domain/arena';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExchangeFile } from '$lib/domain/exchange/import-file';
import { MAX_FILE_BYTES } from '$lib/domain/exchange/file-format';
import { withCarriedItems } from '$lib/domain/exchange/carried-items';
import { priceItemResolver } from '$lib/domain/price-list/resolve';
import { DraftsOverview } from '$lib/state/drafts-overview.svelte';
import { MemoryDrafts } from '$lib/storage/memory-drafts';
import { MemoryPriceLists } from '$lib/storage/price-lists-repository';

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const read = (name: string) => {
	const text = fixture(name);
	return readExchangeFile(text, new TextEncoder().encode(text).length);
};
const paths = (name: string) => {
	const result = read(name);
	if (result.ok || result.reason !== 'invalid')
		throw new Error(`expected invalid, got ${JSON.stringify(result)}`);
	return result.issues.map((issue) => `${issue.path.join('.')}:${issue.code}`);
};

describe('importing an exchange file', () => {
	it('accepts a valid version-2 file with its price items, migrated to version 3', () => {
		const result = read('valid.json');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.drafts[0]!.proposal.title).toBe('Maatje voor moeder');
		expect(result.drafts[0]!.priceItems.map((item) => item.id)).toEqual(['verpleeghuiszorg']);
		expect(result.migratedFrom).toBe(2);
		// Every count of a version-2 file was given; version 3 only allows an unanswered one.
		expect(result.drafts[0]!.proposal.lines.every((line) => line.count !== null)).toBe(true);
	});

	it('accepts a version-3 file with a count not given yet, migrated to version 4', () => {
		const file = JSON.parse(readFileSync('tests/fixtures/import/valid.json', 'utf8'));
		file.version = 3;
		file.drafts[0].proposal.lines[0].count = null;
		const result = readExchangeFile(JSON.stringify(file), 1);
		expect(result.ok && result.drafts[0]!.proposal.lines[0]!.count).toBeNull();
		expect(result.ok && result.migratedFrom).toBe(3);
		// A line of a version-3 file has no remark yet: it gets an empty one.
		expect(result.ok && result.drafts[0]!.proposal.lines[0]!.reviewerRemark).toBe('');
	});

	it('reads a version-4 file with the reviewer’s remarks and status as they are, and an empty arena', () => {
		const file = JSON.parse(readFileSync('tests/fixtures/import/valid.json', 'utf8'));
		file.version = 4;
		file.drafts[0].proposal.status = 'reviewed';
		file.drafts[0].proposal.reviewerRemarks = 'Goed onderbouwd.';
		file.drafts[0].proposal.lines[0].reviewerRemark = 'Kans lijkt hoog.';
		const result = readExchangeFile(JSON.stringify(file), 1);
		if (!result.ok) throw new Error('refused');
		expect(result.migratedFrom).toBe(4);
		expect(result.drafts[0]!.proposal.arena).toEqual(emptyArena());
		expect(result.drafts[0]!.proposal).toMatchObject({
			status: 'reviewed',
			reviewerRemarks: 'Goed onderbouwd.'
		});
		expect(result.drafts[0]!.proposal.lines[0]!.reviewerRemark).toBe('Kans lijkt hoog.');
	});

	it('refuses, each with its own reason, files that are empty, not JSON, truncated, another format or too big', () => {
		expect(read('empty.json')).toEqual({ ok: false, reason: 'empty' });
		expect(read('not-json.txt')).toEqual({ ok: false, reason: 'notJson' });
		expect(read('truncated.json')).toEqual({ ok: false, reason: 'notJson' });
		expect(read('other-format.json')).toEqual({ ok: false, reason: 'otherFormat' });
		expect(readExchangeFile('{}', MAX_FILE_BYTES + 1)).toEqual({ ok: false, reason: 'tooLarge' });
	});

	it('refuses a newer or unknown version instead of guessing', () => {
		expect(read('newer-version.json')).toEqual({
			ok: false,
			reason: 'newerVersion',
			version: { kind: 'number', text: '99' }
		});
		expect(read('unknown-version.json')).toEqual({
			ok: false,
			reason: 'unknownVersion',
			version: { kind: 'text', text: 'twee' }
		});
	});

	it('lists wrong types, missing fields, huge numbers and negative counts with their paths', () => {
		expect(paths('wrong-types.json')).toEqual([
			'drafts.0.proposal.title:invalid_type',
			'drafts.0.proposal.subsidyCents:invalid_type'
		]);
		expect(paths('missing-fields.json')).toEqual([
			'drafts.0.proposal.id:missing',
			'drafts.0.proposal.lines.0.costHolder:missing'
		]);
		expect(paths('huge-numbers.json')).toEqual([
			'drafts.0.proposal.lines.0.amountCents:too_big',
			'drafts.0.proposal.lines.0.count.persons:too_big'
		]);
		expect(paths('negative-count.json')).toEqual([
			'drafts.0.proposal.lines.0.count.persons:too_small'
		]);
	});

	it('keeps script tags and formulas in text as plain text', () => {
		const result = read('script-tags.json');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.drafts[0]!.proposal.title).toBe(
			'<script>alert("x")</script><img src=x onerror=alert(1)>'
		);
	});

	it('migrates a version 1 file (the study’s Dutch words) to the current format', () => {
		const result = read('version-1.json');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.migratedFrom).toBe(1);
		const [line] = result.drafts[0]!.proposal.lines;
		expect([line!.chance, line!.contribution, line!.recurrence]).toEqual([
			'maybe',
			'likely',
			'yearly'
		]);
		expect(result.drafts[0]!.priceItems).toEqual([]);
	});
});

describe('the policy team’s proposal fixtures', () => {
	it.each(['schuldenspreekuur', 'jongerenwerk', 'maatjes-tien-regels'])(
		'%s imports as a valid current file',
		(name) => {
			const text = readFileSync(`tests/fixtures/proposals/${name}.json`, 'utf8');
			const result = readExchangeFile(text, text.length);
			expect(result.ok && result.migratedFrom).toBeNull();
		}
	);
});

describe('price items that come with an imported proposal', () => {
	const proposalFile = () =>
		JSON.parse(readFileSync('tests/fixtures/proposals/jongerenwerk.json', 'utf8'));
	const ownItem = {
		...proposalFile().drafts[0].priceItems[0],
		id: 'buurtbemiddeling-casus-helmond',
		name: 'Buurtbemiddeling, casus',
		source: { title: 'Prijslijst gemeente Helmond 2025, regel 12', year: 2025, link: null }
	};

	it("keep an item of the sender's own list with the draft, so its source stays visible", () => {
		const file = proposalFile();
		file.drafts[0].proposal.lines[0].priceItemId = ownItem.id;
		file.drafts[0].priceItems.push(ownItem);
		const result = readExchangeFile(JSON.stringify(file), 1);
		if (!result.ok) throw new Error(JSON.stringify(result));
		const proposal = withCarriedItems(result.drafts[0]!);
		expect(proposal.customItems.map((item) => item.id)).toEqual([ownItem.id]);
		const findItem = priceItemResolver([]);
		expect(findItem(ownItem.id, proposal)?.source?.title).toBe(ownItem.source.title);
		// Items of the built-in list are known here already; nothing else in the draft changes.
		expect({ ...proposal, customItems: [] }).toEqual(result.drafts[0]!.proposal);
	});

	it('an item no line uses is not kept, and a draft without own items comes in unchanged', () => {
		const file = proposalFile();
		file.drafts[0].priceItems.push(ownItem);
		const result = readExchangeFile(JSON.stringify(file), 1);
		if (!result.ok) throw new Error(JSON.stringify(result));
		expect(withCarriedItems(result.drafts[0]!)).toBe(result.drafts[0]!.proposal);
	});

	it('the import in the overview stores the carried item with the draft', async () => {
		const file = proposalFile();
		file.drafts[0].proposal.lines[0].priceItemId = ownItem.id;
		file.drafts[0].priceItems.push(ownItem);
		const storage = {
			drafts: new MemoryDrafts(),
			priceLists: new MemoryPriceLists(),
			templateSets: new MemoryTemplateSets(),
			cases: new MemoryCases(),
			problem: null
		};
		const overview = new DraftsOverview(storage);
		const text = JSON.stringify(file);
		await overview.readImport(text, text.length);
		expect(overview.imported).toBe(1);
		const stored = await storage.drafts.get(file.drafts[0].proposal.id);
		expect(stored?.proposal.customItems.map((item) => item.source?.title)).toEqual([
			ownItem.source.title
		]);
	});
});
