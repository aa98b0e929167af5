/**
 * The draft's title for a page's `<title>` (the browser tab), on pages where the title is typed:
 * it follows the title field once the typing rests. Chromium hands every new document title to the
 * browser, and doing that on each key of the title field took 3-4 ms from key to paint, a third of
 * what the page did per key (issue 24). The field and the page follow every key; the tab follows
 * when the typing pauses, as the autosave does.
 */
import { untrack } from 'svelte';
import type { DraftSlot } from '$lib/state/editor-context';
import { slotTitle } from './slot-title';

/** How long the title must stay the same before the tab shows it. */
export const TITLE_REST_MS = 300;

export class RestingTitle {
	/** What the tab shows: the draft's title, or "Voorstel laden..." while it is being read. */
	current = $state('');
	/** Whether `current` came from the read draft (then a change to it is typing). */
	#fromDraft = false;

	/** Call while a component is set up: the title follows the slot for as long as it lives. */
	constructor(slot: DraftSlot) {
		this.#show(slot);
		$effect(() => {
			const next = slotTitle(slot);
			if (next === untrack(() => this.current)) return;
			// The draft's title replaces "Voorstel laden..." at once; a title being typed waits.
			if (!this.#fromDraft || slot.editor === null) {
				this.#show(slot);
				return;
			}
			const timer = setTimeout(() => this.#show(slot), TITLE_REST_MS);
			return () => clearTimeout(timer);
		});
	}

	#show(slot: DraftSlot): void {
		untrack(() => {
			this.current = slotTitle(slot);
			this.#fromDraft = slot.editor !== null;
		});
	}
}
