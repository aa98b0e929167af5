/**
 * Indexing a price to a later year with the CBS consumer price index (shared/data/cpi-nl.csv):
 * multiply by (1 + p/100) for each year after the price year up to and including the target
 * year, exactly, and round half away from zero to a whole cent once at the end.
 */
import { divideRounded } from '../money';
import cpi from './cpi.generated';

/** Yearly CPI change in tenths of a percent, by year: 2022's 10.0 % is 100. */
export type CpiSeries = Readonly<Record<number, number>>;

export const cpiSeries: CpiSeries = cpi.tenthsOfPercentByYear;
export const cpiSource: string = cpi.source;

export function cpiYears(series: CpiSeries = cpiSeries): { first: number; last: number } {
	const years = Object.keys(series).map(Number);
	return { first: Math.min(...years), last: Math.max(...years) };
}

export type Indexed =
	| { readonly kind: 'same'; readonly cents: number }
	| {
			readonly kind: 'indexed';
			readonly cents: number;
			readonly fromYear: number;
			readonly toYear: number;
	  }
	| {
			readonly kind: 'notIndexed';
			readonly cents: number;
			readonly reason: 'laterPriceYear' | 'noCpi';
	  };

export function indexCents(
	cents: number,
	priceYear: number | null,
	targetYear: number | null,
	series: CpiSeries = cpiSeries
): Indexed {
	if (targetYear === null || priceYear === null || targetYear === priceYear)
		return { kind: 'same', cents };
	if (targetYear < priceYear) return { kind: 'notIndexed', cents, reason: 'laterPriceYear' };
	let numerator = BigInt(cents);
	let denominator = 1n;
	for (let year = priceYear + 1; year <= targetYear; year++) {
		const tenths = series[year];
		if (tenths === undefined) return { kind: 'notIndexed', cents, reason: 'noCpi' };
		numerator *= 1000n + BigInt(tenths);
		denominator *= 1000n;
	}
	return {
		kind: 'indexed',
		cents: Number(divideRounded(numerator, denominator)),
		fromYear: priceYear,
		toYear: targetYear
	};
}
