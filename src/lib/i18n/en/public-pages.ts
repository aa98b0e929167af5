/** English UI text: the accessibility statement and the privacy page (public-sector pages). */
import type { publicPages as dutch } from '../nl/public-pages';

export const publicPages: typeof dutch = {
	statement: {
		pageTitle: 'Accessibility statement',
		title: 'Accessibility statement',
		loading: 'Loading statement...',
		intro: (organisation: string, website: string) =>
			`${organisation || 'The organisation that offers Baatwijzer'} wants everyone to be able to use Baatwijzer${website ? ` (${website})` : ''}, including people with a disability. That is why Baatwijzer is to meet the accessibility requirements: the Web Content Accessibility Guidelines (WCAG) 2.1 at level A and AA, laid down in the European standard EN 301 549, as the Dutch Digital Accessibility (Government) Decree requires.`,
		statusTitle: 'Status',
		statuses: {
			A: 'Baatwijzer fully meets the accessibility requirements (status A).',
			B: 'Baatwijzer partly meets the accessibility requirements (status B).',
			C: 'For Baatwijzer the first measures have been taken to meet the accessibility requirements (status C).',
			D: 'For Baatwijzer the first measures to meet the accessibility requirements have not yet been taken (status D).',
			E: 'Baatwijzer does not meet the accessibility requirements (status E).'
		},
		noStatus:
			'The organisation that offers Baatwijzer has not filled in the status yet. As long as there has been no audit by an expert, the status has not been established.',
		statementDate: (date: string) => `This statement was drawn up on ${date}.`,
		audit: (date: string, by: string) =>
			`The last accessibility audit was done on ${date}${by ? ` by ${by}` : ''}.`,
		auditReport: 'Read the audit report',
		noAudit: 'There has been no audit by an expert yet.',
		gapsTitle: 'Known problems',
		noGaps: 'No known problems have been given.',
		gap: { problem: 'Problem', reason: 'Reason', plannedFix: 'What will be done, and when' },
		ownChecksTitle: 'What the makers check themselves',
		ownChecks:
			'With every change of Baatwijzer every page is checked automatically against WCAG 2.1 AA (with axe-core), walked through with the keyboard and looked at on a phone, a laptop and a projector. Tables stand beside every chart, and every error message names the field and what is wrong. That does not replace an audit by an expert.',
		contactTitle: 'Help and contact',
		contact: (organisation: string) =>
			`Can you not use something in Baatwijzer, or do you see a problem with accessibility? Let ${organisation || 'the organisation that offers Baatwijzer'} know.`,
		email: 'Email',
		phone: 'Phone',
		reply: (days: number) =>
			`You will get an answer within ${days} ${days === 1 ? 'working day' : 'working days'}.`,
		noContact: 'The organisation that offers Baatwijzer has not filled in contact details yet.',
		complaint:
			'Are you not satisfied with how your report was handled? Then you can file a complaint with the organisation, and after that with the Nationale ombudsman (National Ombudsman).',
		notFilled:
			"For the administrator: fill in the file toegankelijkheidsverklaring.json in the app's folder (see the README); this page then shows your details.",
		broken: (problems: string) =>
			`The file toegankelijkheidsverklaring.json is not right, so this page shows only the fixed text: ${problems}`,
		missing:
			'The file toegankelijkheidsverklaring.json cannot be read, so this page shows only the fixed text.'
	},
	privacy: {
		pageTitle: 'Privacy: what Baatwijzer stores',
		title: 'Privacy: what Baatwijzer stores',
		intro:
			'Baatwijzer works entirely in your browser. What you fill in stays on this device, in this browser. Nothing is sent, unless you turn on syncing with the municipality yourself.',
		storedTitle: 'What is in this browser',
		stored: [
			'Your proposals (drafts, handed in and reviewed), each with a short summary for the overview, in the browser\'s database "baatwijzer" (IndexedDB).',
			'Own price lists you have loaded, and which price list you use.',
			'Templates and the cases you have described, with the details per year (subsidy, settings, size per unit).',
			'The last change of a proposal you are editing, so that nothing is lost if the window closes (localStorage), and the language you chose.',
			"The app's own files, so that Baatwijzer also works without internet (the service worker's cache)."
		],
		notTitle: 'What Baatwijzer does not do',
		not: [
			'No account, no cookies of Baatwijzer, no statistics or tracking, no advertisements.',
			'No fonts, scripts or images from other websites.',
			'Files (proposals, CSV, reports) are only made when you ask for them, and go into your own downloads.'
		],
		syncTitle: 'If you turn on syncing',
		sync: [
			'Only then does Baatwijzer connect, and only to the server of your municipality whose address you fill in yourself.',
			"What you hand in goes to that server; the municipality's review comes back. Your password is sent to that server once and never stored; the server sets its own session cookie.",
			'Baatwijzer then also stores the address of the server, your account name and your role, and a copy of what is synced.',
			'If you turn syncing off, every connection stops.'
		],
		personalTitle: 'Personal data',
		personal:
			'Do not write names, addresses or other details by which someone can be recognised in proposals and cases. Baatwijzer never asks for them; describe situations anonymously.',
		deleteTitle: 'Delete everything',
		delete:
			"Delete proposals and cases in the app itself, or clear this website's site data in your browser's settings: then everything of Baatwijzer has gone from this device. Export first what you want to keep."
	}
};
