/**
 * The first read of a draft's page, straight from IndexedDB and without Dexie, so the draft is on
 * screen before Dexie's code (the largest part of storage) has loaded; Dexie opens after, for
 * saving and for following other tabs.
 *
 * Only a database at the version this app writes is read this way. A first visit (no database
 * yet), a database Dexie must upgrade first, a newer one, or any error answers null: the caller then
 * opens storage the usual way, which upgrades, reports and falls back as before. Records are
 * validated exactly as the repositories validate them.
 */
import type { BrokenDraft } from '$lib/domain/records';
import type { StoredDraft } from './db';
import { DraftReader } from './draft-reader';
import { readPriceLists, type PriceListsRead } from './price-lists-repository';
import { readStore } from './raw-read';

/**
 * The stored draft (validated), BrokenDraft when it does not validate, undefined when there is no
 * draft with this id; null when this read cannot tell (open storage instead).
 */
export async function firstReadDraft(
	id: string
): Promise<StoredDraft | BrokenDraft | undefined | null> {
	const read = await readStore<unknown>('drafts', (drafts) => drafts.get(id), {
		value: undefined
	});
	if (!read) return null;
	return read.value === undefined ? undefined : new DraftReader().read(read.value);
}

/** The user's own price lists (validated); null when this read cannot tell. */
export async function firstReadPriceLists(): Promise<PriceListsRead | null> {
	const read = await readStore<unknown[]>('priceLists', (lists) => lists.getAll(), { value: [] });
	return read && readPriceLists(read.value);
}
