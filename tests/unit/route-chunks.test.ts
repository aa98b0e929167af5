// The build's chunks by route (src/build/route-chunks.ts): what a page needs goes into a chunk of
// the pages that need it, and a page's module that code loaded later on another page needs too
// into a second chunk, so that code does not bring the page's own code along.
import { describe, expect, it } from 'vitest';
import { routeChunks } from '../../src/build/route-chunks';

const node = (n: number) => `/app/.svelte-kit/generated/client-optimized/nodes/${n}.js`;

/** A module graph as Rollup reports it: static imports, and who imports each module with import(). */
function graph(modules: Record<string, { imports?: string[]; lazyImports?: string[] }>) {
	const dynamicImporters = new Map<string, string[]>();
	for (const [id, { lazyImports = [] }] of Object.entries(modules))
		for (const target of lazyImports)
			dynamicImporters.set(target, [...(dynamicImporters.get(target) ?? []), id]);
	return {
		getModuleIds: () => Object.keys(modules)[Symbol.iterator](),
		getModuleInfo: (id: string) =>
			modules[id]
				? {
						importedIds: modules[id]!.imports ?? [],
						dynamicImporters: dynamicImporters.get(id) ?? [],
						isEntry: id.includes('/nodes/')
					}
				: null
	};
}

describe('chunks by route', () => {
	const modules = {
		[node(0)]: { imports: ['/src/layout-bits.ts'] },
		// The price-list page and the templates page.
		[node(6)]: { imports: ['/src/PriceListPage.svelte'] },
		'/src/PriceListPage.svelte': {
			imports: ['/src/ErrorTitle.svelte', '/src/LoadPriceList.svelte']
		},
		'/src/ErrorTitle.svelte': {},
		'/src/LoadPriceList.svelte': {},
		[node(25)]: { imports: ['/src/TemplatesPage.svelte'] },
		'/src/TemplatesPage.svelte': { lazyImports: ['/src/TemplatesList.svelte'] },
		'/src/TemplatesList.svelte': { imports: ['/src/ErrorTitle.svelte'] },
		'/src/layout-bits.ts': {}
	};
	const chunkOf = (id: string) => routeChunks()(id, graph(modules));

	it("keeps a page's own modules in its chunk, and what every page runs in the app's", () => {
		expect(chunkOf('/src/PriceListPage.svelte')).toBe('pages-6');
		expect(chunkOf('/src/LoadPriceList.svelte')).toBe('pages-6');
		expect(chunkOf('/src/layout-bits.ts')).toBe('app');
	});

	it('puts a module that code loaded later on another page needs apart from the page', () => {
		expect(chunkOf('/src/ErrorTitle.svelte')).toBe('pages-6-lazy');
		expect(chunkOf('/src/ErrorTitle.svelte')).not.toBe(chunkOf('/src/PriceListPage.svelte'));
	});

	it("leaves a module needed by later code on the page's own pages in the page's chunk", () => {
		const own = {
			...modules,
			'/src/PriceListPage.svelte': {
				imports: ['/src/ErrorTitle.svelte', '/src/LoadPriceList.svelte'],
				lazyImports: ['/src/PriceDetails.svelte']
			},
			'/src/PriceDetails.svelte': { imports: ['/src/LoadPriceList.svelte'] }
		};
		expect(routeChunks()('/src/LoadPriceList.svelte', graph(own))).toBe('pages-6');
	});

	it('leaves code reached only through import() to Rollup', () => {
		expect(chunkOf('/src/TemplatesList.svelte')).toBeUndefined();
	});
});
