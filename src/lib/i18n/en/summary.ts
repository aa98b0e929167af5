/** English UI text: the short summary (plain language) to paste into a subsidy application. */
import type { summary as dutch } from '../nl/summary';

export const summary: typeof dutch = {
	summaryText: {
		title: 'Summary for your application',
		intro: 'A short text in plain language. Copy it into your subsidy application.',
		copy: 'Copy the summary',
		copied: 'The summary has been copied.',
		copyFailed: 'Copying failed. Select the text and copy it yourself.',
		opening: (title: string, total: string, years: number) =>
			`${title || 'This activity'} is estimated to avoid ${total} of costs to society in ${years === 1 ? '1 year' : `${years} years`}.`,
		subsidy: (subsidy: string, ratio: string | null) =>
			`This is set against a subsidy of ${subsidy} per year.` +
			(ratio ? ` The avoided costs are ${ratio} of the subsidy.` : ''),
		defaultList: 'Societal price list',
		noSubsidy: 'The subsidy amount has not been filled in yet.',
		band: (p10: string, p90: string) =>
			`In 8 out of 10 cases the saving lies between ${p10} and ${p90}.`,
		belowBand:
			'Our estimate lies below that, because we calculate carefully with the low amount from the price list.',
		aboveBand:
			'Our estimate lies above that: the uncertainty we gave lies mostly below our answers.',
		noBand: 'This is a single estimate: no range was given.',
		restsOn: (count: number, list: string) =>
			`The estimate rests on ${count === 1 ? '1 cost item' : `${count} cost items`} with prices from the ${list}.`,
		mainLine: (name: string, share: string) =>
			`The largest item is ${name} (${share} of the total).`,
		careful: (safety: number) =>
			`We calculate carefully: with the chance that help is needed, what the activity itself contributes and a safety margin of ${safety}%.`,
		caveat: {
			withoutRationale: (count: number) =>
				`Note: ${count === 1 ? '1 cost item has' : `${count} cost items have`} no rationale yet.`,
			gradeC: (share: string) =>
				`Note: ${share} of the amount rests on prices with a weak source (reliability C).`,
			dominantLine: (name: string, share: string) =>
				`Note: one item, ${name}, is ${share} of the total. If it is wrong, the outcome changes a lot.`,
			estimate:
				'Note: these are costs that probably need not be made, not money that comes back to a budget.'
		}
	}
};
