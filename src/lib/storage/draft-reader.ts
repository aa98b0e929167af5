/**
 * Reading a stored draft on a draft's page without loading the validator: a record the app wrote
 * as it is passes the plain check (plain-check/); only another record (an older version, a damaged
 * one) loads the schema (draft-validator.ts) to migrate, validate and report it.
 */
import type { BrokenDraft } from '$lib/domain/records';
import { readStoredDraftPlain } from '$lib/domain/plain-check/records';
import type { StoredDraft } from './db';

export const isBroken = (read: StoredDraft | BrokenDraft): read is BrokenDraft => 'raw' in read;

/** The stored draft, validated; BrokenDraft when it does not validate. */
export async function readDraftRecord(raw: unknown): Promise<StoredDraft | BrokenDraft> {
	const plain = readStoredDraftPlain(raw);
	if (plain) return plain as StoredDraft;
	const { validateBySchema } = await import('./draft-validator');
	return validateBySchema(raw);
}
