import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issueMessage } from '$lib/components/drafts/import-messages';
import { readExchangeFile } from '$lib/domain/exchange/import-file';

function messages(name: string): string[] {
	const result = readExchangeFile(readFileSync(`tests/fixtures/import/${name}`, 'utf8'), 1);
	if (result.ok || result.reason !== 'invalid') throw new Error('expected an invalid file');
	return result.issues.map(issueMessage);
}

describe('import problems in Dutch', () => {
	it('names the place in the file and the problem in plain words', () => {
		expect(messages('wrong-types.json')).toEqual([
			'voorstel 1 › titel: heeft het verkeerde type (verwacht: tekst)',
			'voorstel 1 › subsidie in centen: heeft het verkeerde type (verwacht: getal)'
		]);
		expect(messages('negative-count.json')).toEqual([
			'voorstel 1 › regel 1 › aantal › personen: is te klein of te kort (minstens 0)'
		]);
		expect(messages('huge-numbers.json')[0]).toBe(
			'voorstel 1 › regel 1 › bedrag in centen: is te groot (hoogstens 100000000000)'
		);
	});
});

describe('price-list file problems in Dutch', () => {
	it('names the item and field of a bad JSON price list', async () => {
		const { readPriceListFile } = await import('$lib/domain/price-list/list-file');
		const result = await readPriceListFile(
			JSON.stringify({
				format: 'baatwijzer-prijslijst',
				version: 1,
				name: 'Eigen',
				listVersion: '1',
				items: [{ id: 'x' }]
			}),
			100,
			[]
		);
		if (result.ok || result.kind !== 'json') throw new Error('expected a JSON problem');
		expect(result.problems.map(issueMessage)).toContain('post 1 › naam: ontbreekt');
	});
});

describe('a proposal over a limit is too long, not damaged (issue 24, point 3)', () => {
	const fixture = JSON.parse(
		readFileSync('tests/fixtures/proposals/maatjes-tien-regels.json', 'utf8')
	);
	const line = fixture.drafts[0].proposal.lines[0];
	const withLines = (count: number) =>
		Array.from({ length: count }, (_, index) => ({ ...line, id: `r${index}`, overlapsWith: null }));

	it('a file names the limit and how many lines it has', () => {
		const file = structuredClone(fixture);
		file.drafts[0].proposal.lines = withLines(1000);
		const text = JSON.stringify(file);
		const result = readExchangeFile(text, text.length);
		if (result.ok || result.reason !== 'invalid') throw new Error('expected an invalid file');
		expect(result.issues.map(issueMessage)).toEqual([
			'Een voorstel heeft hoogstens 500 regels; dit voorstel heeft er 1.000.'
		]);
	});

	it('a stored draft of 1,000 lines reads as too long, and repair keeps the first 500', async () => {
		const { readRecord, repairProposal, storedDraftSchema } = await import('$lib/domain/records');
		const proposal = { ...fixture.drafts[0].proposal, lines: withLines(1000) };
		const stored = {
			recordVersion: 2,
			proposalVersion: 9,
			id: proposal.id,
			titleKey: '',
			status: 'draft',
			updatedAt: proposal.updatedAt,
			revision: 1,
			proposal
		};
		const read = readRecord('draft', stored, storedDraftSchema);
		if (read.ok || !('issues' in read)) throw new Error('expected a refused draft');
		expect(read.issues.map(issueMessage)).toEqual([
			'Een voorstel heeft hoogstens 500 regels; dit voorstel heeft er 1.000.'
		]);
		expect(
			read.issues.every((issue) => issue.code === 'too_big_array' && issue.actual === 1000)
		).toBe(true);
		const repaired = repairProposal(proposal, new Date());
		expect(repaired.proposal.lines).toHaveLength(500);
		expect(repaired.proposal.lines.at(-1)!.id).toBe('r499');
		expect(repaired.dropped).toHaveLength(500);
		expect(repaired.dropped[0]).toBe('lines 501');
	});

	it('another list over its limit names both numbers too', () => {
		const file = structuredClone(fixture);
		file.drafts[0].proposal.neighbourhoods = Array.from({ length: 101 }, (_, i) => `Wijk ${i}`);
		const text = JSON.stringify(file);
		const result = readExchangeFile(text, text.length);
		if (result.ok || result.reason !== 'invalid') throw new Error('expected an invalid file');
		expect(result.issues.map(issueMessage)).toEqual([
			'voorstel 1 › wijk: heeft er 101; hoogstens 100 mag'
		]);
	});
});
