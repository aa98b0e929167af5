/** English UI text: starting an estimate from a worked example. */
import type { templates as dutch } from '../nl/templates';

export const templates: typeof dutch = {
	templates: {
		pageTitle: 'Start from an example - Baatwijzer',
		title: 'Start from an example',
		intro:
			'Choose an example that resembles your activity. All cost items, numbers, chances and contributions are already filled in, with the reasoning. You then change what is different in your situation. The examples themselves are in Dutch.',
		scratch: 'Rather start yourself? Start an empty estimate.',
		listTitle: (name: string) => `Examples: ${name}`,
		lines: (count: number) => (count === 1 ? '1 cost item' : `${count} cost items`),
		estimate: (total: string, years: number) =>
			`Estimate: ${total} of avoided costs over ${years} ${years === 1 ? 'year' : 'years'}`,
		subsidy: (subsidy: string) => `against ${subsidy} of subsidy`,
		noSubsidy: 'no subsidy yet',
		basis: (basis: string) => `Source: ${basis}`,
		use: 'Start from this example',
		useNamed: (name: string) => `Start from this example: ${name}`,
		creating: 'Making the proposal...',
		loading: 'Loading examples...',
		ownTitle: 'Load own examples',
		ownHint:
			'Does your organisation have its own set of examples (a Baatwijzer file with examples)? Choose the file; it is checked completely first.',
		ownLabel: 'File with examples',
		ownLoaded: (name: string, count: number) =>
			`${count === 1 ? '1 example' : `${count} examples`} from "${name}" are at the top of this page.`,
		ownKept: 'They stay in this browser until you delete them or choose another file.',
		ownNotKept:
			'This browser does not keep them: after closing the page you have to choose the file again.',
		ownForget: 'Delete own examples',
		ownKeptBroken: (name: string) =>
			`The stored examples from "${name}" can no longer be read and are not offered. Choose the file again, or delete them.`,
		ownProblemTitle: 'This file cannot be loaded',
		otherFormat:
			'This is not a Baatwijzer file with examples. Choose a file whose name starts with "baatwijzer-voorbeelden".',
		notice: (name: string) =>
			`This proposal was made from the example "${name}". Check every cost item: adjust the title, the numbers and the subsidy to your own situation with "Change".`
	}
};
