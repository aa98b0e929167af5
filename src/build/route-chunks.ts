/**
 * Chunks by route: every module that a page needs before it renders (its static imports, from
 * Kit's entry, the layouts and the page) goes into one chunk per set of pages that need it. So a
 * page downloads exactly what it runs, in a few large chunks that compress well, and a module that
 * only some pages need never rides along on the others (Rollup's own grouping follows every
 * dynamic `import()` too, which made dozens of tiny chunks; merging them by size then put unrelated
 * code, such as another page's component, into every page's first load).
 *
 * Modules reached only through `import()` (the sync, the seal, the price list, the validator)
 * keep Rollup's own grouping.
 */

interface ModuleGraph {
	getModuleIds(): IterableIterator<string>;
	getModuleInfo(id: string): { importedIds: readonly string[]; isEntry: boolean } | null;
}

/** Kit's entries: its client runtime, the app, and one node per layout or page. */
const NODE = /[\\/]generated[\\/]client-optimized[\\/]nodes[\\/](\d+)\.js$/;
const KIT_ENTRY = /[\\/]generated[\\/]client-optimized[\\/]app\.js$|[\\/]runtime[\\/]client[\\/]entry\.js$/;
/**
 * Small modules that code loaded later also needs, each kept in a chunk of its own: in a page's
 * chunk they bring that page's code along. The search key (normalize.ts) sat beside the price
 * list's search and synonyms, which then came with every new draft (6 KiB). Only modules without
 * imports: Rollup moves a manual chunk's imports into it, and with them whatever else needs them.
 */
const APART: readonly [RegExp, string][] = [
	[/[\\/]src[\\/]lib[\\/]domain[\\/]normalize\.ts$/, 'normalize']
];

/** The root layout: every page runs it, like the app itself. */
const ROOT_LAYOUT = '0';

export function routeChunks(): (id: string, graph: ModuleGraph) => string | undefined {
	let groupOf: Map<string, string> | null = null;

	const build = (graph: ModuleGraph) => {
		const usedBy = new Map<string, Set<string>>();
		const walk = (start: string, owner: string) => {
			const stack = [start];
			const seen = new Set<string>();
			while (stack.length > 0) {
				const id = stack.pop()!;
				if (seen.has(id)) continue;
				seen.add(id);
				if (id !== start) {
					const owners = usedBy.get(id) ?? new Set<string>();
					owners.add(owner);
					usedBy.set(id, owners);
				}
				for (const next of graph.getModuleInfo(id)?.importedIds ?? []) stack.push(next);
			}
		};
		for (const id of graph.getModuleIds()) {
			const node = NODE.exec(id)?.[1];
			if (node !== undefined) walk(id, node === ROOT_LAYOUT ? '*' : node);
			else if (KIT_ENTRY.test(id)) walk(id, '*');
		}
		const groups = new Map<string, string>();
		for (const [id, owners] of usedBy) {
			if (graph.getModuleInfo(id)?.isEntry) continue;
			groups.set(id, owners.has('*') ? 'app' : `pages-${[...owners].sort().join('-')}`);
		}
		return groups;
	};

	return (id, graph) => {
		const apart = APART.find(([pattern]) => pattern.test(id));
		if (apart) return apart[1];
		groupOf ??= build(graph);
		return groupOf.get(id);
	};
}
