/** Opens a stored draft for editing, or creates a new one. */
import { emptyProposal } from '$lib/domain/schemas/proposal';
import { helmondPreset } from '$lib/domain/presets/helmond';
import { openStorage } from '$lib/storage';
import { DraftEditor } from './draft-editor.svelte';

export async function createDraft(): Promise<string> {
	const storage = await openStorage();
	const proposal = {
		...emptyProposal(crypto.randomUUID(), new Date()),
		organisation: helmondPreset.organisation
	};
	await storage.drafts.create(proposal);
	return proposal.id;
}

export async function openDraft(
	id: string
): Promise<{ editor: DraftEditor; stop: () => void } | null> {
	const storage = await openStorage();
	const stored = await storage.drafts.get(id);
	if (!stored) return null;
	const editor = new DraftEditor(stored, storage.drafts, storage.problem);
	const stopWatching = storage.drafts.watch(id, (latest) => editor.noticeStored(latest));
	const saveNow = () => void editor.flush();
	const onHide = () => {
		if (document.visibilityState === 'hidden') saveNow();
	};
	document.addEventListener('visibilitychange', onHide);
	window.addEventListener('pagehide', saveNow);
	return {
		editor,
		stop: () => {
			saveNow();
			stopWatching();
			document.removeEventListener('visibilitychange', onHide);
			window.removeEventListener('pagehide', saveNow);
		}
	};
}
