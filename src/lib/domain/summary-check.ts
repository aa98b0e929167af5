/**
 * A stored draft summary checked without zod, so the drafts overview can list its newest cards
 * before the validator has loaded. It accepts exactly what `draftSummarySchema` (schemas/draft-summary.ts) accepts and returns
 * the same object (unknown keys dropped); a property test holds the two equal.
 */
import type { DraftSummary } from './draft-summary';
import { proposalStatuses, reviewVerdicts, type ReviewVerdict } from './schemas/proposal-status';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string =>
	typeof value === 'string' && value.length <= max;
const isInt = (value: unknown): value is number => Number.isSafeInteger(value);
const TOTAL = /^-?\d{1,40}$/;
const NUMERATOR = /^-?\d{1,60}$/;
const DENOMINATOR = /^\d{1,60}$/;

/** The summary as the schema would return it, or null where the schema would refuse it. */
export function readDraftSummary(raw: unknown): DraftSummary | null {
	if (!isObject(raw)) return null;
	const { id, writeId, title, titleKey, organisation, author, status, updatedAt, total } = raw;
	const { lineCount, subsidyCents, ratio, verdict, handIn } = raw;
	if (!isText(id, 100) || (writeId !== undefined && !isText(writeId, 100))) return null;
	if (!isText(title, 1000) || !isText(titleKey, 1000)) return null;
	if (!isText(organisation, 1000) || !isText(author, 1000)) return null;
	if (!proposalStatuses.includes(status as DraftSummary['status'])) return null;
	if (!isText(updatedAt, 40) || typeof total !== 'string' || !TOTAL.test(total)) return null;
	if (!isInt(lineCount) || lineCount < 0) return null;
	if (subsidyCents !== null && !isInt(subsidyCents)) return null;
	if (verdict !== null && !reviewVerdicts.includes(verdict as ReviewVerdict)) return null;
	let readRatio: DraftSummary['ratio'] = null;
	if (ratio !== null) {
		if (!isObject(ratio)) return null;
		const { numerator, denominator } = ratio;
		if (typeof numerator !== 'string' || !NUMERATOR.test(numerator)) return null;
		if (typeof denominator !== 'string' || !DENOMINATOR.test(denominator)) return null;
		readRatio = { numerator, denominator };
	}
	let readHandIn: DraftSummary['handIn'] = null;
	if (handIn !== null) {
		if (!isObject(handIn)) return null;
		const { number, organisation: from } = handIn;
		if (!isInt(number) || number < 1 || !isText(from, 60)) return null;
		readHandIn = { number, organisation: from };
	}
	return {
		id,
		...(writeId === undefined ? {} : { writeId }),
		title,
		titleKey,
		organisation,
		author,
		status: status as DraftSummary['status'],
		updatedAt,
		total,
		lineCount,
		subsidyCents: subsidyCents as number | null,
		ratio: readRatio,
		verdict: verdict as ReviewVerdict | null,
		handIn: readHandIn
	};
}

/** Newest first, as the overview lists drafts unless sorted otherwise. */
export function newestFirst(a: { updatedAt: string }, b: { updatedAt: string }): number {
	return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}
