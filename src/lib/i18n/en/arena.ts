/** English UI text: the SCBA Arena of a workshop, on screen and in presentation mode. */
import type { arena as dutch } from '../nl/arena';

export const arena: typeof dutch = {
	arena: {
		pageTitle: (title: string) => `SCBA Arena: ${title} - Baatwijzer`,
		title: 'SCBA Arena',
		titleLabel: 'Name of the activity',
		titleHint:
			'Fill this in first, for example "Street youth work in Noord". The file and the presentation get this name, so that the groups can be told apart.',
		intro:
			'Fill in the five fields with the group, from top to bottom. Effects with a price become lines of this proposal; effects without a price stay in the arena and in the report.',
		open: 'SCBA Arena',
		present: 'Presentation mode',
		toResult: 'To the result',
		toWizard: 'To the steps',
		fields: {
			problem: 'Problem and goal',
			alternative: 'Reference scenario and intervention',
			investors: 'Investors',
			effects: 'Effects',
			parties: 'Beneficiaries'
		},
		questions: {
			problem: 'Which problem does the project tackle, and what does it want to achieve?',
			alternative: 'What happens without the project, and what does the project do?',
			investors: 'Who pays? The subsidy provider and any co-funders.',
			effects: 'What changes because of the project? Intended and unintended, direct and indirect.',
			parties: 'Who wins or loses with each effect? The residents themselves are among them.'
		},
		problem: 'The problem and the goal',
		reference: 'Without the project (reference scenario)',
		intervention: 'What the project does (intervention)',
		subsidy: 'Subsidy per year from the municipality (euro)',
		coFunders: 'Co-funders',
		noCoFunders: 'No co-funders yet.',
		coFunderName: (n: number) => `Name of co-funder ${n}`,
		coFunderAmount: (n: number) => `Contribution per year of co-funder ${n} (euro)`,
		addCoFunder: 'Add a co-funder',
		removeCoFunder: (name: string) => `Remove co-funder ${name}`,
		totalInvested: (amount: string) => `Total invested per year: ${amount}`,
		effectsPriced: 'Effects with a price (lines of the proposal)',
		effectsUnpriced: 'Effects without a price',
		noEffects: 'No effects yet.',
		unintended: 'Unintended',
		indirect: 'Indirect',
		priced: 'with a price',
		unpriced: 'without a price',
		newEffect: 'Effect without a price',
		newEffectHint: 'For example: "Residents feel safer in the neighbourhood".',
		addEffect: 'Add an effect without a price',
		removeEffect: (name: string) => `Remove effect ${name}`,
		pricedHint:
			'An effect with a price is chosen from the price list: it becomes a line of the proposal, with number, chance and contribution in the grid below.',
		grid: 'Grid of the lines',
		gridCaption: 'Lines of the proposal: number, chance (A), contribution (B) and recurrence',
		gridEmpty: 'No effects with a price yet.',
		columns: {
			item: 'Effect (cost item)',
			persons: 'Number',
			chance: 'Chance (A)',
			contribution: 'Contribution (B)',
			recurrence: 'Recurrence',
			total: 'Over the period'
		},
		personsOf: (name: string) => `Number for ${name}`,
		chanceOf: (name: string) => `Chance (A) for ${name}`,
		contributionOf: (name: string) => `Contribution (B) for ${name}`,
		recurrenceOf: (name: string) => `Recurrence for ${name}`,
		notAnswered: 'Not chosen yet',
		parties: 'Parties',
		newParty: 'Another party',
		newPartyHint: 'For example: "Residents themselves" or "GP".',
		addParty: 'Add a party',
		residents: 'Residents themselves',
		diagram: 'Arrows from the intervention to effects and from effects to parties',
		diagramHint:
			"Choose an effect, then choose the parties that win or lose with it. Choosing again removes the arrow. Arrows to a line's cost holder follow from the price list.",
		intervention_card: 'Intervention',
		chooseEffect: (name: string) => `Choose effect: ${name}`,
		linkParty: (party: string) => `Arrow to ${party}`,
		linked: 'linked',
		fromPriceList: 'from the price list',
		chosenEffect: (name: string) => `Chosen effect: ${name}. Now choose the parties.`,
		noneChosen: 'Choose an effect first.',
		totals: 'Avoided costs per party',
		totalsCaption: 'Over the period, after the safety margin',
		total: 'Total',
		party: 'Party',
		saving: 'Avoided costs',
		report: {
			title: 'SCBA Arena',
			investors: 'Investors',
			unpriced: 'Effects without a price (not in the total)',
			arrows: 'Who wins or loses with which effect',
			marks: (unintended: boolean, indirect: boolean) =>
				[unintended ? 'unintended' : 'intended', indirect ? 'indirect' : 'direct'].join(', '),
			noParties: 'no party chosen yet'
		},
		presentation: {
			title: 'Presentation mode',
			progress: (at: number, of: number) => `Field ${at} of ${of}`,
			previous: 'Previous field',
			next: 'Next field',
			fullScreen: 'Full screen',
			leave: 'Close presentation',
			timer: 'Time for this field',
			minutes: 'Minutes',
			startTimer: 'Start the time',
			pauseTimer: 'Pause the time',
			resetTimer: 'Restart',
			timeLeft: (time: string) => `${time} left`,
			timeUp: 'The time for this field is up.',
			keys: 'Shortcuts: arrow left and right (or Page Up and Page Down) for the previous and next field; Alt+T starts or pauses the time.',
			timeShort: 'Time'
		}
	}
};
