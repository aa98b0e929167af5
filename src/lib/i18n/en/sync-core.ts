/**
 * The few words of handing in and of the sync that any page may show, in English; the rest loads
 * with the seal (i18n/hand-in.ts) and with the sync (i18n/sync.ts).
 */
import type { syncCore as dutch } from '../nl/sync-core';

export const syncCore: typeof dutch = {
	syncCore: {
		footerLink: 'Sync with the municipality',
		privacyOn: (server: string) =>
			`Sync is on: only proposals handed in and reviews go to ${server}. Everything else stays in this browser.`,
		received: (organisation: string, number: number) =>
			`Organisation ${organisation} · hand-in ${number}`,
		submitting: 'Handing in…',
		fileChecked: (title: string, number: number, short: string) =>
			`“${title}”: hand-in ${number}, fingerprint ${short}, unchanged since it was handed in.`,
		fileChanged: (title: string, number: number, short: string) =>
			`“${title}”: changed since hand-in ${number} (fingerprint ${short}). What you see is not exactly what was handed in.`
	}
};
