/** English UI text: what actually happened (the realisation) to a proposal, beside its estimate. */
import type { realisation as dutch } from '../nl/realisation';

export const realisation: typeof dutch = {
	pageTitle: (title: string) => `Realisation: ${title}`,
	title: 'Realisation: what actually happened?',
	intro:
		'Has the period of the proposal passed? Then fill in per cost item for how many people (or cases) the service was really avoided: from the registered cases or yourself. Baatwijzer calculates the proposal again with those numbers, with the same amounts, chance, contribution, safety margin and repeat years, and sets the outcome beside the estimate.',
	toResult: 'Back to the result',
	loading: 'Loading proposal and cases...',
	period: (start: string, end: string) => `Period: ${start} up to and including ${end}.`,
	periodAssumed:
		'The proposal has no complete period; the realisation covers the calendar year above. Fill in the period in step 1 if it is different.',
	periodRunning: (end: string) =>
		`The period runs until ${end}. You can already fill in interim figures; the realisation is complete only when the period has passed.`,
	casesTitle: 'From the registered cases',
	casesScope: (unit: string) =>
		unit
			? `Cases of unit "${unit}" with a date in the period count for a cost item with the same price item and the same recurrence, each times its multiplier.`
			: 'The proposal names no unit: cases of all units with a date in the period count for a cost item with the same price item and the same recurrence, each times its multiplier.',
	casesFound: (cases: number, lines: number) =>
		cases === 0
			? 'No registered case fits a cost item of this proposal.'
			: `${cases === 1 ? 'One case fits' : `${cases} cases fit`} ${lines === 1 ? 'one cost item' : `${lines} cost items`}.`,
	casesUnreadable: (count: number) =>
		`${count === 1 ? 'One case is' : `${count} cases are`} no longer valid and ${count === 1 ? 'does' : 'do'} not count.`,
	takeCases: 'Take the numbers from the cases',
	takenCases: (lines: number) =>
		`Numbers taken from the cases for ${lines === 1 ? 'one cost item' : `${lines} cost items`}.`,
	toCases: 'Register or view cases',
	linesTitle: 'Per cost item',
	linesCaption:
		'Per cost item the estimated and the realised number, and what the cost item avoids over the period (after the safety margin)',
	columns: {
		line: 'Cost item',
		estimatedCount: 'Estimated number',
		realisedCount: 'Realised number',
		source: 'Origin',
		estimated: 'Estimated',
		realised: 'Realised',
		difference: 'Difference'
	},
	realisedLabel: (line: string) => `Realised number for ${line}`,
	notANumber: (line: string) =>
		`Enter a whole number from 0 to 10,000,000 as the realised number for ${line}, for example 12, or leave it empty if it is not known yet`,
	sources: {
		cases: (count: number) => (count === 1 ? 'from 1 case' : `from ${count} cases`),
		entered: 'entered',
		unknown: 'not known yet'
	},
	matchHint: (persons: string, cases: number) =>
		`cases: ${persons} (${cases === 1 ? '1 case' : `${cases} cases`})`,
	notCounted: 'does not count in the total',
	notGiven: 'not filled in',
	holdersTitle: 'Per cost holder',
	holdersCaption: 'Per cost holder estimated and realised over the period',
	holder: 'Cost holder',
	totalTitle: 'Together',
	total: (estimated: string, realised: string, difference: string) =>
		`Estimated ${estimated} over the period, realised ${realised} (difference ${difference}).`,
	ratio: (estimated: string, realised: string) =>
		`Ratio to the subsidy: estimated ${estimated}, realised ${realised}.`,
	unknown: (count: number) =>
		`${count === 1 ? 'One cost item has' : `${count} cost items have`} no realised number yet and ${count === 1 ? 'does' : 'do'} not count on the realised side yet.`,
	nextTitle: 'Next year',
	nextHint:
		'Start a new proposal with the realised numbers as its estimate: the same cost items, the period a year later, and the subsidy in the year in which it was asked. This proposal stays as it is.',
	next: 'New proposal based on the realisation',
	nextTitleOf: (title: string) => `${title} (continued)`,
	nextFailed: 'The new proposal could not be saved. Try again; this proposal has not changed.'
};
