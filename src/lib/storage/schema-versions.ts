/**
 * The database's name and schema versions, apart from Dexie, so that a first read (first-read.ts)
 * can tell whether the database is at the version this app writes without loading Dexie.
 */
export const DATABASE_NAME = 'baatwijzer';

export const schemaVersions = {
	Initial: 1,
	/** Titles searchable without accents; room for the user's own price lists. */
	AccentFreeTitlesAndPriceLists: 2,
	/**
	 * A summary of each draft beside it (what the overview lists). Drafts stored before have none
	 * yet; the overview makes them as it checks the drafts (see DraftsRepository.watchAll).
	 */
	DraftSummaries: 3,
	/** An organisation's own set of templates (voorbeelden), loaded from a file, kept here. */
	TemplateSets: 4,
	/** Described cases (casussen) by year and unit, and each year's subsidy and settings. */
	DescribedCases: 5,
	/** Summaries by their date, so the overview reads its newest cards first (first-summaries.ts). */
	SummariesByDate: 6
} as const;

/**
 * The tables at the newest version, as Dexie declares them (db.ts): the primary key, then the
 * indexes, by plain field names only. A first visit also creates them from this without Dexie
 * (create-database.ts; its unit test compares the two databases). A new version declares its
 * tables here and keeps this version's as a literal in db.ts.
 */
export const currentStores = {
	drafts: 'id, titleKey, status, updatedAt',
	priceLists: 'id, name',
	summaries: 'id, updatedAt',
	templateSets: 'id',
	cases: 'id, year',
	caseYears: 'id'
} as const;

/** The version IndexedDB itself reports: Dexie stores its version times ten. */
export const nativeVersion = (version: number): number => Math.round(version * 10);

/** The schema version this app writes (the newest above). */
export const currentSchemaVersion = Math.max(...Object.values(schemaVersions));
