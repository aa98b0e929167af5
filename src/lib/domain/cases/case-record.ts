/**
 * A described case's shape history and its stored record. Every reader of a case (the browser's
 * database, a cases file) runs the one case chain below and then validates, like a proposal: the
 * next change to a case's shape is written here, once, as a version and its step in `caseUp`.
 */
import { z } from 'zod/mini';
import { currentRecordVersion, readRecord, type RecordRead } from '../records';
import {
	caseYear,
	describedCaseSchema,
	yearSettingsSchema,
	type DescribedCase,
	type YearSettings
} from '../schemas/described-case';

type Json = Record<string, unknown>;

import { caseVersions, CURRENT_CASE_VERSION } from './case-versions';

export { caseVersions, CURRENT_CASE_VERSION } from './case-versions';

export const caseUp: Readonly<Record<number, (described: Json) => Json>> = {};

/** Brings a case of shape `from` to the current shape (validation follows). */
export function migrateCase(raw: unknown, from: number): unknown {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
	let described = raw as Json;
	for (let at = from; at < CURRENT_CASE_VERSION; at++) described = caseUp[at]!(described);
	return described;
}

/** A case as stored: the case, plus its year and unit for finding a year's cases. */
export const storedCaseSchema = z.object({
	recordVersion: z.literal(currentRecordVersion.describedCase),
	caseVersion: z.literal(CURRENT_CASE_VERSION),
	id: z.string().check(z.minLength(1), z.maxLength(100)),
	year: z.int(),
	unit: z.string(),
	case: describedCaseSchema
});
export type StoredCase = z.infer<typeof storedCaseSchema>;

export function storedCase(described: DescribedCase): StoredCase {
	return {
		recordVersion: currentRecordVersion.describedCase,
		caseVersion: CURRENT_CASE_VERSION,
		id: described.id,
		year: caseYear(described),
		unit: described.unit,
		case: structuredClone(described)
	};
}

/** Reads a stored case: the record's chain, the case's chain, then the schema. */
export function readStoredCase(raw: unknown): RecordRead<StoredCase> {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw))
		return { ok: false, reason: 'notARecord' };
	const record = raw as Json;
	const shape = record.caseVersion ?? caseVersions.Initial;
	if (typeof shape !== 'number' || !Number.isInteger(shape) || shape < 1)
		return { ok: false, reason: 'notARecord' };
	if (shape > CURRENT_CASE_VERSION) return { ok: false, reason: 'newerVersion' };
	const migrated = {
		...record,
		case: migrateCase(record.case, shape),
		caseVersion: CURRENT_CASE_VERSION
	};
	const read = readRecord('describedCase', migrated, storedCaseSchema);
	// The year and unit are the case's own, never what the envelope says.
	if (
		read.ok &&
		(read.value.year !== caseYear(read.value.case) || read.value.unit !== read.value.case.unit)
	)
		return { ok: true, value: storedCase(read.value.case) };
	return read;
}

/** A year's settings as stored, keyed by the year. */
export const storedCaseYearSchema = z.object({
	recordVersion: z.literal(currentRecordVersion.caseYear),
	id: z.int(),
	settings: yearSettingsSchema
});

export type StoredCaseYear = z.infer<typeof storedCaseYearSchema>;

export const storedCaseYear = (settings: YearSettings): StoredCaseYear => ({
	recordVersion: currentRecordVersion.caseYear,
	id: settings.year,
	settings: structuredClone(settings)
});

/** Reads a year's stored settings; null when there are none or they no longer validate. */
export function readStoredCaseYear(raw: unknown): YearSettings | null {
	if (raw === undefined) return null;
	const read = readRecord('caseYear', raw, storedCaseYearSchema);
	return read.ok && read.value.id === read.value.settings.year ? read.value.settings : null;
}
