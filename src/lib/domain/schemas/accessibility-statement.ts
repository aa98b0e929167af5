/**
 * The accessibility statement (toegankelijkheidsverklaring) in the national model, as the
 * organisation that hosts the app fills it in: `static/toegankelijkheidsverklaring.json`, read by
 * the page /toegankelijkheid and validated like every file the app reads.
 */
import { z } from 'zod/mini';
import { optionalDateSchema } from './common';

const date = optionalDateSchema('A date as YYYY-MM-DD, or empty while not known');
const text = (max: number) => z._default(z.string().check(z.trim(), z.maxLength(max)), '');

/** The national model's statuses: A fully compliant ... E not compliant. */
export const statementStatuses = ['A', 'B', 'C', 'D', 'E'] as const;

export const accessibilityStatementSchema = z.object({
	organisation: text(200).check(z.describe('The organisation that offers the app')),
	website: text(500).check(z.describe('Where the app is offered')),
	status: z
		._default(z.nullable(z.enum(statementStatuses)), null)
		.check(
			z.describe(
				'A: voldoet volledig; B: gedeeltelijk; C: eerste maatregelen genomen; D: eerste maatregelen nog niet genomen; E: voldoet niet; null: not filled in yet'
			)
		),
	statementDate: date.check(z.describe('The date of this statement')),
	lastAuditDate: date.check(z.describe('The date of the last audit by an expert')),
	auditBy: text(200).check(z.describe('Who carried out that audit')),
	auditReport: text(2000).check(z.describe('A link to the audit report')),
	knownGaps: z._default(
		z
			.array(
				z.object({
					problem: text(2000).check(z.describe('What does not meet the requirements, and where')),
					reason: text(2000).check(z.describe('Why')),
					plannedFix: text(2000).check(z.describe('What will be done, and by when'))
				})
			)
			.check(z.maxLength(100)),
		[]
	),
	contactEmail: text(200),
	contactPhone: text(50),
	replyWithinDays: z._default(z.nullable(z.int().check(z.gte(1), z.lte(60))), null)
});
export type AccessibilityStatement = z.infer<typeof accessibilityStatementSchema>;
