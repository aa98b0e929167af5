/**
 * Chunks by route: every module that a page needs before it renders (its static imports, from
 * Kit's entry, the layouts and the page) goes into one chunk per set of pages that need it. So a
 * page downloads exactly what it runs, in a few large chunks that compress well, and a module that
 * only some pages need never rides along on the others (Rollup's own grouping follows every
 * dynamic `import()` too, which made dozens of tiny chunks; merging them by size then put unrelated
 * code, such as another page's component, into every page's first load).
 *
 * Modules reached only through `import()` (the sync, the seal, the price list, the validator)
 * keep Rollup's own grouping. A page's module that such code also needs on another page goes into
 * a second chunk of those pages ("-lazy"): in the first, loading that code would bring the pages'
 * own code along (the templates' list fetched the price-list page for one small component, the
 * arena the costs step's forms).
 */

interface ModuleGraph {
	getModuleIds(): IterableIterator<string>;
	getModuleInfo(id: string): {
		importedIds: readonly string[];
		dynamicImporters?: readonly string[];
		isEntry: boolean;
	} | null;
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
		/** For each module, the code loaded later (import() targets) that needs it too. */
		const lazyBy = new Map<string, Set<string>>();
		const walk = (start: string, owner: string, into: Map<string, Set<string>>) => {
			const stack = [start];
			const seen = new Set<string>();
			while (stack.length > 0) {
				const id = stack.pop()!;
				if (seen.has(id)) continue;
				seen.add(id);
				if (id !== start) {
					const owners = into.get(id) ?? new Set<string>();
					owners.add(owner);
					into.set(id, owners);
				}
				for (const next of graph.getModuleInfo(id)?.importedIds ?? []) stack.push(next);
			}
		};
		for (const id of graph.getModuleIds()) {
			const node = NODE.exec(id)?.[1];
			if (node !== undefined) walk(id, node === ROOT_LAYOUT ? '*' : node, usedBy);
			else if (KIT_ENTRY.test(id)) walk(id, '*', usedBy);
			if (graph.getModuleInfo(id)?.dynamicImporters?.length) walk(id, id, lazyBy);
		}
		// Where each import() target is loaded: the pages (or '*', every page) that run its importers.
		const loadedOn = new Map<string, Set<string>>();
		const pagesRunning = (id: string, visiting: Set<string>): Set<string> => {
			const pages = new Set(usedBy.get(id) ?? []);
			const node = NODE.exec(id)?.[1];
			if (node !== undefined) pages.add(node === ROOT_LAYOUT ? '*' : node);
			if (KIT_ENTRY.test(id)) pages.add('*');
			const roots = [...(lazyBy.get(id) ?? [])];
			if (graph.getModuleInfo(id)?.dynamicImporters?.length) roots.push(id);
			for (const root of roots) for (const page of lazyPages(root, visiting)) pages.add(page);
			return pages;
		};
		const lazyPages = (root: string, visiting: Set<string>): Set<string> => {
			const known = loadedOn.get(root);
			if (known) return known;
			if (visiting.has(root)) return new Set();
			visiting.add(root);
			const pages = new Set<string>();
			for (const importer of graph.getModuleInfo(root)?.dynamicImporters ?? [])
				for (const page of pagesRunning(importer, visiting)) pages.add(page);
			visiting.delete(root);
			loadedOn.set(root, pages);
			return pages;
		};
		const groups = new Map<string, string>();
		for (const [id, owners] of usedBy) {
			if (graph.getModuleInfo(id)?.isEntry) continue;
			if (owners.has('*')) {
				groups.set(id, 'app');
				continue;
			}
			const pages = `pages-${[...owners].sort().join('-')}`;
			// A page's module that code loaded later on other pages needs too is kept apart from what
			// only these pages need: beside it, that code would bring these pages' code along (the
			// templates' list brought the price-list page through one small component).
			const foreign = [...(lazyBy.get(id) ?? [])].some((root) =>
				[...lazyPages(root, new Set())].some((page) => page !== '*' && !owners.has(page))
			);
			groups.set(id, foreign ? `${pages}-lazy` : pages);
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
