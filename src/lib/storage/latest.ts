/**
 * The newest draft's id and title, read without loading the schemas (the start page stays light).
 * Both are checked to be text; anything else yields no link. The draft is validated when opened.
 */
import { BaatwijzerDb } from './db';

export async function latestDraftSummary(): Promise<{ id: string; title: string } | null> {
	try {
		const db = new BaatwijzerDb();
		const newest = await db.drafts.orderBy('updatedAt').last();
		db.close();
		const id = newest?.id;
		const title = newest?.proposal?.title;
		return typeof id === 'string' && typeof title === 'string'
			? { id, title: title.slice(0, 200) }
			: null;
	} catch {
		return null;
	}
}
