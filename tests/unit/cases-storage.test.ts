/**
 * Issue 21: described cases in the browser's database, read through their one chain: a year's
 * cases come back as stored, a case changed outside the app is counted, not shown, and a year's
 * settings that no longer validate are not used.
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BaatwijzerDb } from '$lib/storage/db';
import { CasesRepository } from '$lib/storage/cases-repository';
import type { DescribedCase } from '$lib/domain/schemas/described-case';
import { described, line, yearSettings2025 } from './case-fixtures';

const db = () => new BaatwijzerDb('cases', { indexedDB: new IDBFactory(), IDBKeyRange });

const stored = (id: string, date: string, unit = 'Buurtcoach'): DescribedCase => ({
	...described(id, unit, 2, [line({ id: 'l1', amountCents: 687_000, name: 'Dagbesteding' })], date),
	description: 'Oudere vrouw, eenzaam; vrijwilliger komt wekelijks.',
	createdAt: `${date}T10:00:00.000Z`,
	updatedAt: `${date}T10:00:00.000Z`
});

describe('described cases in IndexedDB', () => {
	it('keeps the cases of each year apart, oldest first, and lists the years', async () => {
		const store = new CasesRepository(db());
		await store.putAll([
			stored('b', '2025-06-01'),
			stored('a', '2025-02-01', 'Jongerenwerk'),
			stored('c', '2024-12-31')
		]);
		const { cases, unreadable } = await store.ofYear(2025);
		expect(cases.map((one) => one.id)).toEqual(['a', 'b']);
		expect(cases[0]).toEqual(stored('a', '2025-02-01', 'Jongerenwerk'));
		expect(unreadable).toBe(0);
		expect(await store.years()).toEqual([2025, 2024]);
		await store.remove('b');
		expect((await store.ofYear(2025)).cases.map((one) => one.id)).toEqual(['a']);
	});

	it('does not show a case changed outside the app, and counts it', async () => {
		const database = db();
		const store = new CasesRepository(database);
		await store.putAll([stored('a', '2025-02-01'), stored('b', '2025-03-01')]);
		await database.cases.update('b', { 'case.multiplier': -1 } as never);
		const read = await store.ofYear(2025);
		expect(read.cases.map((one) => one.id)).toEqual(['a']);
		expect(read.unreadable).toBe(1);
	});

	it('remembers a year’s subsidy, settings and unit sizes, and ignores a damaged entry', async () => {
		const database = db();
		const store = new CasesRepository(database);
		const settings = yearSettings2025;
		await store.putYearSettings(settings);
		expect(await store.yearSettings(2025)).toEqual(settings);
		expect(await store.yearSettings(2024)).toBeNull();
		await database.caseYears.update(2025, { 'settings.subsidyCents': -5 } as never);
		expect(await store.yearSettings(2025)).toBeNull();
	});
});
