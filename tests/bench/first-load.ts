/**
 * First-load JavaScript of a built SvelteKit app, per route: what the browser must fetch before the
 * route can render, i.e. Kit's client entry, the app, the route's layouts and page, and every chunk
 * they import statically (the modulepreload set), gzipped. Chunks imported later with `import()`
 * (after the first render or on an action) are not counted: the same rule as Next.js's
 * "First Load JS". One exception: the Dutch dictionary, which `$lib/i18n` imports with a top-level
 * await (only the active language is loaded), so a page cannot render without it: it counts. Read
 * from the Vite manifest of the build.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
	file: string;
	imports?: string[];
	dynamicImports?: string[];
	isEntry?: boolean;
}

export interface FirstLoad {
	/** Route id (e.g. "/voorstel/[id]/kosten") -> gzip bytes of its first-load JavaScript. */
	readonly perRoute: Map<string, number>;
	/** Route id -> the built files of its first load. */
	readonly filesPerRoute: Map<string, Set<string>>;
	/** The built file of a module that the app loads with `import()` (e.g. "src/lib/state/sync-runner.ts"). */
	fileOf(source: string): string;
}

/** The active language's dictionary modules, awaited at the top level (Dutch by default). */
const AWAITED_DICTIONARY = /^src\/lib\/i18n\/nl\//;

export function firstLoadPerRoute(projectDir: string): FirstLoad {
	const kit = join(projectDir, '.svelte-kit');
	const client = join(kit, 'output/client');
	const manifest = JSON.parse(readFileSync(join(client, '.vite/manifest.json'), 'utf8')) as Record<
		string,
		ManifestChunk
	>;
	const app = readFileSync(join(kit, 'generated/client-optimized/app.js'), 'utf8');
	const dictionary = /export const dictionary = (\{[\s\S]*?\});/.exec(app)?.[1];
	if (!dictionary) throw new Error('no route dictionary in app.js');
	const routes = Function(`return ${dictionary}`)() as Record<string, [number, number[]?]>;

	const keyOf = (suffix: string) => {
		const key = Object.keys(manifest).find((candidate) => candidate.endsWith(suffix));
		if (!key) throw new Error(`${suffix} not in the manifest`);
		return key;
	};
	const gzipOf = new Map<string, number>();
	const size = (key: string) => {
		if (!gzipOf.has(key)) {
			const body = readFileSync(join(client, manifest[key]!.file));
			gzipOf.set(key, gzipSync(body, { level: 9 }).length);
		}
		return gzipOf.get(key)!;
	};
	const closure = (keys: string[]) => {
		const seen = new Set<string>();
		const walk = (key: string) => {
			if (seen.has(key)) return;
			seen.add(key);
			for (const next of manifest[key]!.imports ?? []) walk(next);
			// Awaited at the top level before anything renders (src/lib/i18n/index.ts and friends).
			for (const next of manifest[key]!.dynamicImports ?? [])
				if (AWAITED_DICTIONARY.test(next)) walk(next);
		};
		keys.forEach(walk);
		return seen;
	};
	const base = [keyOf('runtime/client/entry.js'), keyOf('client-optimized/app.js')];
	const node = (index: number) => keyOf(`client-optimized/nodes/${index}.js`);
	const perRoute = new Map<string, number>();
	const filesPerRoute = new Map<string, Set<string>>();
	for (const [route, [page, layouts = []]] of Object.entries(routes)) {
		// Kit writes a node with a server load as ~index; 0 is the root layout.
		const index = (id: number) => (id < 0 ? ~id : id);
		const nodes = [0, ...layouts.map(index), index(page)].map(node);
		let total = 0;
		const keys = closure([...base, ...nodes]);
		for (const key of keys) total += size(key);
		perRoute.set(route, total);
		filesPerRoute.set(route, new Set([...keys].map((key) => manifest[key]!.file)));
	}
	const fileOf = (source: string) => {
		const chunk = manifest[source];
		if (!chunk)
			throw new Error(`${source} is not a chunk of its own: something imports it statically`);
		return chunk.file;
	};
	return { perRoute, filesPerRoute, fileOf };
}

/**
 * Builds the empty SvelteKit app in `tests/bench/empty-app` (same adapter and SPA setup) in a
 * temporary folder, with this project's node_modules, so both are built by the same tools.
 */
export function buildEmptyApp(): string {
	const dir = mkdtempSync(join(tmpdir(), 'baatwijzer-empty-app-'));
	cpSync('tests/bench/empty-app', dir, { recursive: true });
	symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
	execFileSync('node', [resolve('node_modules/vite/bin/vite.js'), 'build'], {
		cwd: dir,
		stdio: 'pipe'
	});
	return dir;
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
