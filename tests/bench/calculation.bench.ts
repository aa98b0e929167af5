import fc from 'fast-check';
import { expect, it } from 'vitest';
import { build } from 'esbuild';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CalculationInput } from '$lib/domain/calculation';
import { toPercent } from '$lib/domain/levels';
import { countHundredths } from '$lib/domain/schemas/effect-line';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import { lineArb, settingsArb } from '../unit/arbitraries';
import { bestOf, figure } from './report';
import { storedLine } from './stored-line';

const PROPOSALS = 10_000;

/** The timed code as one bundle, as the app ships it (see calculation-core.ts). */
async function bundledCore(): Promise<typeof import('./calculation-core')> {
	const outfile = join(tmpdir(), `baatwijzer-calculation-core-${process.pid}.mjs`);
	await build({
		entryPoints: [fileURLToPath(new URL('./calculation-core.ts', import.meta.url))],
		bundle: true,
		format: 'esm',
		platform: 'node',
		outfile,
		alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) },
		logLevel: 'error'
	});
	return import(/* @vite-ignore */ pathToFileURL(outfile).href);
}

const core = await bundledCore();
const LINES = 20;

/** 10,000 plain proposals (as they arrive from IndexedDB or a file); `splitShare` of lines split. */
function proposals(splitShare: number): CalculationInput[] {
	const sampled = fc.sample(
		fc.record({
			settings: settingsArb,
			subsidyCents: fc.integer({ min: 1, max: 100_000_000 }),
			lines: fc.array(lineArb, { minLength: LINES, maxLength: LINES })
		}),
		{ numRuns: PROPOSALS, seed: 42 }
	);
	let line = 0;
	for (const proposal of sampled) {
		proposal.lines = proposal.lines.map(({ split, ...rest }) =>
			split && line++ % 100 < splitShare * 100 ? { ...rest, split } : rest
		);
	}
	return structuredClone(sampled);
}

/** The arithmetic floor: the same multiply-adds in floating point over flat arrays. */
function floatFloorMs(input: CalculationInput[]): number {
	const size = PROPOSALS * LINES;
	const weights = new Float64Array(size * 4);
	const yearly = new Uint8Array(size);
	input.forEach((proposal, p) =>
		proposal.lines.forEach((line, l) => {
			const i = p * LINES + l;
			weights.set(
				[
					line.amountCents,
					countHundredths(line.count),
					toPercent(line.chance ?? 0),
					toPercent(line.contribution ?? 0)
				],
				i * 4
			);
			yearly[i] = line.recurrence === 'yearly' ? 1 : 0;
		})
	);
	let sink = 0;
	// The loop is short; run it REPEAT times per measurement so CPU time has something to count.
	const REPEAT = 20;
	const ms = bestOf(10, () => {
		for (let repeat = 0; repeat < REPEAT; repeat++)
			for (let p = 0; p < PROPOSALS; p++) {
				let oneOff = 0;
				let repeat = 0;
				for (let l = 0; l < LINES; l++) {
					const i = p * LINES + l;
					const w =
						weights[i * 4]! * weights[i * 4 + 1]! * weights[i * 4 + 2]! * weights[i * 4 + 3]!;
					if (yearly[i]) repeat += w;
					else oneOff += w;
				}
				const { safetyPercent, repeatYears } = input[p]!.settings;
				sink += safetyPercent * (oneOff + (1 + repeatYears) * repeat);
			}
	});
	expect(sink).not.toBeNaN();
	return ms / REPEAT;
}

function recordsFloorMs(input: CalculationInput[]): number {
	let sink = 0;
	const ms = bestOf(10, () => {
		sink += core.recordsFloatTotal(input);
	});
	expect(sink).not.toBeNaN();
	return ms;
}

function exactMs(input: CalculationInput[]): number {
	let sink = 0n;
	const ms = bestOf(10, () => {
		for (const proposal of input) sink += core.calculate(proposal).total;
	});
	expect(typeof sink).toBe('bigint');
	return ms;
}

/** Every figure read, as a result page does. */
function everyFigureMs(input: CalculationInput[]): number {
	let sink = 0n;
	const ms = bestOf(10, () => {
		for (const proposal of input) {
			const result = core.calculate(proposal);
			sink += result.total + result.oneOff + result.yearly + result.laterYear + result.intangible;
			sink += result.years.at(-1)! + result.lines.at(-1)!.overHorizon;
			sink += result.perCostHolder[0]!.total.numerator + result.matrix.maybe.maybe;
			sink += (result.subsidy?.ratio?.denominator ?? 0n) + BigInt(result.overlapped.length);
		}
	});
	expect(typeof sink).toBe('bigint');
	return ms;
}

it('calculates 10,000 proposals of 20 lines', () => {
	const title = `Calculation, ${LINES} lines (CPU, best of 10)`;
	for (const [label, share] of [
		['no split lines', 0],
		['1 in 10 lines split', 0.1],
		['every line split', 1]
	] as const) {
		const input = proposals(share);
		// Floor and calculation measured in turn, so a slow spell of the machine hits both.
		let exact = Infinity;
		let floor = Infinity;
		for (let round = 0; round < 3; round++) {
			floor = Math.min(floor, floatFloorMs(input));
			exact = Math.min(exact, exactMs(input));
		}
		const records = recordsFloorMs(input);
		const every = everyFigureMs(input);
		const perProposal = (ms: number) => `${((ms * 1000) / PROPOSALS).toFixed(2)} µs`;
		figure(title, `${label}: per proposal (total)`, perProposal(exact), '< 20 µs');
		figure(
			title,
			`${label}: ratio to the float floor (${perProposal(floor)})`,
			`${(exact / floor).toFixed(1)} x`,
			'<= 5 x (issue 23)'
		);
		figure(
			title,
			`${label}: ratio to a float loop over the same records (${perProposal(records)})`,
			`${(exact / records).toFixed(2)} x`
		);
		figure(title, `${label}: per proposal, every figure read`, perProposal(every));
	}
});

/** Stored proposals as IndexedDB gives them back: whole records, prices of 2019 read at 2025. */
function storedProposals(count: number, splitShare: number): Proposal[] {
	const lines = fc.sample(lineArb, { numRuns: count * LINES, seed: 7 });
	let split = 0;
	const now = new Date('2026-11-22T10:00:00Z');
	return structuredClone(
		Array.from({ length: count }, (_, index) => ({
			...emptyProposal(`draft-${index}`, now),
			subsidyCents: 1_000_000,
			priceIndexYear: 2025,
			lines: lines.slice(index * LINES, (index + 1) * LINES).map((drawn, position) => {
				const { split: parts, ...line } = drawn;
				// A split names each holder once (the schema's rule).
				const keep =
					parts &&
					new Set(parts.map((part) => part.costHolder)).size === parts.length &&
					split++ % 100 < splitShare * 100;
				return { ...storedLine(keep ? drawn : line, position), overlapsWith: null };
			})
		}))
	) as Proposal[];
}

it('evaluates 5,000 stored proposals of 20 lines, as every view does', () => {
	const title = `Evaluation, ${LINES} lines, amounts indexed 2019 to 2025 (CPU, best of 10)`;
	for (const [label, share] of [
		['no split lines', 0],
		['every line split', 1]
	] as const) {
		const input = storedProposals(5_000, share);
		let sink = 0n;
		const ms = bestOf(10, () => {
			for (const proposal of input) sink += core.evaluate(proposal).total;
		});
		expect(typeof sink).toBe('bigint');
		figure(title, `${label}: per proposal`, `${((ms * 1000) / input.length).toFixed(2)} µs`);
	}
});
