/**
 * A stored described case of the current version checked without zod (see proposal.ts): the
 * record `readStoredCase` would return, or null, and then the caller runs that.
 */
import type { StoredCase } from '../cases/case-record';
import type { DescribedCase } from '../schemas/described-case';
import { currentRecordVersion } from '../record-versions';
import { CURRENT_CASE_VERSION } from '../cases/case-versions';
import { caseLimits, listLimits, textLimits } from '../schemas/limits';
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
