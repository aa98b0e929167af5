/**
 * The newest draft's id and title, read without loading the schemas (the start page stays light).
 * Both are checked to be text; anything else yields no link. The draft is validated when opened.
 *
 * Read straight from IndexedDB when the database is at this app's version, and not at all when
 * there is none (a first visit has no drafts); only a database that must be upgraded first loads
 * Dexie here, which does the upgrade.
 */
import { readStore } from './raw-read';

type Newest = { id: string; title: string } | null;

export async function latestDraftSummary(): Promise<Newest> {
	const read = await readStore<IDBCursorWithValue | null>(
		'drafts',
		(drafts) => drafts.index('updatedAt').openCursor(null, 'prev'),
		{ value: null }
	);
	if (read) return shaped(read.value?.value);
	try {
		const { BaatwijzerDb } = await import('./db');
		const db = new BaatwijzerDb();
		const newest = await db.drafts.orderBy('updatedAt').last();
		db.close();
		return shaped(newest);
	} catch {
		return null;
	}
}

function shaped(newest: unknown): Newest {
	const record = newest as { id?: unknown; proposal?: { title?: unknown } } | undefined;
	const id = record?.id;
	const title = record?.proposal?.title;
	return typeof id === 'string' && typeof title === 'string'
		? { id, title: title.slice(0, 200) }
		: null;
}
