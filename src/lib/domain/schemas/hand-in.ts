/** A hand-in (indiening): the record that a proposal was handed in, kept in the proposal itself. */
import { z } from 'zod/mini';
import { textLimits } from './limits';

/** An organisation's code on a sync server: its database is named after it. */
export const organisationCodeSchema = z
	.string()
	.check(
		z.maxLength(60),
		z.regex(/^([a-z][a-z0-9-]*)?$/),
		z.describe('The organisation’s code on the sync server (lower case), or empty')
	);

export const handInSchema = z.object({
	number: z
		.int()
		.check(
			z.gte(1),
			z.lte(1000),
			z.describe('1 for the first hand-in of this proposal, then 2, …')
		),
	handedInAt: z.iso.datetime().check(z.describe('When it was handed in (ISO 8601)')),
	author: z._default(z.string().check(z.maxLength(textLimits.author)), ''),
	organisation: z._default(organisationCodeSchema, ''),
	fingerprint: z
		.string()
		.check(
			z.regex(/^[0-9a-f]{64}$/),
			z.describe('SHA-256 (hex) of the canonical form of what was handed in: see hand-in.ts')
		)
});
export type HandIn = z.infer<typeof handInSchema>;
