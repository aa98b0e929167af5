/** English UI text: how sure an estimate is (ranges, simulation, sensitivity, what-if). */
import type { uncertainty as dutch } from '../nl/uncertainty';

export const uncertainty: typeof dutch = {
	uncertainty: {
		title: 'How sure is this estimate?',
		intro:
			'The outcome of the method above remains the answer. Say per line how uncertain the number, the chance and the contribution are; the app then draws a possible outcome 10,000 times and shows the range.',
		rangesCaption: 'Range per line',
		columns: {
			line: 'Line',
			persons: 'Number: low and high',
			chance: 'Chance (A): between',
			contribution: 'Contribution (B): between',
			price: 'Amount: low to high'
		},
		lowShort: 'Lowest number',
		highShort: 'Highest number',
		forLine: (name: string) => `for ${name}`,
		personsLow: (name: string) => `Lowest number for ${name}`,
		personsHigh: (name: string) => `Highest number for ${name}`,
		chanceLow: (name: string) => `Chance (A) low for ${name}`,
		chanceHigh: (name: string) => `Chance (A) high for ${name}`,
		contributionLow: (name: string) => `Contribution (B) low for ${name}`,
		contributionHigh: (name: string) => `Contribution (B) high for ${name}`,
		sure: 'no range',
		overlapColumn: 'Overlaps with (double counting)',
		overlapOf: (name: string) => `Overlaps with, for ${name}`,
		noOverlap: 'no overlap',
		noPriceRange: 'no range',
		band: (p10: string, p90: string) =>
			`In 8 out of 10 cases the saving lies between ${p10} and ${p90} (P10 to P90).`,
		belowBandCautious: (total: string, lines: readonly string[]) =>
			`The estimate above (${total}) lies below this range. That is intended: for ${lines.join(', ')} you calculate with the low amount from the price list, the careful choice of the method. The simulation draws the amount somewhere between low and high.`,
		belowBand: (total: string) =>
			`The estimate above (${total}) lies below this range: the ranges you gave lie mostly above your answers. The method calculates with your answers.`,
		aboveBand: (total: string) =>
			`The estimate above (${total}) lies above this range: the ranges you gave lie mostly below your answers, for example a lower chance or fewer people. The method calculates with your answers; the range shows how much lower it can turn out.`,
		median: (p50: string) =>
			`The middle outcome (P50) is ${p50}: half of the outcomes lie lower, half higher.`,
		aboveSubsidy: (percent: string) =>
			`Chance that the avoided costs are higher than the subsidy: ${percent}`,
		ratioBand: (p10: string, p90: string) =>
			`Avoided costs as a percentage of the subsidy: in 8 out of 10 cases between ${p10} and ${p90}`,
		ratioOne: (ratio: string) =>
			`Avoided costs as a percentage of the subsidy: about ${ratio}, in almost all outcomes`,
		noRanges:
			'No range yet: all lines are a point estimate. Fill in a low and high number below, or choose a chance or contribution between two levels.',
		computing: 'Calculating...',
		histogram: 'Distribution of 10,000 possible outcomes',
		histogramLabel: (p10: string, p90: string, subsidy: string | null) =>
			`Histogram of the possible avoided costs; 80% lies between ${p10} and ${p90}` +
			(subsidy ? `; the subsidy (${subsidy}) is marked` : ''),
		subsidyMark: 'subsidy',
		tornado: 'Which assumption decides?',
		tornadoIntro:
			'How far the total shifts when one assumption goes from low to high, the rest unchanged. At the top the assumption that matters most.',
		inputs: {
			persons: 'number',
			amountCents: 'amount',
			chancePercent: 'chance (A)',
			contributionPercent: 'contribution (B)'
		},
		tornadoRow: (name: string, input: string, low: string, high: string) =>
			`${name}, ${input}: ${low} to ${high}`,
		switching: (name: string, persons: string) =>
			`The total equals the subsidy if ${name} reaches ${persons} people (the rest unchanged).`,
		whatIf: 'What if?',
		whatIfIntro:
			'Try another safety margin or another number of repeat years. This does not change the proposal.',
		safety: 'Safety margin',
		repeatYears: 'Repeat years',
		whatIfTotal: (total: string) => `Total with these choices: ${total}`
	}
};
