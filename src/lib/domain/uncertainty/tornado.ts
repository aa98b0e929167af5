/**
 * Sensitivity: how far the total moves when one input goes from its low to its high value, the
 * others at their point values (a tornado chart, widest bar first); and the switching value of a
 * count: the number of people at which the total equals the subsidy.
 */
import type { SimulatedLine, SimulationInput } from './input';
import { lineCents } from './simulate';

export type TornadoInput = 'persons' | 'amountCents' | 'chancePercent' | 'contributionPercent';

export interface TornadoBar {
	readonly line: number;
	readonly name: string;
	readonly input: TornadoInput;
	/** Totals in cents with this input at its low and at its high value. */
	readonly lowCents: number;
	readonly highCents: number;
}

const inputs: readonly TornadoInput[] = [
	'persons',
	'amountCents',
	'chancePercent',
	'contributionPercent'
];

function pointCents(
	line: SimulatedLine,
	input: SimulationInput,
	at: Partial<Record<TornadoInput, number>> = {}
) {
	return lineCents(
		line,
		at.amountCents ?? line.amountCents[1],
		at.persons ?? line.persons[1],
		at.chancePercent ?? line.chancePercent[1],
		at.contributionPercent ?? line.contributionPercent[1],
		input
	);
}

export function tornado(input: SimulationInput): TornadoBar[] {
	const points = input.lines.map((line) => pointCents(line, input));
	const base = input.fixedCents + points.reduce((sum, cents) => sum + cents, 0);
	const bars: TornadoBar[] = [];
	input.lines.forEach((line, index) => {
		for (const name of inputs) {
			const [low, , high] = line[name];
			if (low === high) continue;
			const moved = (value: number) =>
				Math.round(base - points[index]! + pointCents(line, input, { [name]: value }));
			bars.push({
				line: index,
				name: line.name,
				input: name,
				lowCents: moved(low),
				highCents: moved(high)
			});
		}
	});
	return bars.sort(
		(a, b) => Math.abs(b.highCents - b.lowCents) - Math.abs(a.highCents - a.lowCents)
	);
}

/**
 * The number of people on `line` at which the total equals the subsidy, the rest at their point
 * values; null without a subsidy, or when no count reaches it.
 */
export function switchingPersons(input: SimulationInput, line: number): number | null {
	const subsidy = input.subsidyCents;
	const target = input.lines[line];
	if (!subsidy || !target) return null;
	const others =
		input.fixedCents +
		input.lines.reduce(
			(sum, other, index) => sum + (index === line ? 0 : pointCents(other, input)),
			0
		);
	const perPerson = pointCents(target, input, { persons: 1 });
	if (perPerson <= 0) return null;
	const persons = (subsidy - others) / perPerson;
	return persons >= 0 ? persons : null;
}
