/**
 * A proposal of the current shape checked without zod: the same object `proposalSchema` would
 * return, or null where the schema would refuse it or change it (fill in a default, trim text).
 * A stored draft as the app writes it passes here, so the pages and the overview's worker read
 * drafts without loading or running the validator; anything else goes to the schema, which reports
 * or repairs as before. A property test holds the two equal.
 */
import type { Proposal } from '../schemas/proposal';
import type { Arena } from '../schemas/arena';
import type { MkbaSettings } from '../schemas/mkba';
import type { HandIn } from '../schemas/hand-in';
import type { Realisation, RealisedLine } from '../schemas/realisation';
import { proposalStatuses, reviewVerdicts } from '../schemas/proposal-status';
import { listLimits, textLimits, yearLimits } from '../schemas/limits';
import { MAX_COUNT } from '../schemas/count';
import { MAX_REPEAT_YEARS } from '../schemas/settings-defaults';
import { checkArenaRules, checkProposalRules } from '../schemas/proposal-rules';
import { isRealDate, uniqueBy } from '../schemas/rules';
import { readLine, readPriceItem } from './line';
import {
	everyOf,
	isCents,
	isDateTime,
	isId,
	isInt,
	isObject,
	isOneOf,
	isText,
	isTrimmed,
	passes,
	type Fields
} from './values';

const isYear = (value: unknown): value is number => isInt(value, yearLimits.min, yearLimits.max);
const isNullable = <T>(value: unknown, check: (value: unknown) => value is T): value is T | null =>
	value === null || check(value);
const isDate = (value: unknown): value is string =>
	isText(value, 10) && (value === '' || isRealDate(value));
const isParty = (value: unknown): value is string => isTrimmed(value, 1, textLimits.costHolder);
const isPeople = (value: unknown): value is number => isInt(value, 0, 10_000_000);
const readText = (max: number) => (value: unknown) => (isText(value, max) ? value : null);
const readId = (value: unknown) => (isId(value) ? value : null);

function readArena(raw: unknown): Arena | null {
	if (!isObject(raw)) return null;
	const investors = everyOf(raw.investors, 50, (value) =>
		isObject(value) &&
		isId(value.id) &&
		isText(value.name, textLimits.costHolder) &&
		isNullable(value.amountCents, (cents) => isCents(cents, 0))
			? { id: value.id, name: value.name, amountCents: value.amountCents }
			: null
	);
	const effects = everyOf(raw.effects, 100, (value) =>
		isObject(value) && isId(value.id) && isTrimmed(value.description, 1, textLimits.arenaEffect)
			? { id: value.id, description: value.description }
			: null
	);
	const unintended = everyOf(raw.unintended, 700, readId);
	const indirect = everyOf(raw.indirect, 700, readId);
	const links = everyOf(raw.links, 2000, (value) =>
		isObject(value) && isId(value.effectId) && isParty(value.party)
			? { effectId: value.effectId, party: value.party }
			: null
	);
	const parties = everyOf(raw.parties, 50, (value) => (isParty(value) ? value : null));
	if (!investors || !effects || !unintended || !indirect || !links || !parties) return null;
	const arena = { investors, effects, unintended, indirect, links, parties };
	return passes(arena, checkArenaRules) ? arena : null;
}

const mkbaFields = {
	discountBasisPoints: [0, 2_000],
	dropOffPercent: [0, 100],
	qalysPerYear: [0, 10_000_000],
	qalyValueCents: [0, Infinity],
	careHoursPerYear: [0, 10_000_000],
	careHourCents: [0, Infinity],
	volunteerHours: [0, 10_000_000],
	volunteerHourCents: [0, Infinity],
	ownContributionCents: [0, Infinity]
} as const satisfies Record<keyof MkbaSettings, readonly [number, number]>;

function readMkba(raw: unknown): MkbaSettings | null {
	if (!isObject(raw)) return null;
	const mkba: Fields = {};
	for (const [key, [min, max]] of Object.entries(mkbaFields)) {
		const value = raw[key];
		if (!(max === Infinity ? isCents(value, min) : isInt(value, min, max))) return null;
		mkba[key] = value;
	}
	return mkba as MkbaSettings;
}

const ORGANISATION_CODE = /^([a-z][a-z0-9-]*)?$/;
const FINGERPRINT = /^[0-9a-f]{64}$/;

function readHandIn(raw: unknown): HandIn | null {
	if (!isObject(raw)) return null;
	const { number, handedInAt, author, organisation, fingerprint } = raw;
	if (!isInt(number, 1, 1000) || !isDateTime(handedInAt)) return null;
	if (!isText(author, textLimits.author) || !isText(organisation, 60)) return null;
	if (!ORGANISATION_CODE.test(organisation)) return null;
	if (typeof fingerprint !== 'string' || !FINGERPRINT.test(fingerprint)) return null;
	return { number, handedInAt, author, organisation, fingerprint };
}

const uniqueLineIds = uniqueBy<RealisedLine>('duplicateId', (line) => line.lineId, ['lineId']);

function readRealisation(raw: unknown): Realisation | null {
	if (!isObject(raw) || !isDateTime(raw.recordedAt)) return null;
	const lines = everyOf(raw.lines, listLimits.lines, (value): RealisedLine | null =>
		isObject(value) &&
		isId(value.lineId) &&
		isNullable(value.persons, (persons) => isInt(persons, 0, MAX_COUNT)) &&
		isOneOf(value.source, ['cases', 'entered'] as const) &&
		isInt(value.cases, 0, 1_000_000)
			? { lineId: value.lineId, persons: value.persons, source: value.source, cases: value.cases }
			: null
	);
	return lines && passes(lines, uniqueLineIds) ? { lines, recordedAt: raw.recordedAt } : null;
}

function readPriceListName(raw: unknown): Proposal['priceList'] | null {
	return isObject(raw) && isText(raw.id, 100) && isText(raw.name, 200) && isText(raw.version, 100)
		? { id: raw.id, name: raw.name, version: raw.version }
		: null;
}

/** Reads a field that may be null with `read`; `undefined` when it is refused. */
const nullableOf = <T>(raw: unknown, read: (raw: unknown) => T | null): T | null | undefined =>
	raw === null ? null : (read(raw) ?? undefined);

/** The proposal as the schema would return it, or null where the schema would refuse or change it. */
export function readProposal(raw: unknown): Proposal | null {
	if (!isObject(raw)) return null;
	const { id, title, organisation, orgUnit, targetGroup, targetGroupSize } = raw;
	const { description, problemAndGoal, referenceSituation, periodStart, periodEnd } = raw;
	const { subsidyCents, subsidyYear, settings, priceIndexYear, author, status } = raw;
	const { reviewerRemarks, verdict, verdictReason, createdAt, updatedAt } = raw;
	if (!isId(id) || !isText(title, textLimits.title)) return null;
	if (!isText(organisation, textLimits.organisation) || !isText(orgUnit, textLimits.orgUnit))
		return null;
	if (!isText(targetGroup, textLimits.targetGroup) || !isNullable(targetGroupSize, isPeople))
		return null;
	if (!isText(description, textLimits.description)) return null;
	if (!isText(problemAndGoal, textLimits.problemAndGoal)) return null;
	if (!isText(referenceSituation, textLimits.referenceSituation)) return null;
	if (!isDate(periodStart) || !isDate(periodEnd)) return null;
	if (!isNullable(subsidyCents, (cents) => isCents(cents, 0))) return null;
	if (!isNullable(subsidyYear, isYear)) return null;
	if (!isObject(settings) || !isInt(settings.safetyPercent, 0, 100)) return null;
	if (!isInt(settings.repeatYears, 0, MAX_REPEAT_YEARS)) return null;
	if (!isNullable(priceIndexYear, (year) => isInt(year, 1900, 2200))) return null;
	if (!isText(author, textLimits.author) || !isOneOf(status, proposalStatuses)) return null;
	if (!isText(reviewerRemarks, textLimits.reviewerRemarks)) return null;
	if (!isNullable(verdict, (value) => isOneOf(value, reviewVerdicts))) return null;
	if (!isText(verdictReason, textLimits.verdictReason)) return null;
	if (!isDateTime(createdAt) || !isDateTime(updatedAt)) return null;
	const neighbourhoods = everyOf(raw.neighbourhoods, 100, readText(100));
	const lifeDomains = everyOf(raw.lifeDomains, 50, readText(100));
	const lines = everyOf(raw.lines, listLimits.lines, readLine);
	const customItems = everyOf(raw.customItems, listLimits.customItems, readPriceItem);
	const handIns = everyOf(raw.handIns, 1000, readHandIn);
	const arena = readArena(raw.arena);
	const priceList = nullableOf(raw.priceList, readPriceListName);
	const mkba = nullableOf(raw.mkba, readMkba);
	const realisation = nullableOf(raw.realisation, readRealisation);
	if (!neighbourhoods || !lifeDomains || !lines || !customItems || !handIns || !arena) return null;
	if (priceList === undefined || mkba === undefined || realisation === undefined) return null;
	const proposal: Proposal = {
		id,
		title,
		organisation,
		orgUnit,
		neighbourhoods,
		targetGroup,
		targetGroupSize,
		description,
		problemAndGoal,
		referenceSituation,
		lifeDomains,
		periodStart,
		periodEnd,
		subsidyCents,
		subsidyYear,
		lines,
		settings: { safetyPercent: settings.safetyPercent, repeatYears: settings.repeatYears },
		priceIndexYear,
		priceList,
		customItems,
		arena,
		mkba,
		author,
		status,
		reviewerRemarks,
		verdict,
		verdictReason,
		handIns,
		realisation,
		createdAt,
		updatedAt
	};
	return passes(proposal, checkProposalRules) ? proposal : null;
}
