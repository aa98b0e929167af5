/**
 * The few words of handing in and of the sync that any page may show; the rest loads with the
 * seal (i18n/hand-in.ts) and with the sync (i18n/sync.ts).
 */
export const syncCore = {
	syncCore: {
		footerLink: 'Synchroniseren met de gemeente',
		privacyOn: (server: string) =>
			`Synchronisatie staat aan: alleen ingediende voorstellen en beoordelingen gaan naar ${server}. Al het andere blijft in deze browser.`,
		received: (organisation: string, number: number) =>
			`Organisatie ${organisation} · indiening ${number}`,
		submitting: 'Bezig met indienen…',
		fileChecked: (title: string, number: number, short: string) =>
			`“${title}”: indiening ${number}, vingerafdruk ${short}, ongewijzigd sinds het indienen.`,
		fileChanged: (title: string, number: number, short: string) =>
			`“${title}”: gewijzigd sinds indiening ${number} (vingerafdruk ${short}). Wat u ziet is niet precies wat is ingediend.`
	}
};
