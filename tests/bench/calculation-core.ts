/**
 * What the calculation bench times, bundled into one module as the app's build bundles it
 * (calculation.bench.ts builds this file with esbuild). Vitest runs each source file as its own
 * module and keeps every call across modules a call; a bundle lets V8 inline them, as in the app.
 * The float loop over the records sits here too, so it is built the same way.
 */
import type { CalculationInput } from '$lib/domain/calculation';
import { toPercent } from '$lib/domain/levels';
import { countHundredths } from '$lib/domain/schemas/count';

export { calculate } from '$lib/domain/calculation';
export { evaluate } from '$lib/domain/evaluation';

/** The float arithmetic of the floor, read from the proposals' own objects as the core must. */
export function recordsFloatTotal(input: readonly CalculationInput[]): number {
	const percent = (value: CalculationInput['lines'][number]['chance']) =>
		value === null ? 0 : toPercent(value);
	let sink = 0;
	for (const proposal of input) {
		let oneOff = 0;
		let yearly = 0;
		for (const line of proposal.lines) {
			const w =
				line.amountCents *
				countHundredths(line.count) *
				percent(line.chance) *
				percent(line.contribution);
			if (line.recurrence === 'yearly') yearly += w;
			else oneOff += w;
		}
		const { safetyPercent, repeatYears } = proposal.settings;
		sink += safetyPercent * (oneOff + (1 + repeatYears) * yearly);
	}
	return sink;
}
