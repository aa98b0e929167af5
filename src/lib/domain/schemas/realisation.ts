/**
 * What actually happened (realisatie): once a proposal's period has passed, per line the number of
 * people (or cases) for whom the service was really avoided, taken from the registered cases that
 * match the line or entered by hand. The estimate stays as it was; the result is recomputed on the
 * realised counts beside it (realisation/realisation.ts).
 */
import { z } from 'zod/mini';
import { idSchema, uniqueBy } from './common';
import { listLimits } from './limits';
import { MAX_COUNT } from './count';

export const realisedSourceSchema = z
	.enum(['cases', 'entered'])
	.check(
		z.describe('cases: summed from the registered cases that match the line; entered: by hand')
	);
export type RealisedSource = z.infer<typeof realisedSourceSchema>;

export const realisedLineSchema = z.object({
	lineId: idSchema.check(z.describe('The line of the proposal this is the realisation of')),
	persons: z
		.nullable(z.int().check(z.gte(0), z.lte(MAX_COUNT)))
		.check(z.describe('How many people (or cases) it really was; null: not known yet')),
	source: realisedSourceSchema,
	cases: z
		._default(z.int().check(z.gte(0), z.lte(1_000_000)), 0)
		.check(z.describe('How many registered cases the count was taken from (0 when entered)'))
});
export type RealisedLine = z.infer<typeof realisedLineSchema>;

export const realisationSchema = z.object({
	lines: z
		.array(realisedLineSchema)
		.check(
			z.maxLength(listLimits.lines),
			z.superRefine(uniqueBy<RealisedLine>('duplicateId', (line) => line.lineId, ['lineId']))
		),
	recordedAt: z.iso.datetime().check(z.describe('When the realisation last changed (ISO 8601)'))
});
export type Realisation = z.infer<typeof realisationSchema>;
