import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { priceItemSchema } from '$lib/domain/price-list/price-item';
import { priceListFromCsv } from '$lib/domain/price-list/from-csv';
import { cpiFromCsv } from '$lib/domain/price-list/cpi-from-csv';
import { helmondPreset } from '$lib/domain/presets/helmond';
import { defaultPriceList } from '$lib/domain/price-list/default-price-list';
import { vectorsDir } from './vector-loader';

const csvPath = resolve(vectorsDir, '../../data/prijslijst-bronnen.csv');
const generatedPath = resolve('src/lib/domain/price-list/default-price-list.generated.json');
const idsPath = resolve('src/lib/domain/price-list/default-price-ids.generated.ts');

describe('the CPI series', () => {
	it('is the current conversion of shared/data/cpi-nl.csv (UPDATE_PRICE_LIST=1 rewrites it)', () => {
		const csvText = readFileSync(resolve(vectorsDir, '../../data/cpi-nl.csv'), 'utf8');
		const json = JSON.stringify(cpiFromCsv(csvText), null, '\t');
		const expected = `// Generated from shared/data/cpi-nl.csv by tests/unit/price-list-data.test.ts\n// (UPDATE_PRICE_LIST=1). Do not edit by hand.\nexport default ${json};\n`;
		const path = resolve('src/lib/domain/price-list/cpi.generated.ts');
		if (process.env.UPDATE_PRICE_LIST) writeFileSync(path, expected);
		expect(readFileSync(path, 'utf8')).toBe(expected);
	});
});

describe('the default price list', () => {
	const csv = readFileSync(csvPath, 'utf8');
	const converted = priceListFromCsv(csv, helmondPreset.costHolders);

	it('converts every row of shared/data/prijslijst-bronnen.csv without a problem', () => {
		expect(converted).toMatchObject({ ok: true });
		const rows = csv.trim().split('\n').length - 1;
		expect(converted.ok && converted.items).toHaveLength(rows);
	});

	it('is the current conversion of the CSV (UPDATE_PRICE_LIST=1 rewrites it)', () => {
		if (!converted.ok) throw new Error('conversion failed');
		const version = createHash('sha256').update(csv).digest('hex').slice(0, 12);
		// Data, not a module: the app fetches it once (the service worker keeps it), so its 70 kB
		// are not in any page's JavaScript; the ids alone are a module, for the proposal schema.
		const expected = `${JSON.stringify({ version, items: converted.items }, null, '\t')}\n`;
		const ids = JSON.stringify(
			converted.items.map((item) => item.id),
			null,
			'\t'
		);
		const expectedIds = `// Generated from shared/data/prijslijst-bronnen.csv by tests/unit/price-list-data.test.ts\n// (UPDATE_PRICE_LIST=1). Do not edit by hand. The ids of the default price list.\nexport default ${ids};\n`;
		if (process.env.UPDATE_PRICE_LIST) {
			writeFileSync(generatedPath, expected);
			writeFileSync(idsPath, expectedIds);
		}
		expect(readFileSync(generatedPath, 'utf8')).toBe(expected);
		expect(readFileSync(idsPath, 'utf8')).toBe(expectedIds);
	});

	it('ships exactly what the schema reads (the browser does not parse the list again)', () => {
		expect(defaultPriceList.length).toBeGreaterThan(0);
		for (const item of defaultPriceList) {
			expect(priceItemSchema.parse(item), item.id).toEqual(item);
		}
	});

	it('checks every item: positive amount, split sums, known holder, grade, source', () => {
		if (!converted.ok) throw new Error('conversion failed');
		for (const item of converted.items) {
			expect(priceItemSchema.safeParse(item).success, item.id).toBe(true);
			expect(item.amountCents, item.id).toBeGreaterThan(0);
			expect(helmondPreset.costHolders, item.id).toContain(item.costHolder);
			expect(['A', 'B', 'C'], item.id).toContain(item.grade);
			expect(item.source?.title, item.id).toBeTruthy();
			if (item.split) {
				expect(
					item.split.reduce((sum, part) => sum + part.amountCents, 0),
					item.id
				).toBe(item.amountCents);
				for (const part of item.split) expect(helmondPreset.costHolders).toContain(part.costHolder);
			}
			if (item.lowCents !== null && item.highCents !== null) {
				expect(item.lowCents).toBeLessThanOrEqual(item.amountCents);
				expect(item.highCents).toBeGreaterThanOrEqual(item.amountCents);
			}
		}
	});
});
