/**
 * Stored records of the current version checked without zod (see proposal.ts): a draft, the
 * journal of the last edit, an own price list. Each answers the record as `readRecord` would
 * return it, or null: then the caller runs `readRecord`, which migrates, validates and reports.
 */
import type { JournalEntry, StoredDraftRecord, StoredPriceListRecord } from '../records';
import { currentRecordVersion } from '../record-versions';
import { CURRENT_PROPOSAL_VERSION } from '../proposal-versions';
import { readPriceItem } from './line';
import { readProposal } from './proposal';
import { everyOf, isInt, isObject, isText, type Fields } from './values';

const SAFE = Number.MAX_SAFE_INTEGER;

/** Of the current version and proposal shape: older records go through their migrations. */
const isCurrent = (raw: Fields, kind: 'draft' | 'journal') =>
	raw.recordVersion === currentRecordVersion[kind] &&
	raw.proposalVersion === CURRENT_PROPOSAL_VERSION;

export function readStoredDraftPlain(raw: unknown): StoredDraftRecord | null {
	if (!isObject(raw) || !isCurrent(raw, 'draft')) return null;
	const { writeId, id, titleKey, status, updatedAt, revision } = raw;
	if (writeId !== undefined && !isText(writeId, 100)) return null;
	if (typeof id !== 'string' || typeof titleKey !== 'string' || typeof status !== 'string')
		return null;
	if (typeof updatedAt !== 'string' || !isInt(revision, 0, SAFE)) return null;
	const proposal = readProposal(raw.proposal);
	if (!proposal) return null;
	return {
		recordVersion: currentRecordVersion.draft,
		proposalVersion: CURRENT_PROPOSAL_VERSION,
		...(writeId === undefined ? {} : { writeId }),
		id,
		titleKey,
		status,
		updatedAt,
		revision,
		proposal
	};
}

export function readJournalPlain(raw: unknown): JournalEntry | null {
	if (!isObject(raw) || !isCurrent(raw, 'journal')) return null;
	const { basedOn, savingRevision } = raw;
	if (!isInt(basedOn, 0, SAFE)) return null;
	if (savingRevision !== null && !isInt(savingRevision, 0, SAFE)) return null;
	const proposal = readProposal(raw.proposal);
	if (!proposal) return null;
	return {
		recordVersion: currentRecordVersion.journal,
		proposalVersion: CURRENT_PROPOSAL_VERSION,
		basedOn,
		savingRevision,
		proposal
	};
}

export function readStoredPriceListPlain(raw: unknown): StoredPriceListRecord | null {
	if (!isObject(raw) || raw.recordVersion !== currentRecordVersion.priceList) return null;
	const { id, name, version, loadedAt } = raw;
	if (!isText(id, 100) || id.length === 0 || !isText(name, 200)) return null;
	if (!isText(version, 100) || !isText(loadedAt, 40)) return null;
	const items = everyOf(raw.items, 5000, readPriceItem);
	if (!items) return null;
	return { recordVersion: currentRecordVersion.priceList, id, name, version, loadedAt, items };
}
