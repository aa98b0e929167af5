/**
 * A stored described case and a year's stored settings, of the current version, checked without
 * zod (see proposal.ts): what `readStoredCase` and `readStoredCaseYear` would return, or null,
 * and then the caller runs those.
 */
import type { StoredCase } from '../cases/case-record';
import type { DescribedCase, YearSettings } from '../schemas/described-case';
import { currentRecordVersion } from '../record-versions';
import { CURRENT_CASE_VERSION } from '../cases/case-versions';
import { caseLimits, listLimits, MAX_CENTS, textLimits, yearLimits } from '../schemas/limits';
import { MAX_REPEAT_YEARS } from '../schemas/settings-defaults';
import { isRealDate, uniqueBy } from '../schemas/rules';
import type { EffectLine } from '../schemas/effect-line';
import { readLine } from './line';
import { everyOf, isId, isInt, isObject, isText, isTrimmed, passes } from './values';

const uniqueLines = uniqueBy<EffectLine>('duplicateId', (line) => line.id, ['id']);

function readDescribedCase(raw: unknown): DescribedCase | null {
	if (!isObject(raw)) return null;
	const { id, unit, date, description, multiplier, createdAt, updatedAt } = raw;
	if (!isId(id) || !isTrimmed(unit, 1, textLimits.orgUnit)) return null;
	if (!isText(date, 10) || !isRealDate(date)) return null;
	if (!isText(description, textLimits.caseDescription)) return null;
	if (!isInt(multiplier, 1, caseLimits.multiplier)) return null;
	if (!isText(createdAt, 40) || !isText(updatedAt, 40)) return null;
	const lines = everyOf(raw.lines, listLimits.caseLines, readLine);
	if (!lines || lines.length === 0 || !passes(lines, uniqueLines)) return null;
	return { id, unit, date, description, multiplier, lines, createdAt, updatedAt };
}

export function readStoredCasePlain(raw: unknown): StoredCase | null {
	if (!isObject(raw) || raw.recordVersion !== currentRecordVersion.describedCase) return null;
	if (raw.caseVersion !== CURRENT_CASE_VERSION || !isId(raw.id)) return null;
	const described = readDescribedCase(raw.case);
	// The year and unit are the case's own: an envelope that says otherwise goes to the schema.
	if (!described || raw.year !== Number(described.date.slice(0, 4))) return null;
	if (raw.unit !== described.unit) return null;
	return {
		recordVersion: currentRecordVersion.describedCase,
		caseVersion: CURRENT_CASE_VERSION,
		id: raw.id,
		year: raw.year,
		unit: described.unit,
		case: described
	};
}

/** Text keys the plain check leaves to the schema (a record would give them another meaning). */
const oddKeys = new Set(['__proto__', 'constructor', 'prototype']);

function readUnitFte(raw: unknown): Record<string, number> | null {
	if (!isObject(raw)) return null;
	const sizes: Record<string, number> = {};
	for (const key of Object.keys(raw)) {
		if (oddKeys.has(key) || key.length > textLimits.orgUnit) return null;
		const size = raw[key];
		if (!isInt(size, 1, 100_000)) return null;
		sizes[key] = size;
	}
	return sizes;
}

/** A year's stored settings as `readStoredCaseYear` returns them; null: leave it to that. */
export function readStoredCaseYearPlain(raw: unknown): YearSettings | null {
	if (!isObject(raw) || raw.recordVersion !== currentRecordVersion.caseYear) return null;
	const { settings } = raw;
	if (!isObject(settings) || !isInt(settings.year, yearLimits.min, yearLimits.max)) return null;
	if (raw.id !== settings.year) return null;
	const { subsidyCents } = settings;
	if (subsidyCents !== null && !isInt(subsidyCents, 0, MAX_CENTS)) return null;
	const method = settings.settings;
	if (!isObject(method) || !isInt(method.safetyPercent, 0, 100)) return null;
	if (!isInt(method.repeatYears, 0, MAX_REPEAT_YEARS)) return null;
	const unitFte = readUnitFte(settings.unitFte);
	if (!unitFte) return null;
	return {
		year: settings.year,
		subsidyCents,
		settings: { safetyPercent: method.safetyPercent, repeatYears: method.repeatYears },
		unitFte
	};
}
