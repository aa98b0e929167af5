/** The most recently changed draft, for the start page's "continue" link. */
export async function latestDraft(): Promise<{ id: string; title: string } | null> {
	// Storage (Dexie) loads after the page has rendered, so the start page stays light.
	const { openStorage } = await import('$lib/storage');
	const storage = await openStorage();
	const latest = (await storage.drafts.all()).drafts[0];
	return latest ? { id: latest.id, title: latest.proposal.title } : null;
}
