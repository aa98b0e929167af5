/**
 * The accessibility statement (toegankelijkheidsverklaring) in the national model, as the
 * organisation that hosts the app fills it in: `static/toegankelijkheidsverklaring.json`, read by
 * the page /toegankelijkheid and validated like every file the app reads.
 */
import { z } from 'zod';
import { addRule, isRealDate } from './common';

const date = z
	.string()
	.max(10)
	.superRefine((text, ctx) => {
		if (text !== '' && !isRealDate(text)) addRule(ctx, 'notADate', [], text);
	})
	.default('')
	.describe('A date as YYYY-MM-DD, or empty while not known');
const text = (max: number) => z.string().trim().max(max).default('');

/** The national model's statuses: A fully compliant ... E not compliant. */
export const statementStatuses = ['A', 'B', 'C', 'D', 'E'] as const;

export const accessibilityStatementSchema = z.object({
	organisation: text(200).describe('The organisation that offers the app'),
	website: text(500).describe('Where the app is offered'),
	status: z
		.enum(statementStatuses)
		.nullable()
		.default(null)
		.describe(
			'A: voldoet volledig; B: gedeeltelijk; C: eerste maatregelen genomen; D: eerste maatregelen nog niet genomen; E: voldoet niet; null: not filled in yet'
		),
	statementDate: date.describe('The date of this statement'),
	lastAuditDate: date.describe('The date of the last audit by an expert'),
	auditBy: text(200).describe('Who carried out that audit'),
	auditReport: text(2000).describe('A link to the audit report'),
	knownGaps: z
		.array(
			z.object({
				problem: text(2000).describe('What does not meet the requirements, and where'),
				reason: text(2000).describe('Why'),
				plannedFix: text(2000).describe('What will be done, and by when')
			})
		)
		.max(100)
		.default([]),
	contactEmail: text(200),
	contactPhone: text(50),
	replyWithinDays: z.int().min(1).max(60).nullable().default(null)
});
export type AccessibilityStatement = z.infer<typeof accessibilityStatementSchema>;
