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
