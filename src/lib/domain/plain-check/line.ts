/**
 * An effect line and a price item checked without zod: the same object `effectLineSchema` and
 * `priceItemSchema` would return, or null where the schema would refuse or change it.
 */
import type { EffectLine, Count, SplitPart } from '../schemas/effect-line';
import type { PriceItem } from '../price-list/price-item';
import { checkLineRules, checkPriceItemRules, uniqueHolders } from '../schemas/rules';
import { textLimits, yearLimits } from '../schemas/limits';
import { MAX_COUNT } from '../schemas/count';
import {
	everyOf,
	isCents,
	isId,
	isInt,
	isLevelOrPercent,
	isObject,
	isOneOf,
	isText,
	isTrimmed,
	passes
} from './values';

const kinds = ['cost', 'transfer', 'intangible'] as const;
const recurrences = ['oneOff', 'yearly'] as const;
const grades = ['A', 'B', 'C'] as const;

const isYear = (value: unknown): value is number => isInt(value, yearLimits.min, yearLimits.max);
const isPersons = (value: unknown): value is number => isInt(value, 0, MAX_COUNT);
const isHolder = (value: unknown): value is string => isTrimmed(value, 1, textLimits.costHolder);

function readCount(raw: unknown): Count | null {
	if (!isObject(raw)) return null;
	if (raw.kind === 'direct')
		return isPersons(raw.persons) ? { kind: 'direct', persons: raw.persons } : null;
	if (raw.kind !== 'share' || !isPersons(raw.groupSize) || !isInt(raw.sharePercent, 0, 100))
		return null;
	return { kind: 'share', groupSize: raw.groupSize, sharePercent: raw.sharePercent };
}

const readPart = (raw: unknown): SplitPart | null =>
	isObject(raw) && isHolder(raw.costHolder) && isCents(raw.amountCents)
		? { costHolder: raw.costHolder, amountCents: raw.amountCents }
		: null;

function readSplit(raw: unknown): SplitPart[] | null {
	const parts = everyOf(raw, 20, readPart);
	return parts && parts.length > 0 && passes(parts, uniqueHolders) ? parts : null;
}

/** An optional nullable value: absent stays absent, null stays null; `wrong` when refused. */
const wrong = Symbol('refused');
function optional<T>(
	raw: unknown,
	read: (raw: unknown) => T | null
): T | null | undefined | typeof wrong {
	if (raw === undefined || raw === null) return raw;
	return read(raw) ?? wrong;
}

const readCountRange = (raw: unknown) =>
	isObject(raw) && isPersons(raw.low) && isPersons(raw.high)
		? { low: raw.low, high: raw.high }
		: null;

const readLevelRange = (raw: unknown) =>
	isObject(raw) && isLevelOrPercent(raw.low) && isLevelOrPercent(raw.high)
		? ({ low: raw.low, high: raw.high } as NonNullable<EffectLine['chanceRange']>)
		: null;

const isNullableCents = (value: unknown): value is number | null =>
	value === null || isCents(value);

export function readLine(raw: unknown): EffectLine | null {
	if (!isObject(raw)) return null;
	const { id, priceItemId, name, unit, amountCents, priceYear, kind, lowCents, highCents } = raw;
	const { chance, contribution, recurrence, costHolder, justification, reviewerRemark } = raw;
	if (!isId(id) || (priceItemId !== null && !isText(priceItemId, 100))) return null;
	if (!isTrimmed(name, 1, textLimits.lineName) || !isText(unit, textLimits.unit)) return null;
	if (!isCents(amountCents) || (priceYear !== null && !isYear(priceYear))) return null;
	if (!isOneOf(kind, kinds) || !isNullableCents(lowCents) || !isNullableCents(highCents))
		return null;
	if (chance !== null && !isLevelOrPercent(chance)) return null;
	if (contribution !== null && !isLevelOrPercent(contribution)) return null;
	if (!isOneOf(recurrence, recurrences) || !isHolder(costHolder)) return null;
	if (!isText(justification, textLimits.justification)) return null;
	if (!isText(reviewerRemark, textLimits.lineRemark)) return null;
	const count = raw.count === null ? null : readCount(raw.count);
	if (count === null && raw.count !== null) return null;
	const split = raw.split === undefined ? undefined : readSplit(raw.split);
	const countRange = optional(raw.countRange, readCountRange);
	const chanceRange = optional(raw.chanceRange, readLevelRange);
	const contributionRange = optional(raw.contributionRange, readLevelRange);
	const overlapsWith = optional(raw.overlapsWith, (value) => (isId(value) ? value : null));
	if (split === null || countRange === wrong || chanceRange === wrong) return null;
	if (contributionRange === wrong || overlapsWith === wrong) return null;
	const line: EffectLine = {
		id,
		priceItemId: priceItemId as string | null,
		name,
		unit,
		amountCents,
		priceYear: priceYear as number | null,
		kind,
		count,
		lowCents,
		highCents,
		chance: chance as EffectLine['chance'],
		contribution: contribution as EffectLine['contribution'],
		recurrence,
		costHolder,
		...(split === undefined ? {} : { split }),
		justification,
		reviewerRemark,
		...(countRange === undefined ? {} : { countRange }),
		...(chanceRange === undefined ? {} : { chanceRange }),
		...(contributionRange === undefined ? {} : { contributionRange }),
		...(overlapsWith === undefined ? {} : { overlapsWith })
	};
	return passes(line, checkLineRules) ? line : null;
}

function readSource(raw: unknown): PriceItem['source'] {
	if (!isObject(raw) || !isTrimmed(raw.title, 0, textLimits.sourceTitle)) return null;
	const { title, year, link } = raw;
	if ((year !== null && !isYear(year)) || (link !== null && !isText(link, textLimits.sourceLink)))
		return null;
	return { title, year: year as number | null, link: link as string | null };
}

export function readPriceItem(raw: unknown): PriceItem | null {
	if (!isObject(raw)) return null;
	const { id, name, description, unit, amountCents, lowCents, highCents, priceYear } = raw;
	const { costHolder, recurrence, domain, kind, grade, note, custom } = raw;
	if (!isId(id) || !isTrimmed(name, 1, textLimits.itemName)) return null;
	if (!isText(description, textLimits.itemDescription) || !isText(unit, textLimits.unit))
		return null;
	if (!isCents(amountCents) || !isNullableCents(lowCents) || !isNullableCents(highCents))
		return null;
	if (!isYear(priceYear) || !isHolder(costHolder) || !isOneOf(recurrence, recurrences)) return null;
	if (!isText(domain, 100) || !isOneOf(kind, kinds) || !isOneOf(grade, grades)) return null;
	if (!isText(note, textLimits.itemNote) || typeof custom !== 'boolean') return null;
	const split = raw.split === null ? null : readSplit(raw.split);
	const source = raw.source === null ? null : readSource(raw.source);
	if ((split === null && raw.split !== null) || (source === null && raw.source !== null))
		return null;
	const item: PriceItem = {
		id,
		name,
		description,
		unit,
		amountCents,
		lowCents,
		highCents,
		priceYear,
		costHolder,
		split,
		recurrence,
		domain,
		kind,
		source,
		grade,
		note,
		custom
	};
	return passes(item, checkPriceItemRules) ? item : null;
}
