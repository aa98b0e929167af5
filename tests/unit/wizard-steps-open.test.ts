// The wizard's step list opens a later step only when every step before it is complete. The
// editor works that out once per change from its plain copy (issue 24: per step in the list and
// through the draft's proxies it was a quarter of the work per key typed at 500 lines); it must
// follow every change, as the list did.
import { describe, expect, it } from 'vitest';
import { emptyProposal } from '$lib/domain/schemas/proposal';
import { DraftEditor } from '$lib/state/draft-editor.svelte';
import { MemoryDrafts } from '$lib/storage/memory-drafts';

describe('which steps the wizard opens', () => {
	it('follows the first incomplete step as the draft changes', async () => {
		const store = new MemoryDrafts();
		const stored = await store.create(emptyProposal('a', new Date('2026-12-06T10:00:00Z')));
		const editor = new DraftEditor(stored, store, null);
		expect(editor.firstIncomplete).toBe('initiative');
		editor.set('title', 'Maatjesproject');
		editor.set('subsidyCents', 500_000);
		expect(editor.firstIncomplete).toBe('costs');
		editor.set('title', '');
		expect(editor.firstIncomplete).toBe('initiative');
	});
});
