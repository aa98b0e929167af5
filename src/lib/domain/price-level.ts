/**
 * What a draft's choice of price level means for its lines: which price years they are in, and
 * which amounts could not be brought to the chosen year (so the user is told, not left guessing).
 */
import { lineAmount } from './proposal-calculation';
import type { EffectLine } from './schemas/effect-line';

export interface PriceLevelReport {
	/** The distinct price years of the lines, oldest first. */
	readonly years: readonly number[];
	/** Lines whose price year is unknown. */
	readonly unknownYear: readonly string[];
	/** Lines that keep their own year under the chosen level, and why. */
	readonly notIndexed: readonly { name: string; reason: 'laterPriceYear' | 'noCpi' }[];
}

export function priceLevelReport(
	lines: readonly Pick<EffectLine, 'name' | 'amountCents' | 'priceYear'>[],
	indexYear: number | null
): PriceLevelReport {
	const years = [
		...new Set(lines.flatMap((line) => (line.priceYear === null ? [] : [line.priceYear])))
	];
	const notIndexed: { name: string; reason: 'laterPriceYear' | 'noCpi' }[] = [];
	for (const line of lines) {
		const amount = lineAmount(line, indexYear);
		if (amount.kind === 'notIndexed') notIndexed.push({ name: line.name, reason: amount.reason });
	}
	return {
		years: years.sort((a, b) => a - b),
		unknownYear: lines.filter((line) => line.priceYear === null).map((line) => line.name),
		notIndexed
	};
}
