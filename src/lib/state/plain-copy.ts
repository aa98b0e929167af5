/**
 * A plain copy of state that holds JSON-like data (objects, arrays, strings, numbers, booleans,
 * null), such as a draft. `$state.snapshot` gives the same copy but passes every string and
 * number through `structuredClone`, about a microsecond each: 100 ms and more per key press for a
 * 500-line draft, which the editor copies on every change (issue 24).
 */
export function plainCopy<T>(value: T): T {
	if (typeof value !== 'object' || value === null) return value;
	if (Array.isArray(value)) {
		const copy = new Array(value.length);
		for (let index = 0; index < value.length; index++) copy[index] = plainCopy(value[index]);
		return copy as T;
	}
	// As $state.snapshot does: an object that is not a plain one (say, with no prototype, as a
	// property test made, with a key named __proto__) is cloned whole. Drafts hold none.
	if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value);
	const copy: Record<string, unknown> = {};
	const source = value as Record<string, unknown>;
	for (const key of Object.keys(source)) {
		// A key named __proto__ is set as an own property: assigning it would set the prototype.
		if (key === '__proto__') Object.defineProperty(copy, key, ownValue(plainCopy(source[key])));
		else copy[key] = plainCopy(source[key]);
	}
	return copy as T;
}

function ownValue(value: unknown): PropertyDescriptor {
	return { value, enumerable: true, writable: true, configurable: true };
}

/** `value` and everything in it made read-only. */
function frozen<T>(value: T): T {
	if (typeof value === 'object' && value !== null) {
		for (const part of Object.values(value)) frozen(part);
		Object.freeze(value);
	}
	return value;
}

/**
 * Plain copies of a draft whose lines are kept until they change: the editor copies the draft on
 * every change (journal, autosave), and a key press in one line of 500 then copies that one line
 * (issue 24). Lines are keyed by their object, so a replaced draft starts afresh; the editor
 * forgets a line it changes, and every line when it changes several. The kept copies are frozen:
 * whoever receives one cannot change it under the next copy.
 */
export class DraftCopies {
	#lines = new WeakMap<object, unknown>();

	/** Forgets the copy of `line`, or of every line. */
	forget(line?: object): void {
		if (line) this.#lines.delete(line);
		else this.#lines = new WeakMap();
	}

	/**
	 * Takes `source`'s lines as the copies of `draft`'s lines, where `draft` is the state just made
	 * from `source`: one native clone instead of a walk through the draft's proxies, which was a
	 * fifth of opening a step of a 500-line draft (issue 24).
	 */
	seed(draft: { lines: readonly object[] }, source: { lines: readonly unknown[] }): void {
		this.#lines = new WeakMap();
		const lines = structuredClone(source.lines);
		draft.lines.forEach((line, index) => this.#lines.set(line, frozen(lines[index])));
	}

	of<T extends { lines: readonly object[] }>(draft: T): T {
		const source = draft as unknown as Record<string, unknown>;
		const copy: Record<string, unknown> = {};
		for (const key of Object.keys(source)) {
			copy[key] =
				key === 'lines'
					? draft.lines.map((line) => {
							let plain = this.#lines.get(line);
							if (plain === undefined) this.#lines.set(line, (plain = frozen(plainCopy(line))));
							return plain;
						})
					: plainCopy(source[key]);
		}
		return copy as T;
	}
}
