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
	const factor = factorBetween(priceYear, targetYear, series);
	if (factor === null) return { kind: 'notIndexed', cents, reason: 'noCpi' };
	return {
		kind: 'indexed',
		cents: Number(divideRounded(BigInt(cents) * factor.numerator, factor.denominator)),
		fromYear: priceYear,
		toYear: targetYear
	};
}

interface Factor {
	readonly numerator: bigint;
	readonly denominator: bigint;
}

/**
 * The factors from one year to another, kept per series: a proposal's lines mostly share a price
 * year, and every view indexes every line on every change. The series are constants.
 */
const factors = new WeakMap<CpiSeries, Map<number, Factor | null>>();

/** prod (1000 + tenths) / 1000^years over the years after `from` up to `to`; null without CPI. */
function factorBetween(from: number, to: number, series: CpiSeries): Factor | null {
	let known = factors.get(series);
	if (!known) factors.set(series, (known = new Map()));
	const key = from * 10_000 + to;
	const cached = known.get(key);
	if (cached !== undefined) return cached;
	let factor: Factor | null = { numerator: 1n, denominator: 1n };
	for (let year = from + 1; year <= to; year++) {
		const tenths = series[year];
		if (tenths === undefined) {
			factor = null;
			break;
		}
		factor = {
			numerator: factor.numerator * (1000n + BigInt(tenths)),
			denominator: factor.denominator * 1000n
		};
	}
	known.set(key, factor);
	return factor;
}
