import { t } from '$lib/i18n';
import type { DraftSlot } from '$lib/state/editor-context';

/** The draft's title for headings and page titles; "Voorstel laden..." while it is being read. */
export function slotTitle(slot: DraftSlot): string {
	return slot.editor ? slot.editor.draft.title.trim() || t.wizard.untitled : t.wizard.loading;
}
