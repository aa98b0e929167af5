/** The browser database (IndexedDB through Dexie). Only the repositories here use it. */
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { DraftSummary } from '$lib/domain/draft-summary';
import type { PriceItem } from '$lib/domain/price-list/price-item';
import type { Proposal } from '$lib/domain/schemas/proposal';
import type { StoredCase, StoredCaseYear } from '$lib/domain/cases/case-record';
import { currentStores, DATABASE_NAME, schemaVersions } from './schema-versions';
import { titleKey } from './draft-create';

/** A draft as stored: the proposal plus what the overview sorts and searches on. */
export interface StoredDraft {
	/** Version of this record's shape (absent in records written before versions were kept: 1). */
	recordVersion?: number;
	/** The shape of `proposal` (proposal-versions.ts); absent in records of version 1. */
	proposalVersion?: number;
	id: string;
	/** Lower-case title for searching. */
	titleKey: string;
	status: Proposal['status'];
	updatedAt: string;
	/** A fresh random token per write: what validated reads are remembered by. */
	writeId?: string;
	/** Raised by one on every save; a save that expects an older revision is refused (two tabs). */
	revision: number;
	proposal: Proposal;
}

/** A price list loaded by the user (a municipality's own), stored beside the drafts. */
export interface StoredPriceList {
	recordVersion?: number;
	id: string;
	name: string;
	version: string;
	loadedAt: string;
	items: PriceItem[];
}

/**
 * An organisation's own template set, as its file was read (template-file.ts): every read runs the
 * file's checks again, the proposals through their one migration chain.
 */
export interface StoredTemplateSet {
	recordVersion?: number;
	id: string;
	fileName: string;
	loadedAt: string;
	file: Record<string, unknown>;
}

export class BaatwijzerDb extends Dexie {
	drafts!: EntityTable<StoredDraft, 'id'>;
	priceLists!: EntityTable<StoredPriceList, 'id'>;
	summaries!: EntityTable<DraftSummary, 'id'>;
	templateSets!: EntityTable<StoredTemplateSet, 'id'>;
	cases!: EntityTable<StoredCase, 'id'>;
	caseYears!: EntityTable<StoredCaseYear, 'id'>;

	constructor(name = DATABASE_NAME, options?: DexieOptions) {
		super(name, options);
		this.version(schemaVersions.Initial).stores({ drafts: 'id, titleKey, status, updatedAt' });
		this.version(schemaVersions.AccentFreeTitlesAndPriceLists)
			.stores({ drafts: 'id, titleKey, status, updatedAt', priceLists: 'id, name' })
			.upgrade((tx) =>
				tx
					.table('drafts')
					.toCollection()
					.modify((draft: StoredDraft) => {
						draft.titleKey = titleKey(draft.proposal?.title ?? '');
					})
			);
		this.version(schemaVersions.DraftSummaries).stores({
			drafts: 'id, titleKey, status, updatedAt',
			priceLists: 'id, name',
			summaries: 'id'
		});
		this.version(schemaVersions.TemplateSets).stores({
			drafts: 'id, titleKey, status, updatedAt',
			priceLists: 'id, name',
			summaries: 'id',
			templateSets: 'id'
		});
		this.version(schemaVersions.DescribedCases).stores({
			drafts: 'id, titleKey, status, updatedAt',
			priceLists: 'id, name',
			summaries: 'id',
			templateSets: 'id',
			cases: 'id, year',
			caseYears: 'id'
		});
		this.version(schemaVersions.SummariesByDate).stores(currentStores);
	}
}
