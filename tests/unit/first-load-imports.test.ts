/**
 * What a page needs before it first renders: every route's static imports (not `import type`, not
 * `import()`), followed through src/. IndexedDB's library, the validator and the 130-item price
 * list must load after the first render (issue 9: light pages); a static import path to one of
 * them puts it back in every visit's first load. `npm run bench` measures the resulting bytes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const heavy = ['dexie', 'zod', 'src/lib/domain/price-list/default-price-list.generated.json'];

function staticImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const found: string[] = [];
	const statement = /^\s*import\s+(type\s+)?(?:([\s\S]*?)\s+from\s+)?['"]([^'"]+)['"]/gm;
	for (const match of text.matchAll(statement)) {
		if (match[1]) continue;
		const names = match[2]?.trim();
		if (names?.startsWith('{') && names.endsWith('}')) {
			const list = names
				.slice(1, -1)
				.split(',')
				.map((name) => name.trim())
				.filter(Boolean);
			if (list.every((name) => name.startsWith('type '))) continue;
		}
		found.push(match[3]!);
	}
	return found;
}

function resolveImport(from: string, spec: string): string | null {
	let base: string;
	// A file imported as its address (`?url`) is fetched when used, not loaded with the page.
	if (spec.endsWith('?url')) return null;
	if (spec.startsWith('$lib/')) base = join('src/lib', spec.slice(5));
	else if (spec.startsWith('.')) base = join(dirname(from), spec);
	else if (spec.startsWith('$app/') || spec.startsWith('svelte')) return null;
	else return spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
	for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	throw new Error(`${from}: cannot resolve ${spec}`);
}

/** The chain of static imports from `start` to the first heavy module it reaches, if any. */
function pathToHeavy(start: string, modules: readonly string[] = heavy): string[] | null {
	const previous = new Map<string, string | null>([[start, null]]);
	const queue = [start];
	while (queue.length > 0) {
		const file = queue.shift()!;
		if (modules.includes(file)) {
			const chain = [file];
			for (let at = previous.get(file); at; at = previous.get(at)) chain.unshift(at);
			return chain;
		}
		if (!file.startsWith('src/')) continue;
		for (const spec of staticImports(file)) {
			const next = resolveImport(file, spec);
			if (next && !previous.has(next)) {
				previous.set(next, file);
				queue.push(next);
			}
		}
	}
	return null;
}

function routeFiles(dir = 'src/routes'): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return routeFiles(path);
		return /^\+(page|layout|error)\.(svelte|ts)$/.test(name) ? [path] : [];
	});
}

describe('a page renders before storage, the validator and the price list have loaded', () => {
	it.each(routeFiles())('%s', (route) => {
		expect(pathToHeavy(route)).toBeNull();
	});

	it('notices a static path when there is one', () => {
		// The draft validator reaches zod by design (open-draft.ts, this test's example before, no longer does).
		expect(pathToHeavy('src/lib/storage/draft-validator.ts')?.at(-1)).toBe('zod');
	});
});

// A draft's page reads its draft and the own price lists without Dexie (storage/first-read.ts);
// storage opens once the draft is painted. A static path to Dexie puts it back before the draft.
describe('a draft is shown before Dexie has loaded', () => {
	it.each(['src/lib/state/open-draft.ts', 'src/lib/state/price-catalogue.svelte.ts'])(
		'%s',
		(module) => {
			expect(pathToHeavy(module, ['dexie'])).toBeNull();
		}
	);

	it('notices a static path when there is one', () => {
		expect(pathToHeavy('src/lib/storage/drafts-repository.ts', ['dexie'])).toEqual([
			'src/lib/storage/drafts-repository.ts',
			'dexie'
		]);
	});
});

// Issue 20: with sync off no sync code loads; every page reaches it only through `import()`.
const syncCode = [
	'pouchdb-browser',
	'src/lib/state/sync-runner.ts',
	'src/lib/state/sync-switch.ts',
	'src/lib/state/sync-status.svelte.ts',
	'src/lib/components/sync/lazy.ts'
];

describe('no page loads the sync code before sync is on', () => {
	it.each(routeFiles())('%s', (route) => {
		expect(pathToHeavy(route, syncCode)).toBeNull();
	});

	it('notices a static path when there is one', () => {
		expect(pathToHeavy('src/lib/components/sync/SyncPage.svelte', syncCode)?.at(-1)).toBe(
			'src/lib/state/sync-status.svelte.ts'
		);
	});
});
