/**
 * The open draft's editor, handed from the draft's layout to the views below it. Apart from the
 * editor itself, so that views can be drawn before the editor's code (and storage) has loaded.
 */
import { createContext } from 'svelte';
import type { DraftEditor } from './draft-editor.svelte';

export const [getEditor, setEditor] = createContext<DraftEditor>();
