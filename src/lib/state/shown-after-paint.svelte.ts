/**
 * Something made from the open draft that a typed key need not wait for (the running total, the
 * notes on price levels): made at once for the draft as first read, and after a change once the
 * change is painted, in a task of its own. A typed key shows in its frame, this in the next. At
 * 500 lines, evaluating the draft in the key's own task made keys miss their frame (issue 24).
 */
import { untrack } from 'svelte';
import { afterNextPaint } from './after-paint';

export class ShownAfterPaint<S extends object, T> {
	/** Made from the draft as last painted; undefined while there is no draft. */
	current = $state.raw<T | undefined>();
	/** What `current` was made from (not reactive: only compared). */
	#from: S | null = null;

	/**
	 * Call while a component is set up. `from` gives the draft (its plain copy, a new object at each
	 * change) or null; `make` is read untracked.
	 */
	constructor(from: () => S | null, make: (from: S) => T) {
		const show = (source: S) =>
			untrack(() => {
				this.#from = source;
				this.current = make(source);
			});
		const first = untrack(from);
		if (first !== null) show(first);
		$effect(() => {
			const source = from();
			if (source === null) {
				this.#from = null;
				this.current = undefined;
				return;
			}
			if (source === this.#from) return;
			if (this.#from === null) return show(source);
			let current = true;
			void afterNextPaint().then(() => {
				if (current) show(source);
			});
			return () => {
				current = false;
			};
		});
	}
}
