/**
 * What the optional sync is doing (loaded with the sync's parts only, never on a page's first load
 * while sync is off): its phase, what waits, what was refused or kept aside, and the reviews. Whether
 * sync is on at all, and for which account, is in sync-account.svelte.ts.
 */
import type { ImportIssue } from '$lib/domain/zod-issues';
import type { ReviewDocument } from '$lib/domain/sync/documents';
import type { ChangesPerProposal } from '$lib/domain/sync/merge';
export type { SyncAccount } from './sync-account.svelte';

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

class SyncStatus {
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

	reviewsOf(proposalId: string): ReviewDocument[] {
		return this.reviews.filter((review) => review.proposalId === proposalId);
	}
}

export const syncStatus = new SyncStatus();
