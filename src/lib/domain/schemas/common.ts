/** Building blocks shared by the schemas of the exchange format and the app's state. */
import { z } from 'zod';
import { levels } from '../levels';

/** Largest amount accepted anywhere: 1 billion euro, in cents (keeps products far from overflow). */
export const MAX_CENTS = 100_000_000_000;

export const centsSchema = z
	.int()
	.min(-MAX_CENTS)
	.max(MAX_CENTS)
	.describe('Euro cents as a whole number: 123.45 euro is 12345');

export const percentSchema = z.int().min(0).max(100).describe('Whole percentage, 0 to 100');

export const levelOrPercentSchema = z
	.union([z.enum(levels), percentSchema])
	.describe('maybe (35 %), likely (70 %), certain (100 %), or a custom whole percentage');

export const recurrenceSchema = z
	.enum(['oneOff', 'yearly'])
	.describe('oneOff: saved once; yearly: saved every year, also in the repeat years');
export type Recurrence = z.infer<typeof recurrenceSchema>;

export const costHolderSchema = z
	.string()
	.trim()
	.min(1)
	.max(120)
	.describe('Who would have paid the avoided cost (kostenhouder)');

export const idSchema = z.string().min(1).max(100).describe('Stable identifier');
