/**
 * An organisation's own template set, loaded from a file and kept for the next visit. One set at a
 * time (loading another replaces it). Every read runs the record's checks and then the template
 * file's (readTemplateData: versions, the proposal chain, the schema); a set that no longer reads
 * is reported, not offered.
 */
import { currentRecordVersion, readRecord, storedTemplateSetSchema } from '$lib/domain/records';
import { readTemplateData, type TemplateFile } from '$lib/domain/templates/template-file';
import type { BaatwijzerDb, StoredTemplateSet } from './db';
import { readStore } from './raw-read';

/** The one own set's key. */
export const OWN_SET_ID = 'own';

export type TemplateSetRead =
	| { readonly kind: 'none' }
	| { readonly kind: 'set'; readonly fileName: string; readonly file: TemplateFile }
	| { readonly kind: 'broken'; readonly fileName: string };

export interface TemplateSetStore {
	get(): Promise<TemplateSetRead>;
	put(fileName: string, file: TemplateFile, now: Date): Promise<void>;
	remove(): Promise<void>;
}

export function readTemplateSet(raw: unknown): TemplateSetRead {
	if (raw === undefined) return { kind: 'none' };
	const record = readRecord('templateSet', raw, storedTemplateSetSchema);
	const fileName = String((raw as { fileName?: unknown } | null)?.fileName ?? '?').slice(0, 300);
	if (!record.ok) return { kind: 'broken', fileName };
	const read = readTemplateData(record.value.file);
	return read.ok ? { kind: 'set', fileName, file: read.file } : { kind: 'broken', fileName };
}

/**
 * The own set read straight from IndexedDB, without Dexie (see first-read.ts), validated as the
 * repository validates it; null when the database is not current or cannot be read so.
 */
export async function firstReadTemplateSet(): Promise<TemplateSetRead | null> {
	const read = await readStore<unknown>('templateSets', (sets) => sets.get(OWN_SET_ID), {
		value: undefined
	});
	return read && readTemplateSet(read.value);
}

const recordOf = (fileName: string, file: TemplateFile, now: Date): StoredTemplateSet => ({
	recordVersion: currentRecordVersion.templateSet,
	id: OWN_SET_ID,
	fileName,
	loadedAt: now.toISOString(),
	file: structuredClone(file)
});

export class TemplateSetsRepository implements TemplateSetStore {
	constructor(private readonly db: BaatwijzerDb) {}

	async get() {
		return readTemplateSet(await this.db.templateSets.get(OWN_SET_ID));
	}

	async put(fileName: string, file: TemplateFile, now: Date) {
		await this.db.templateSets.put(recordOf(fileName, file, now));
	}

	async remove() {
		await this.db.templateSets.delete(OWN_SET_ID);
	}
}

export class MemoryTemplateSets implements TemplateSetStore {
	#record: StoredTemplateSet | undefined;

	async get() {
		return readTemplateSet(this.#record && structuredClone(this.#record));
	}

	async put(fileName: string, file: TemplateFile, now: Date) {
		this.#record = recordOf(fileName, file, now);
	}

	async remove() {
		this.#record = undefined;
	}
}
