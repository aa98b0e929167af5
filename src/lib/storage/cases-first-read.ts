/**
 * The cases of one year read straight from IndexedDB, without Dexie (see first-read.ts) and,
 * for cases as the app stored them, without the validator (plain-check/cases.ts); any other case
 * loads the repository's reader, which migrates and validates as before.
 */
import { readStoredCasePlain } from '$lib/domain/plain-check/cases';
import type { DescribedCase } from '$lib/domain/schemas/described-case';
import { readStore } from './raw-read';

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
