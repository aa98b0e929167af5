/**
 * Changes to an effect line that keep it valid at every step: a split always sums to the amount
 * (the line's own cost holder takes what the other holders do not), and choosing the low or high
 * end of a published range rescales the split exactly.
 */
import type { PriceItem } from './price-list/price-item';
import { toPercent } from './levels';
import { countHundredths } from './schemas/count';
import type { EffectLine, SplitPart } from './schemas/effect-line';

/**
 * A new line for a price item: the item's amount, range, holder, split and recurrence, and every
 * question still open (no count, no A, no B), so it adds nothing until the user answers. An item
 * with a published range starts at its low end, the cautious choice the method asks for (the
 * drafter may choose the middle or high end, with a reason).
 */
export function lineForItem(item: PriceItem, id: string): EffectLine {
	const line = centralLineForItem(item, id);
	return item.lowCents !== null && item.highCents !== null ? withAmount(line, item.lowCents) : line;
}

function centralLineForItem(item: PriceItem, id: string): EffectLine {
	return {
		id,
		priceItemId: item.id,
		name: item.name,
		unit: item.unit,
		amountCents: item.amountCents,
		priceYear: item.priceYear,
		kind: item.kind,
		lowCents: item.lowCents,
		highCents: item.highCents,
		count: null,
		chance: null,
		contribution: null,
		recurrence: item.recurrence,
		costHolder: item.costHolder,
		...(item.split ? { split: structuredClone(item.split) } : {}),
		justification: '',
		reviewerRemark: '',
		countRange: null,
		chanceRange: null,
		contributionRange: null
	};
}

/** Another holder's part of a split line (the line's own holder takes the rest). */
export interface ExtraPart {
	readonly costHolder: string;
	readonly amountCents: number;
}

/** The parts beyond the line's own holder, as the split editor shows them. */
export function extraParts(line: Pick<EffectLine, 'split' | 'costHolder'>): ExtraPart[] {
	return (line.split ?? []).filter((part) => part.costHolder !== line.costHolder);
}

/** What the line's own holder keeps: the amount less the other parts (may be negative). */
export function restPart(line: Pick<EffectLine, 'amountCents'>, extras: readonly ExtraPart[]) {
	return line.amountCents - extras.reduce((sum, part) => sum + part.amountCents, 0);
}

/**
 * The line split over its own holder and `extras`; without extras, not split. Extras naming the
 * line's own holder or one holder twice are merged, so the split names each holder once.
 */
export function withExtraParts<L extends Pick<EffectLine, 'amountCents' | 'costHolder' | 'split'>>(
	line: L,
	extras: readonly ExtraPart[]
): L {
	const merged = new Map<string, number>();
	for (const part of extras) {
		if (part.costHolder === line.costHolder) continue;
		merged.set(part.costHolder, (merged.get(part.costHolder) ?? 0) + part.amountCents);
	}
	const others = [...merged].map(([costHolder, amountCents]) => ({ costHolder, amountCents }));
	if (others.length === 0) {
		const { split: _dropped, ...rest } = line;
		return rest as L;
	}
	const split: SplitPart[] = [
		{ costHolder: line.costHolder, amountCents: restPart(line, others) },
		...others
	];
	return { ...line, split };
}

/** Changes the line's own cost holder; in a split, that holder keeps the rest. */
export function withCostHolder<L extends Pick<EffectLine, 'amountCents' | 'costHolder' | 'split'>>(
	line: L,
	costHolder: string
): L {
	const extras = extraParts(line).filter((part) => part.costHolder !== costHolder);
	return withExtraParts({ ...line, costHolder }, extras);
}

/**
 * A new amount for the line; a split is rescaled in proportion, every part rounded half away from
 * zero to the cent and the line's own holder taking what rounding leaves, so it sums exactly.
 */
export function withAmount<L extends Pick<EffectLine, 'amountCents' | 'costHolder' | 'split'>>(
	line: L,
	amountCents: number
): L {
	if (!line.split || line.amountCents === 0) return { ...line, amountCents };
	const from = BigInt(line.amountCents);
	const to = BigInt(amountCents);
	const scale = (cents: number) => {
		const numerator = BigInt(cents) * to;
		const negative = numerator < 0n !== from < 0n;
		const n = numerator < 0n ? -numerator : numerator;
		const d = from < 0n ? -from : from;
		const rounded = (2n * n + d) / (2n * d);
		return Number(negative ? -rounded : rounded);
	};
	const extras = extraParts(line).map((part) => ({
		...part,
		amountCents: scale(part.amountCents)
	}));
	return withExtraParts({ ...line, amountCents }, extras);
}

export type RangeChoice = 'low' | 'central' | 'high';

/** Which end of its published range a line uses (central when it has no range). */
export function rangeChoice(
	line: Pick<EffectLine, 'amountCents' | 'lowCents' | 'highCents'>,
	centralCents: number | null
): RangeChoice {
	if (centralCents !== null && line.amountCents === centralCents) return 'central';
	if (line.lowCents !== null && line.amountCents === line.lowCents) return 'low';
	if (line.highCents !== null && line.amountCents === line.highCents) return 'high';
	return 'central';
}

/**
 * The ranges of a line after its answer changed: a range holds its answer, so when the count, A or
 * B moves outside it, the range's nearer end moves to the answer (the other end stays as the user
 * set it). A range whose answer is cleared is kept for when the answer returns.
 */
export function rangesAroundAnswers(
	line: Pick<
		EffectLine,
		'count' | 'chance' | 'contribution' | 'countRange' | 'chanceRange' | 'contributionRange'
	>
): Pick<EffectLine, 'countRange' | 'chanceRange' | 'contributionRange'> {
	const stretch = <T>(range: { low: T; high: T }, value: (end: T) => number, answer: T) => {
		const at = value(answer);
		if (at < value(range.low)) return { ...range, low: answer };
		if (at > value(range.high)) return { ...range, high: answer };
		return range;
	};
	const countRange =
		line.countRange && line.count !== null
			? (() => {
					const hundredths = countHundredths(line.count);
					const { low, high } = line.countRange;
					if (hundredths < low * 100) return { low: Math.floor(hundredths / 100), high };
					if (hundredths > high * 100) return { low, high: Math.ceil(hundredths / 100) };
					return line.countRange;
				})()
			: line.countRange;
	const level = (range: EffectLine['chanceRange'], answer: EffectLine['chance']) =>
		range && answer !== null ? stretch(range, toPercent, answer) : range;
	return {
		countRange,
		chanceRange: level(line.chanceRange, line.chance),
		contributionRange: level(line.contributionRange, line.contribution)
	};
}
