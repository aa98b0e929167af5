/** A described case's shape versions, without the schema (case-record.ts runs the chain). */

/** Versions of a case's shape, oldest first; `caseUp[n]` turns version n into n + 1. */
export const caseVersions = {
	/** Unit, date, anonymous description, multiplier and the avoided services as effect lines. */
	Initial: 1
} as const;
export const CURRENT_CASE_VERSION = caseVersions.Initial;
