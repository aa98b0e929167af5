/**
 * The switch between "sync off" (the default: nothing leaves the browser, no sync code loads) and
 * "sync on". Every call here returns at once when sync is off; when it is on, the sync runner (and
 * with it PouchDB) is loaded on first use.
 */
import type { PriceItem } from '$lib/domain/price-list/price-item';
import type { Proposal } from '$lib/domain/schemas/proposal';
import { syncAccount } from './sync-account.svelte';

const runner = () => import('./sync-runner').then((module) => module.runner);

/** Queues the snapshot of a hand-in for the server (only when sync is on for an organisation). */
export async function queueHandIn(proposal: Proposal, items: readonly PriceItem[]): Promise<void> {
	if (syncAccount.current?.role !== 'organisation') return;
	await (await runner()).queueHandIn(proposal, items);
}

/** Sends the reviewer's review of a received proposal (only when sync is on for a reviewer). */
export async function sendReview(proposal: Proposal): Promise<void> {
	if (syncAccount.current?.role !== 'reviewer') return;
	await (await runner()).sendReview(proposal);
}

/** Starts replicating in the background when sync is on (called once, after the first paint). */
export async function startSync(): Promise<void> {
	if (!syncAccount.on) return;
	(await runner()).start();
}

export async function syncNow(): Promise<void> {
	if (!syncAccount.on) return;
	await (await runner()).syncNow();
}

export async function signInToServer(server: string, name: string, password: string) {
	return (await runner()).signIn(server, name, password);
}

export async function signOutOfServer(): Promise<void> {
	if (!syncAccount.on) return;
	await (await runner()).signOut();
}
