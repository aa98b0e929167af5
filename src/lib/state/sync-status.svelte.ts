/**
 * What the optional sync is doing, for every page to show: small, with no sync code of its own
 * (PouchDB loads only when sync is on, in sync-runner.ts). The account is remembered in this
 * browser's localStorage: the server, the account name and its role, never a password.
 */
import type { ImportIssue } from '$lib/domain/zod-issues';
import type { ReviewDocument } from '$lib/domain/sync/documents';
import type { ChangesPerProposal } from '$lib/domain/sync/merge';
import type { SyncAccount } from '$lib/domain/sync/names';

export type { SyncAccount };

export type SyncPhase =
	'idle' | 'syncing' | 'done' | 'offline' | 'unreachable' | 'signedOut' | 'denied' | 'failed';

/** A received document that was not trusted: kept aside, with what was wrong. */
export interface AsideItem {
	id: string;
	organisation: string;
	title: string;
	reason: 'invalid' | 'tampered' | 'wrongPlace';
	issues: ImportIssue[];
}

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

class SyncStatus {
	account = $state.raw<SyncAccount | null>(readAccount());
	phase = $state<SyncPhase>('idle');
	lastDoneAt = $state<string | null>(null);
	/** Own documents (hand-ins, reviews) not yet on the server. */
	waiting = $state(0);
	refused = $state.raw<{ id: string; reason: string }[]>([]);
	aside = $state.raw<AsideItem[]>([]);
	/** Every review received or sent, oldest first. */
	reviews = $state.raw<ReviewDocument[]>([]);
	/** For a reviewer: per proposal with more than one hand-in, what the latest changed. */
	changes = $state.raw<ChangesPerProposal>({});

	get on(): boolean {
		return this.account !== null;
	}

	remember(account: SyncAccount | null): void {
		this.account = account;
		if (account) localStorage.setItem(ACCOUNT_KEY, JSON.stringify(account));
		else localStorage.removeItem(ACCOUNT_KEY);
	}

	reviewsOf(proposalId: string): ReviewDocument[] {
		return this.reviews.filter((review) => review.proposalId === proposalId);
	}
}

export const syncStatus = new SyncStatus();
