/** A hand-in (indiening): the record that a proposal was handed in, kept in the proposal itself. */
import { z } from 'zod';
import { textLimits } from './limits';

/** An organisation's code on a sync server: its database is named after it. */
export const organisationCodeSchema = z
	.string()
	.max(60)
	.regex(/^([a-z][a-z0-9-]*)?$/)
	.describe('The organisation’s code on the sync server (lower case), or empty');

export const handInSchema = z.object({
	number: z.int().min(1).max(1000).describe('1 for the first hand-in of this proposal, then 2, …'),
	handedInAt: z.iso.datetime().describe('When it was handed in (ISO 8601)'),
	author: z.string().max(textLimits.author).default(''),
	organisation: organisationCodeSchema.default(''),
	fingerprint: z
		.string()
		.regex(/^[0-9a-f]{64}$/)
		.describe('SHA-256 (hex) of the canonical form of what was handed in: see hand-in.ts')
});
export type HandIn = z.infer<typeof handInSchema>;
