/** English UI text. The wizard: field labels, hints, errors and the step texts. */
import type { wizard as dutch } from '../nl/wizard';

/** A label inside a sentence: "Number of people" reads "number of people" (not "CBS", "WOZ"). */
const lower = (label: string) =>
	/^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;

export const wizard: typeof dutch = {
	fields: {
		title: 'Name of the activity',
		organisation: 'Organisation',
		orgUnit: 'Unit',
		neighbourhoods: 'Neighbourhoods',
		targetGroup: 'Target group',
		targetGroupSize: 'Size of the target group',
		description: 'Description of the activity',
		problemAndGoal: 'Problem and goal',
		referenceSituation: 'What happens without the activity? (reference scenario)',
		lifeDomains: 'Life domains',
		period: 'Period',
		author: 'Written by',
		periodStart: 'Start date',
		periodEnd: 'End date',
		subsidy: 'Subsidy asked per year (euro)',
		subsidyYear: 'Subsidy year',
		lines: 'Avoided costs',
		chance: 'Chance (A)',
		contribution: 'Contribution (B)',
		countKind: 'How do you want to give the number?',
		persons: 'Number of people',
		groupSize: 'Size of the group',
		sharePercent: 'Share for whom these costs are at stake (%)',
		recurrence: 'One-off or yearly?',
		justification: 'Short rationale',
		splitAmount: "A cost holder's part (euro)",
		safetyPercent: 'Safety margin (%)',
		repeatYears: 'Repeat years'
	},
	hints: {
		title: 'A short name, for example "Buddies for older people in Brouwhuis".',
		organisation: 'The organisation that carries out the activity.',
		orgUnit: 'The unit that carries out the activity.',
		author:
			'Your name, or the name of whoever writes the proposal. The report and the municipality name you as the contact.',
		neighbourhoods: 'Choose one or more neighbourhoods.',
		targetGroup:
			'Who is the activity for? For example "older people living alone with few contacts".',
		targetGroupSize: 'How many people does the activity reach in a year? A whole number.',
		description: 'What will you do, how often and with whom?',
		problemAndGoal: 'Which problem do you tackle, and what do you want to achieve?',
		referenceSituation:
			'Describe what happens to these people if the activity does not happen. The avoided costs are set against that.',
		lifeDomains: 'To which goals of the policy framework does the activity contribute?',
		period: 'When does the activity run? Leave empty if that is not settled yet.',
		subsidy:
			'The subsidy for one year of activity, in euros. For example 48,500 or 48,500.50. The result sets the avoided costs against it.',
		subsidyYear: (year: number, basis: 'given' | 'period' | 'lines' | 'created') =>
			`The year in which the subsidy is asked, for example 2027. If you choose a price level, the subsidy is indexed like the amounts. ${
				basis === 'given'
					? ''
					: `Left empty, ${year} counts: ${
							{
								period: 'the first year of the period',
								lines: 'the price year of the cost items',
								created: 'the year in which this proposal was made'
							}[basis]
						}.`
			}`.trim(),
		persons: 'For how many people (or cases, households) is this cost item at stake per year?',
		groupSize: 'How big is the group concerned?',
		sharePercent:
			'For which share of that group are these costs really at stake? A whole percentage.',
		justification:
			'Why these answers? One or two sentences are enough. Policy staff read this too.',
		safetyPercent:
			'To be on the safe side the total is multiplied by this percentage. Default 90%.',
		repeatYears:
			'Yearly savings also count in this many years after the year of the activity. Default 2.'
	},
	errors: {
		summaryTitle: 'There is a problem',
		required: (label: string) => `Enter ${lower(label)}`,
		noLines: () => 'Add at least one avoided cost item',
		chooseLevel: (label: string) => `Choose an answer for ${lower(label)}`,
		wholeNumber: (label: string) =>
			`Enter a whole number of 0 or more for ${lower(label)}, for example 12`,
		euros: (label: string) =>
			`Enter an amount in euros for ${lower(label)}, for example 12,500 or 12,500.50`,
		percent: (label: string) => `Enter a whole percentage from 0 to 100 for ${lower(label)}`,
		repeatYears: (label: string) => `Enter a whole number from 0 to 10 for ${lower(label)}`,
		year: (label: string) => `Enter a four-digit year for ${lower(label)}, for example 2027`,
		endBeforeStart: () => 'Choose an end date on or after the start date',
		needsShare: () => 'Also enter the share: the number is the group size times the share',
		needsGroupSize: () => 'Also enter the group size: the number is the group size times the share',
		rangeExcludesAnswer: (label: string) =>
			`Enter a number on the right side of the number itself for ${lower(label)}: low not higher and high not lower than the number`,
		linePrefix: (position: number, name: string) => `Line ${position} (${name}): `
	},
	submitted: {
		pageTitle: (title: string) => `Handed in: ${title}`,
		title: 'Proposal handed in',
		total: (total: string) => `Avoided costs over the period: ${total}`,
		nextTitle: 'What happens now?',
		stepFile:
			'Keep the proposal as a file (below). Baatwijzer sends nothing itself: everything stays in this browser.',
		stepSend:
			'Send the file with your subsidy application to your contact at the municipality, for example by email. You can attach the report (PDF).',
		stepReview:
			'The municipality opens the file in Baatwijzer and sees the same figures, sources and rationale. It gives a verdict: positive, negative or to be completed.',
		stepChange:
			'Does the municipality ask you to complete it? Open the proposal again in My proposals, change it and hand it in again.',
		toDrafts: 'To My proposals',
		submit: 'Hand in the proposal',
		submitHint:
			'Ready? Hand in the proposal: it gets the status Handed in and you read what happens next.'
	},
	initiative: {
		intro:
			'This page has four short parts. Only the name and the subsidy (the first part) are needed to go on; fill in the rest now or later, for the report.',
		groups: {
			start: 'To begin',
			who: 'Who proposes it?',
			reach: 'For whom?',
			story: 'What the activity does (for the report)'
		}
	},
	wizard: {
		/** What the result's figures are; needs no draft, so the result step draws it at once. */
		resultExplanation:
			'These are the costs that one year of activity is expected to avoid, set against one year of subsidy.',
		stepOf: (current: number, total: number) => `Step ${current} of ${total}`,
		progress: 'Progress',
		steps: {
			initiative: 'Initiative',
			costs: 'Avoided costs',
			reach: 'How many people',
			chanceContribution: 'Chance, contribution and repetition',
			review: 'Check',
			result: 'Result'
		},
		headings: {
			initiative: 'Which activity do you propose?',
			costs: 'Which costs does the activity avoid?',
			reach: 'For how many people is each cost item at stake?',
			chanceContribution: 'How big is the chance, and how much does the activity itself do?',
			review: 'Check your answers',
			result: 'Result: avoided costs'
		},
		next: 'Next',
		previous: 'Previous',
		back: 'Back',
		backToDrafts: 'to My proposals',
		backTo: (step: string) => `to ${step}`,
		errorTitlePrefix: 'Error: ',
		toReview: 'To checking',
		backToReview: 'Back to checking',
		toResult: 'See the result',
		change: 'Change',
		untitled: 'New proposal',
		subject: 'Proposal',
		notFound: 'This proposal was not found in this browser.',
		newDraftFailed: {
			quota:
				"No new proposal could be made: this browser's storage is full. Delete old proposals (export them first) and try again.",
			unavailable: 'No new proposal could be made: this browser does not allow saving.',
			closedByOtherTab:
				'No new proposal could be made: another tab has updated the storage. Reload this page.',
			unknown: 'No new proposal could be made. Try again.'
		},
		broken: {
			title: 'This proposal cannot be opened',
			intro:
				'The proposal is stored in this browser, but its data no longer add up (perhaps through an error in an older version or a damaged file). Nothing has been changed or deleted.',
			newerVersion:
				'The proposal was saved by a newer version of Baatwijzer. Update the app (reload the page).',
			problems: 'What is wrong:',
			tooLong:
				'This proposal is bigger than Baatwijzer can handle. It is not damaged and nothing has been changed or deleted. Export it and divide the lines over two proposals, or repair it: then the lines up to the limit are kept.',
			export: 'Export as stored',
			repair: 'Repair: keep what is right',
			repairHint:
				'Repairing keeps every field and every line that is right; what is wrong is left out. Export first if you want to keep the original.',
			repaired: (fields: string) =>
				fields ? `Repaired. Left out: ${fields}.` : 'Repaired. Nothing was left out.',
			repairFailed: 'Repairing failed: the browser could not save anything.'
		},
		leaveWarning:
			'Your proposals are kept in this tab only. Export them before you leave the page, or they are lost.',
		loading: 'Loading proposal...',
		backHome: 'Back to the start'
	},
	levelsQuestion: {
		chanceLegend:
			'Chance (A): how likely is it that without the activity (more) help is needed within six months?',
		contributionLegend: 'Contribution (B): how much of those costs does the activity itself avoid?',
		chanceHint:
			'Think of the people for whom these costs are at stake. Would help from first-line or second-line services be needed within six months without the activity?',
		custom: (percent: number) => `Own percentage: ${percent}%. Choose a level to replace it.`,
		contributionHint:
			'How much is due to the activity itself, and not to partners, chance or the person themselves?',
		chance: {
			maybe: 'It can happen, but it is not likely. This is prevention.',
			likely: 'There are clear signs that help will be needed.',
			certain: 'The help is about to be brought in.'
		},
		contribution: {
			maybe: 'The activity helps, but others (partners, family) do most.',
			likely: 'The activity is the main reason the help is not needed.',
			certain: 'Without the activity it would surely not have worked; nobody else did anything.'
		},
		example: (text: string) => `Example: ${text}`
	},
	reach: {
		intro:
			"For each cost item count only the people (or cases, households) for whom these costs can really arise, in the item's unit. In the next question you estimate the chance (A) that exactly these people would have needed that help without the activity.",
		doubleCounting:
			'Do not count the same risk twice: if you count here only the people it really threatens, the chance is then usually Likely or Certain. If you count the whole target group, the chance is lower. Not both low for the same reason.',
		unit: (unit: string) => `The amount applies ${unit}.`,
		direct: 'Direct number',
		share: 'Group x share',
		effective: (count: string) => `That is ${count} people.`,
		methodSettings: 'Calculation settings',
		indexYear: 'Price level',
		indexYearHint:
			'Choose a year to index all amounts to that year with the consumer price index (CBS, Statistics Netherlands). By default every amount counts in its own price year.',
		indexNone: 'Every amount in its own price year',
		indexAdvice: (latest: number) =>
			`Choose one price level for all lines, so that all amounts are euros of the same year. We suggest ${latest}: the latest year with CBS figures.`,
		useLatest: (latest: number) => `Use price level ${latest}`,
		mixedYears: (years: string) =>
			`Note: the lines have different price years (${years}). Without a chosen price level, amounts of different years are added up.`,
		notIndexed: {
			laterPriceYear: (name: string) =>
				`"${name}" has a later price year than the chosen price level and stays in its own year (nothing is calculated backwards).`,
			noCpi: (name: string) =>
				`"${name}" could not be indexed: CBS figures are missing for a year. The amount stays in its own year.`
		},
		unknownYear: (names: string) => `Unknown price year, so not indexed: ${names}.`,
		methodIntro:
			'The defaults come from the research into the method. Change them only with a good reason.',
		changed: 'changed',
		changedFrom: (value: string) => `Changed; the default is ${value}.`,
		reset: 'Back to default'
	},
	review: {
		assumedYear: (year: number | null) =>
			year === null ? 'Not filled in' : `Not filled in; assumed: ${year}`,
		initiative: 'Initiative',
		lines: 'Avoided costs',
		settings: 'Calculation settings',
		priceList: 'Price list',
		notAnswered: 'Not filled in',
		none: 'None',
		line: (position: number) => `Line ${position}`,
		remarkLabel: "Reviewer's remark"
	},
	reviewer: {
		pageTitle: (title: string) => `Review: ${title}`,
		title: 'Review',
		intro:
			'You are looking at this proposal as a reviewer. What the applicant filled in is fixed; you set the status and write remarks on the proposal and on each line. Everything travels in the export file.',
		status: 'Status of the proposal',
		statusHint:
			'Draft: still being edited. Handed in: ready for review. Reviewed: your verdict is final.',
		verdict: 'Your verdict',
		verdictHint:
			'Positive: you advise the subsidy. Negative: you advise against it. To be completed: the applicant must first add something; say what in the reason.',
		verdictReason: 'Reason for your verdict',
		verdictReasonHint:
			'In a few sentences, so that the applicant and your colleagues can follow it.',
		submitted: 'What the applicant wrote',
		author: 'Written by',
		remarks: 'Your remarks on the proposal',
		remarksHint: 'For example what convinces you, what you miss or what you ask the applicant.',
		lineRemark: (position: number, name: string) => `Your remark on line ${position} (${name})`,
		open: 'Review',
		openNamed: (title: string) => `Review: ${title}`,
		toWizard: 'Open in the wizard',
		nextTitle: 'Report and file'
	},
	summary: {
		title: 'Progress so far',
		total: 'Avoided costs over the period',
		ratio: 'Compared with the subsidy',
		noSubsidy: 'No subsidy entered yet',
		unanswered: (count: number) =>
			count === 1
				? '1 line does not count yet: the number, the chance or the contribution is missing.'
				: `${count} lines do not count yet: the number, the chance or the contribution is missing.`
	}
};
