/**
 * The open draft's editor, handed from the draft's layout to the views below it. Apart from the
 * editor itself, so that views can be drawn before the editor's code (and storage) has loaded.
 *
 * The layout sets a slot at once: its `editor` is null while the draft is being read. A page draws
 * what does not depend on the draft (its heading, its intro) straight away and the rest inside
 * `DraftView`, which sets the editor itself for the views below it once it is there.
 */
import { createContext } from 'svelte';
import type { DraftEditor } from './draft-editor.svelte';

export const [getEditor, setEditor] = createContext<DraftEditor>();

export interface DraftSlot {
	/** The draft's editor once it is read; null until then. */
	readonly editor: DraftEditor | null;
}
export const [getDraftSlot, setDraftSlot] = createContext<DraftSlot>();
