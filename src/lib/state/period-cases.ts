/**
 * The registered cases of a period, for a proposal's realisation: read year by year through the
 * cases' store (every read validated), those outside the period's days left out.
 */
import type { Period } from '$lib/domain/realisation/from-cases';
import type { DescribedCase } from '$lib/domain/schemas/described-case';

/** A realisation covers at most this many calendar years of cases. */
const MAX_YEARS = 10;

export async function casesInPeriod(
	period: Period
): Promise<{ cases: DescribedCase[]; unreadable: number }> {
	const storage = await (await import('$lib/storage')).openStorage();
	const first = Number(period.start.slice(0, 4));
	const last = Math.min(Number(period.end.slice(0, 4)), first + MAX_YEARS - 1);
	const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, at) => first + at);
	const reads = await Promise.all(years.map((year) => storage.cases.ofYear(year)));
	return {
		cases: reads
			.flatMap((read) => read.cases)
			.filter((described) => described.date >= period.start && described.date <= period.end),
		unreadable: reads.reduce((sum, read) => sum + read.unreadable, 0)
	};
}
