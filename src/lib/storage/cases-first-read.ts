/**
 * The cases of one year, and the case book's first read of a year, straight from IndexedDB,
 * without Dexie (see first-read.ts) and, for cases as the app stored them, without the validator
 * (plain-check/cases.ts); any other case loads the repository's reader, which migrates and
 * validates as before.
 */
import { readStoredCasePlain, readStoredCaseYearPlain } from '$lib/domain/plain-check/cases';
import type { DescribedCase, YearSettings } from '$lib/domain/schemas/described-case';
import { readStore, readStores, requested } from './raw-read';

export interface CasesRead {
	readonly cases: DescribedCase[];
	/** Stored cases that no longer validate (kept, not shown). */
	readonly unreadable: number;
}

/** Oldest date first, then the order they were made in. */
export function sortedCases(cases: DescribedCase[], unreadable: number): CasesRead {
	cases.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
	return { cases, unreadable };
}

/**
 * The cases of a year, validated as the repository validates them; null when the database is not
 * current or cannot be read so.
 */
export async function firstReadCasesOfYear(year: number): Promise<CasesRead | null> {
	const read = await readStore<unknown[]>('cases', (cases) => cases.index('year').getAll(year), {
		value: []
	});
	if (!read) return null;
	const plain = read.value.map(readStoredCasePlain);
	if (plain.every((stored) => stored !== null))
		return sortedCases(
			plain.map((stored) => stored!.case),
			0
		);
	const { readAllCases } = await import('./cases-repository');
	return readAllCases(read.value);
}

/** What the case book shows for a year: its cases, the years that hold any, its settings. */
export interface CaseBookRead {
	readonly read: CasesRead;
	readonly years: number[];
	readonly settings: YearSettings | null;
}

/**
 * The case book's first read of a year, straight from IndexedDB (see firstReadCasesOfYear), so
 * the cases page loads Dexie only when the user stores something; null when it cannot be read so.
 */
export async function firstReadCaseBook(year: number): Promise<CaseBookRead | null> {
	const read = await readStores<[unknown[], IDBValidKey[], unknown]>(
		['cases', 'caseYears'],
		(transaction) => {
			const cases = transaction.objectStore('cases');
			return Promise.all([
				requested(cases.index('year').getAll(year)),
				uniqueKeys(cases.index('year')),
				requested(transaction.objectStore('caseYears').get(year))
			]);
		},
		{ value: [[], [], undefined] }
	);
	if (!read) return null;
	const [raws, keys, stored] = read.value;
	const plain = raws.map(readStoredCasePlain);
	const settings = stored === undefined ? null : readStoredCaseYearPlain(stored);
	// Records as the app stored them need no validator; any other loads the repository's reader.
	if (plain.every((one) => one !== null) && (stored === undefined || settings)) {
		const cases = plain.map((one) => one!.case);
		return { read: sortedCases(cases, 0), years: yearsOf(keys), settings };
	}
	const [{ readAllCases }, { readStoredCaseYear }] = await Promise.all([
		import('./cases-repository'),
		import('$lib/domain/cases/case-record')
	]);
	return {
		read: readAllCases(raws),
		years: yearsOf(keys),
		settings: readStoredCaseYear(stored)
	};
}

/** The distinct keys of an index, lowest first. */
function uniqueKeys(index: IDBIndex): Promise<IDBValidKey[]> {
	return new Promise((resolve, reject) => {
		const keys: IDBValidKey[] = [];
		const request = index.openKeyCursor(null, 'nextunique');
		request.onsuccess = () => {
			const cursor = request.result;
			if (!cursor) return resolve(keys);
			keys.push(cursor.key);
			cursor.continue();
		};
		request.onerror = () => reject(request.error);
	});
}

/** The years that hold cases, newest first, from the year index's keys (lowest first). */
export const yearsOf = (keys: readonly unknown[]): number[] =>
	keys.filter((key): key is number => Number.isInteger(key)).reverse();
