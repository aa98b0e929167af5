import fc from 'fast-check';
import { expect, it } from 'vitest';
import { calculate, type CalculationInput } from '$lib/domain/calculation';
import { toPercent } from '$lib/domain/levels';
import { countHundredths } from '$lib/domain/schemas/effect-line';
import { lineArb, settingsArb } from '../unit/arbitraries';
import { bestOf, figure } from './report';

const PROPOSALS = 10_000;
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

function exactMs(input: CalculationInput[]): number {
	let sink = 0n;
	const ms = bestOf(10, () => {
		for (const proposal of input) sink += calculate(proposal).total;
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
		const exact = exactMs(input);
		const floor = floatFloorMs(input);
		figure(
			title,
			`${label}: per proposal`,
			`${((exact * 1000) / PROPOSALS).toFixed(2)} µs`,
			'< 20 µs'
		);
		figure(
			title,
			`${label}: ratio to the float floor (${((floor * 1000) / PROPOSALS).toFixed(3)} µs)`,
			`${(exact / floor).toFixed(1)} x`,
			'<= 5 x (issue 23)'
		);
	}
});
