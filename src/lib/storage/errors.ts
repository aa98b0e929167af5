/**
 * What a draft store reports besides data. Apart from the stores themselves, so that state and views
 * can tell these errors apart without loading IndexedDB's library (Dexie) before a page renders.
 */
import type { BrokenDraft } from '$lib/domain/records';
import type { StoredDraft } from './db';

/** Another tab saved a newer revision first. */
export class ConflictError extends Error {
	constructor(readonly newer: StoredDraft) {
		super('draft was changed elsewhere');
	}
}

/** The draft was deleted (in another tab) since this tab opened it. */
export class DeletedError extends Error {
	constructor(readonly id: string) {
		super('draft was deleted elsewhere');
	}
}

export class BrokenDraftError extends Error {
	constructor(readonly broken: BrokenDraft) {
		super('stored draft does not validate');
	}
}

/** IndexedDB could be read but not opened for writing: the draft cannot be stored in this browser. */
export class StorageUnavailableError extends Error {
	override readonly name = 'StorageUnavailableError';
	constructor() {
		super('storage could not be opened');
	}
}
