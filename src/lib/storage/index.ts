/**
 * Opens the app's storage once (see open-storage.ts). This module stays light: pages render before
 * the storage code has loaded.
 */
import type { DraftStore } from './drafts-repository';
import type { PriceListsRead, PriceListStore } from './price-lists-repository';
import type { TemplateSetStore } from './template-sets-repository';
import type { CaseStore } from './cases-repository';
import type { BrokenDraft } from '$lib/domain/records';
import type { StoredDraft } from './db';

export type StorageProblem = 'unavailable' | 'quota' | 'closedByOtherTab';

export interface AppStorage {
	readonly drafts: DraftStore;
	readonly priceLists: PriceListStore;
	readonly templateSets: TemplateSetStore;
	readonly cases: CaseStore;
	/** Null when drafts are stored in IndexedDB as intended. */
	readonly problem: StorageProblem | null;
}

let opened: Promise<AppStorage> | null = null;

export function openStorage(): Promise<AppStorage> {
	opened ??= open();
	return opened;
}

/** IndexedDB's library (Dexie) and the record validators load with the first use of storage. */
async function open(): Promise<AppStorage> {
	const { openAppStorage } = await import('./open-storage');
	return openAppStorage();
}

/**
 * The user's own price lists: read without Dexie when the database is current (first-read.ts),
 * else through storage.
 */
export async function readOwnPriceLists(): Promise<PriceListsRead> {
	const { firstReadPriceLists } = await import('./first-read');
	return (await firstReadPriceLists()) ?? (await openStorage()).priceLists.all();
}

/**
 * One stored draft, validated: read without Dexie when the database is current (first-read.ts),
 * else through storage. A draft that does not validate comes back as BrokenDraft (it has `raw`).
 */
export async function readDraft(id: string): Promise<StoredDraft | BrokenDraft | undefined> {
	const { firstReadDraft } = await import('./first-read');
	const first = await firstReadDraft(id);
	if (first !== null) return first;
	const [storage, { BrokenDraftError }] = await Promise.all([openStorage(), import('./errors')]);
	try {
		return await storage.drafts.get(id);
	} catch (error) {
		if (error instanceof BrokenDraftError) return error.broken;
		throw error;
	}
}

/** What a failed write means for the user; errors may arrive wrapped by Dexie (`inner`). */
export function storageProblemOf(error: unknown): StorageProblem | null {
	const names = [error, (error as { inner?: unknown })?.inner].map(
		(candidate) => (candidate as { name?: string } | undefined)?.name
	);
	if (names.includes('QuotaExceededError')) return 'quota';
	if (names.includes('StorageUnavailableError')) return 'unavailable';
	if (names.includes('VersionError') || names.includes('DatabaseClosedError'))
		return 'closedByOtherTab';
	return null;
}
