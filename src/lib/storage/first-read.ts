/**
 * The first read of a draft's page, straight from IndexedDB and without Dexie, so the draft is on
 * screen before Dexie's code (the largest part of storage) has loaded; Dexie opens after, for
 * saving and for following other tabs.
 *
 * Only a database at the version this app writes is read this way. A record the app wrote as it
 * is needs no validator (plain-check/); zod loads only for another. A first visit (no database
 * yet), a database Dexie must upgrade first, a newer one, or any error answers null: the caller then
 * opens storage the usual way, which upgrades, reports and falls back as before. Records are
 * validated exactly as the repositories validate them.
 */
import type { BrokenDraft } from '$lib/domain/records';
import type { StoredDraft, StoredPriceList } from './db';
import { readDraftRecord } from './draft-reader';
import { collectPriceLists, type PriceListsRead } from './price-lists-read';
import { readStoredPriceListPlain } from '$lib/domain/plain-check/records';
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
	return read.value === undefined ? undefined : readDraftRecord(read.value);
}

/** The user's own price lists (validated); null when this read cannot tell. */
export async function firstReadPriceLists(): Promise<PriceListsRead | null> {
	const read = await readStore<unknown[]>('priceLists', (lists) => lists.getAll(), { value: [] });
	if (!read) return null;
	// Lists as the app stored them pass the plain check; any other loads the schema to say why.
	const plain = read.value.map(readStoredPriceListPlain);
	if (plain.every((list) => list !== null))
		return collectPriceLists(plain, (list) => list as StoredPriceList);
	const { readPriceLists } = await import('./price-lists-repository');
	return readPriceLists(read.value);
}
