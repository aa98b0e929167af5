/** Reads the shared calculation vectors (../shared/fixtures/vectors) into calculation inputs. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { CalculationInput } from '$lib/domain/calculation';
import { parseDecimalEuros } from '$lib/domain/money';

export const vectorsDir = resolve(
	dirname(fileURLToPath(import.meta.url)),
	'../../../shared/fixtures/vectors'
);

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);
const levelName = { misschien: 'maybe', waarschijnlijk: 'likely', zeker: 'certain' } as const;
const levelOrPercent = z.union([
	z.enum(['misschien', 'waarschijnlijk', 'zeker']).transform((name) => levelName[name]),
	z.int().min(0).max(100)
]);

const vectorSchema = z.object({
	name: z.string(),
	settings: z.object({ safetyPercent: z.int(), repeatYears: z.int() }),
	subsidy: decimal.optional(),
	lines: z.array(
		z.object({
			amount: decimal,
			count: z.int().min(0),
			chance: levelOrPercent,
			contribution: levelOrPercent,
			recurrence: z.enum(['eenmalig', 'jaarlijks']),
			costHolder: z.string(),
			split: z.record(z.string(), decimal).optional()
		})
	),
	expect: z.object({
		lineWeighted: z.array(decimal),
		lineWeightedRounded: z.array(z.int()),
		oneOff: decimal,
		yearly: decimal,
		year1: decimal,
		laterYear: decimal,
		total: decimal,
		totalRounded: z.int(),
		perCostHolder: z.record(z.string(), decimal),
		net: decimal.optional(),
		ratio: decimal.optional()
	})
});
export type Vector = z.infer<typeof vectorSchema>;

function cents(text: string): number {
	const value = parseDecimalEuros(text);
	if (value === null) throw new Error(`not an amount with at most 2 decimals: ${text}`);
	return Number(value);
}

export function toCalculationInput(vector: Vector): CalculationInput {
	return {
		settings: vector.settings,
		subsidyCents: vector.subsidy === undefined ? null : cents(vector.subsidy),
		lines: vector.lines.map((line) => ({
			amountCents: cents(line.amount),
			count: { kind: 'direct', persons: line.count },
			chance: line.chance,
			contribution: line.contribution,
			recurrence: line.recurrence === 'jaarlijks' ? 'yearly' : 'oneOff',
			costHolder: line.costHolder,
			split: line.split
				? Object.entries(line.split).map(([costHolder, amount]) => ({
						costHolder,
						amountCents: cents(amount)
					}))
				: undefined
		}))
	};
}

export function loadVectors(): { file: string; vector: Vector }[] {
	const files = readdirSync(vectorsDir)
		.filter((file) => file.endsWith('.json'))
		.sort();
	return files.map((file) => ({
		file,
		vector: vectorSchema.parse(JSON.parse(readFileSync(join(vectorsDir, file), 'utf8')))
	}));
}
