/**
 * Described cases (casussen) and each year's settings, in the browser's database. Every read runs
 * the record's and the case's chains and validates (domain/cases/case-record.ts); a record that
 * fails is counted and left alone, never shown half-valid. Several cases (a grid, a CSV file) are
 * stored in one transaction: all or none.
 */
import {
	readStoredCase,
	readStoredCaseYear,
	storedCase,
	storedCaseYear,
	type StoredCase
} from '$lib/domain/cases/case-record';
import type { DescribedCase, YearSettings } from '$lib/domain/schemas/described-case';
import { readStoredCasePlain } from '$lib/domain/plain-check/cases';
import type { BaatwijzerDb } from './db';
import { sortedCases, yearsOf, type CasesRead } from './cases-first-read';

export {
	firstReadCaseBook,
	firstReadCasesOfYear,
	type CaseBookRead,
	type CasesRead
} from './cases-first-read';

export interface CaseStore {
	/** The cases of a year, oldest date first. */
	ofYear(year: number): Promise<CasesRead>;
	/** The years that hold cases, newest first. */
	years(): Promise<number[]>;
	/** Stores the cases (new or changed), all or none. */
	putAll(cases: readonly DescribedCase[]): Promise<void>;
	remove(id: string): Promise<void>;
	yearSettings(year: number): Promise<YearSettings | null>;
	putYearSettings(settings: YearSettings): Promise<void>;
}

/** Each stored case through the plain check, else its chains and the schema. */
export function readAllCases(raw: readonly unknown[]): CasesRead {
	const cases: DescribedCase[] = [];
	let unreadable = 0;
	for (const record of raw) {
		const plain = readStoredCasePlain(record);
		const read = plain ? { ok: true as const, value: plain } : readStoredCase(record);
		if (read.ok) cases.push(read.value.case);
		else unreadable++;
	}
	return sortedCases(cases, unreadable);
}

export class CasesRepository implements CaseStore {
	constructor(private readonly db: BaatwijzerDb) {}

	async ofYear(year: number) {
		return readAllCases(await this.db.cases.where('year').equals(year).toArray());
	}

	async years() {
		return yearsOf(await this.db.cases.orderBy('year').uniqueKeys());
	}

	async putAll(cases: readonly DescribedCase[]) {
		await this.db.cases.bulkPut(cases.map(storedCase));
	}

	async remove(id: string) {
		await this.db.cases.delete(id);
	}

	async yearSettings(year: number) {
		return readStoredCaseYear(await this.db.caseYears.get(year));
	}

	async putYearSettings(settings: YearSettings) {
		await this.db.caseYears.put(storedCaseYear(settings));
	}
}

/** The same in memory, when IndexedDB is refused (and in unit tests). */
export class MemoryCases implements CaseStore {
	readonly #cases = new Map<string, StoredCase>();
	readonly #years = new Map<number, unknown>();

	async ofYear(year: number) {
		return readAllCases(
			[...this.#cases.values()]
				.filter((record) => record.year === year)
				.map((r) => structuredClone(r))
		);
	}

	async years() {
		return [...new Set([...this.#cases.values()].map((record) => record.year))].sort(
			(a, b) => b - a
		);
	}

	async putAll(cases: readonly DescribedCase[]) {
		for (const described of cases) this.#cases.set(described.id, storedCase(described));
	}

	async remove(id: string) {
		this.#cases.delete(id);
	}

	async yearSettings(year: number) {
		return readStoredCaseYear(structuredClone(this.#years.get(year)));
	}

	async putYearSettings(settings: YearSettings) {
		this.#years.set(settings.year, storedCaseYear(settings));
	}
}
