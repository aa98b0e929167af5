/**
 * The registered cases of a period, for a proposal's realisation: read year by year, every read
 * validated, those outside the period's days left out. Read straight from IndexedDB when the
 * database is current (the realisation page then loads no Dexie), else through the cases' store.
 */
import type { Period } from '$lib/domain/realisation/from-cases';
import type { DescribedCase } from '$lib/domain/schemas/described-case';

/** A realisation covers at most this many calendar years of cases. */
const MAX_YEARS = 10;

export async function casesInPeriod(
	period: Period
): Promise<{ cases: DescribedCase[]; unreadable: number }> {
	const first = Number(period.start.slice(0, 4));
	const last = Math.min(Number(period.end.slice(0, 4)), first + MAX_YEARS - 1);
	const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, at) => first + at);
	const { firstReadCasesOfYear } = await import('$lib/storage/cases-first-read');
	const ofYear = async (year: number) =>
		(await firstReadCasesOfYear(year)) ??
		(await (await import('$lib/storage')).openStorage()).cases.ofYear(year);
	const reads = await Promise.all(years.map(ofYear));
	return {
		cases: reads
			.flatMap((read) => read.cases)
			.filter((described) => described.date >= period.start && described.date <= period.end),
		unreadable: reads.reduce((sum, read) => sum + read.unreadable, 0)
	};
}
