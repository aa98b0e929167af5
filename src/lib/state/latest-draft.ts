/** The most recently changed draft, for the start page's "continue" link. */
export async function latestDraft(): Promise<{ id: string; title: string } | null> {
	// Read after the page has rendered, without the schemas: the link needs an id and a title, each
	// checked to be text. Opening the draft reads and validates it whole.
	const { latestDraftSummary } = await import('$lib/storage/latest');
	return latestDraftSummary();
}
