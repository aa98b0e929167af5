/**
 * Whether the optional sync is on, and for which account: the one part of the sync that every page
 * reads (the footer, the hand-in button), so it is kept this small; what the sync is doing lives in
 * sync-status.svelte.ts, loaded with the sync. The account is remembered in this browser's
 * localStorage: the server, the account name and its role, never a password.
 */
import type { SyncAccount } from '$lib/domain/sync/names';

export type { SyncAccount };

const ACCOUNT_KEY = 'baatwijzer.sync.account';

function readAccount(): SyncAccount | null {
	try {
		const value = JSON.parse(globalThis.localStorage?.getItem(ACCOUNT_KEY) ?? 'null');
		if (
			value &&
			typeof value.server === 'string' &&
			typeof value.name === 'string' &&
			(value.role === 'organisation' || value.role === 'reviewer')
		)
			return value as SyncAccount;
	} catch {
		// A damaged entry means: sync is off.
	}
	return null;
}

class SyncAccountState {
	current = $state.raw<SyncAccount | null>(readAccount());

	get on(): boolean {
		return this.current !== null;
	}

	remember(account: SyncAccount | null): void {
		this.current = account;
		if (account) localStorage.setItem(ACCOUNT_KEY, JSON.stringify(account));
		else localStorage.removeItem(ACCOUNT_KEY);
	}
}

export const syncAccount = new SyncAccountState();
