/** The optional sync's words in English (loaded with the sync's own parts only). */
import type { sync as dutch } from '../nl/sync';

export const sync: typeof dutch = {
	sync: {
		pageTitle: 'Sync with the municipality - Baatwijzer',
		title: 'Sync with the municipality',
		intro:
			'By default everything stays in this browser and Baatwijzer sends nothing. If your municipality works with its own sync server (Apache CouchDB), you can turn it on here. Then only what you hand in and its reviews go back and forth; drafts stay here.',
		whatTravels:
			'What travels: with every hand-in a fixed copy of the proposal with the price items it uses and the fingerprint; back come the status, verdict and remarks of the reviewer.',
		server: 'Address of the server',
		serverHint: 'You get this from the municipality, for example https://sync.gemeente.nl',
		name: 'Account name',
		password: 'Password',
		passwordHint:
			'The password only goes to the server to sign in. Baatwijzer does not keep it; the server keeps you signed in for a while.',
		signIn: 'Sign in and turn on sync',
		signingIn: 'Signing in…',
		signInAgain: 'Sign in again',
		stepSent:
			'The proposal goes to the municipality by itself, with the fingerprint above (see the line below it: if anything is still waiting, it goes as soon as there is a connection again). Sending a file is not needed, but allowed: you can send the report (PDF) with your subsidy application.',
		stepReview:
			'The municipality sees the proposal in its overview, with the same figures, sources and rationale. Its verdict (positive, negative or to be completed) and remarks arrive by themselves in My proposals.',
		errors: {
			server:
				'Enter an address of the server that starts with https:// (or http:// on this device)',
			name: 'Enter an account name',
			password: 'Enter a password',
			unreachable:
				'The server at this address does not answer. Check the address of the server and your internet connection.',
			wrongPassword: 'The account name or the password is wrong.',
			notCouch:
				'There is no sync server that Baatwijzer knows at this address. Check the address of the server.',
			noRole:
				'This account belongs to no organisation and is no reviewer. Ask the administrator of the server to give the account a role.'
		} as Record<string, string>,
		on: 'Sync is on.',
		account: (name: string, server: string) => `Signed in as ${name} at ${server}.`,
		roleOrganisation: (code: string) =>
			`You hand in proposals for organisation ${code}. Reviews by the municipality arrive by themselves in My proposals.`,
		roleReviewer:
			'You are a reviewer: the proposals handed in by all organisations arrive in My proposals.',
		now: 'Sync now',
		signOut: 'Turn sync off',
		signOutWaiting: (count: number) =>
			`Note: ${count === 1 ? '1 document is' : `${count} documents are`} still waiting to be sent. They stay in this browser and go as soon as you sign in again.`,
		phase: {
			idle: 'Not synced yet.',
			syncing: 'Syncing…',
			done: 'Everything is up to date.',
			offline:
				'You are offline. What you hand in waits in this browser and goes as soon as there is a network again.',
			unreachable:
				'The server cannot be reached now. Nothing is lost: what waits goes as soon as the server answers again.',
			signedOut:
				'You are no longer signed in at the server. Sign in again; what waits stays in this browser.',
			denied: 'The server gives this account no access to these data.',
			failed: 'Syncing failed. Nothing is lost; Baatwijzer will try again shortly.'
		} as Record<string, string>,
		waiting: (count: number) =>
			count === 0
				? 'Nothing is waiting to be sent.'
				: count === 1
					? '1 document is waiting to be sent to the server.'
					: `${count} documents are waiting to be sent to the server.`,
		lastDone: (time: string) => `Last updated: ${time}.`,
		refusedTitle: 'Refused by the server',
		asideTitle: 'Kept apart (not trusted)',
		asideIntro:
			'These received documents have not been put into your proposals, because they did not pass the check.',
		aside: {
			tampered: 'the fingerprint does not match: it was changed after it was handed in',
			invalid: 'it does not meet the format of Baatwijzer',
			wrongPlace: 'it is filed under the wrong organisation'
		} as Record<string, string>,
		asideItem: (title: string, organisation: string, reason: string) =>
			`“${title || 'untitled'}” from organisation ${organisation}: ${reason}.`,
		sendReview: (organisation: string) => `Send review to ${organisation}`,
		sendReviewHint:
			'Sends status, verdict and remarks as they are now. A review sent is kept; a new one comes beside it.',
		reviewSent: 'Review sent (or ready to be sent as soon as the server can be reached).',
		reviewsTitle: 'Reviews through the server',
		reviewLine: (reviewer: string, time: string, verdict: string) =>
			`${reviewer}, ${time}: ${verdict}`,
		changesTitle: (from: number, to: number) => `Handed in again: hand-in ${to} (was ${from})`,
		changesNone: 'No difference in the details or the lines.',
		changedField: (name: string, before: string | null, after: string | null) =>
			before === null || after === null
				? `Changed: ${name}.`
				: `Changed: ${name}, from ${before} to ${after}.`,
		changeLabels: {
			title: 'name',
			organisation: 'organisation',
			orgUnit: 'unit',
			targetGroup: 'target group',
			targetGroupSize: 'size of the target group',
			description: 'description',
			problemAndGoal: 'problem and goal',
			referenceSituation: 'situation without the activity',
			periodStart: 'start date',
			periodEnd: 'end date',
			subsidyCents: 'subsidy',
			subsidyYear: 'subsidy year',
			settings: 'calculation settings',
			priceIndexYear: 'price level',
			arena: 'SCBA Arena',
			mkba: 'SCBA settings'
		} as Record<string, string>,
		notGiven: 'not filled in',
		addedLines: (names: string) => `Lines added: ${names}.`,
		removedLines: (names: string) => `Lines removed: ${names}.`,
		changedLines: (names: string) => `Lines changed: ${names}.`
	}
};
