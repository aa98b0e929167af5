import { ESLint } from 'eslint';
import svelteParser from 'svelte-eslint-parser';
import ts from 'typescript-eslint';
import { layers } from '../../.config/eslint-layers.js';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ overrideConfigFile: '.config/eslint.config.js' });

async function problemsIn(code: string, filePath: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result!.messages.map((message) => message.ruleId ?? message.message);
}

/** A module that imports `line` and uses what it imported, so only the fence can object. */
const using = (line: string) =>
	`${line}\nexport const used = [${line.match(/import \{?\s*(\w+)/)![1]}];\n`;

describe('the calculation core stays pure', () => {
	it.each([
		["import { writable } from 'svelte/store';", 'svelte'],
		["import { goto } from '$app/navigation';", '$app'],
		["import Dexie from 'dexie';", 'dexie'],
		["import { scaleLinear } from 'd3-scale';", 'd3'],
		["import { randomLcg } from 'd3-random';", 'd3, also its generators'],
		["import { db } from '$lib/storage/db';", 'storage'],
		["import { openStorage } from '$lib/storage';", 'storage (its index)'],
		["import { catalogue } from '$lib/state/price-catalogue.svelte';", 'state'],
		["import Button from '$lib/components/ui/Button.svelte';", 'components'],
		["import { t } from '$lib/i18n';", 'the message dictionary'],
		["import { nl } from '$lib/i18n/nl';", 'the Dutch messages']
	])('refuses %s in src/lib/domain (%s)', async (line) => {
		expect(await problemsIn(using(line), 'src/lib/domain/example.ts')).toContain('layers/fence');
	});

	it.each([
		'export const here = window.location.href;\n',
		'export const page = globalThis.document;\n',
		'export const worker = self.postMessage;\n',
		'export const kept = localStorage.getItem("x");\n'
	])('refuses browser globals in src/lib/domain: %s', async (code) => {
		expect(await problemsIn(code, 'src/lib/domain/example.ts')).toContain('no-restricted-globals');
	});

	it('allows the same imports outside the core', async () => {
		expect(
			await problemsIn(using("import Dexie from 'dexie';"), 'src/lib/storage/example.ts')
		).not.toContain('layers/fence');
	});
});

describe('each layer keeps to its own', () => {
	it.each([
		['src/lib/components/drafts/example.ts', "import { openStorage } from '$lib/storage';"],
		['src/lib/components/ui/example.ts', "import { db } from '$lib/storage/db';"],
		['src/lib/components/ui/example.ts', "import Dexie from 'dexie';"],
		['src/routes/voorstellen/example.ts', "import { openStorage } from '$lib/storage';"],
		['src/lib/storage/example.ts', "import { editor } from '$lib/state/draft-editor.svelte';"],
		['src/lib/storage/example.ts', "import { t } from '$lib/i18n';"],
		['src/lib/storage/example.ts', "import Card from '$lib/components/drafts/DraftCard.svelte';"],
		['src/lib/state/example.ts', "import Card from '$lib/components/drafts/DraftCard.svelte';"],
		[
			'src/lib/components/result/example.ts',
			"import { getEditor } from '$lib/state/draft-editor.svelte';"
		],
		[
			'src/lib/components/result/example.ts',
			"import { getEditor } from '$lib/state/editor-context';"
		],
		['src/lib/components/result/example.ts', "import { openStorage } from '$lib/storage';"]
	])('%s may not %s', async (file, line) => {
		expect(await problemsIn(using(line), file)).toContain('layers/fence');
	});

	it.each([
		[
			'src/lib/components/ui/example.ts',
			"import { catalogue } from '$lib/state/price-catalogue.svelte';"
		],
		['src/routes/voorstellen/example.ts', "import { t } from '$lib/i18n';"],
		['src/lib/state/example.ts', "import { openStorage } from '$lib/storage';"]
	])('%s may %s', async (file, line) => {
		expect(await problemsIn(using(line), file)).not.toContain('layers/fence');
	});
});

describe('the fence has no holes', () => {
	it.each([
		[
			'src/lib/domain/example.ts',
			"export const later = () => import('dexie');",
			'a dynamic import of a package'
		],
		[
			'src/lib/domain/example.ts',
			"export const later = () => import('$lib/i18n');",
			'a dynamic import of the dictionary'
		],
		[
			'src/lib/domain/example.ts',
			'export const later = () => import(`../storage/db`);',
			'a dynamic import in a template'
		],
		[
			'src/lib/domain/example.ts',
			"const where = 'dexie';\nexport const later = () => import(where);",
			'a dynamic import whose path is not written out'
		],
		[
			'src/lib/domain/example.ts',
			"export { openStorage } from '../storage';",
			're-exporting a layer by its index'
		],
		[
			'src/lib/domain/exchange/example.ts',
			"export * from '../../state/price-catalogue.svelte';",
			're-exporting everything of state'
		],
		[
			'src/lib/domain/example.ts',
			"import { openStorage } from '../storage';\nexport const used = [openStorage];",
			'a relative path to a layer’s index'
		],
		[
			'src/lib/domain/example.ts',
			"import { nl } from './../i18n/nl/common';\nexport const used = [nl];",
			'a relative path into the dictionary'
		],
		[
			'src/lib/domain/example.ts',
			"import { t } from '../../lib/i18n';\nexport const used = [t];",
			'a detour through ../../lib'
		],
		[
			'src/lib/domain/example.ts',
			"import { bin } from 'd3-array';\nexport const used = [bin];",
			'any d3 module'
		],
		[
			'src/lib/components/ui/example.ts',
			"export const later = () => import('$lib/storage');",
			'storage by import() from a component'
		],
		[
			'src/routes/example.ts',
			"import { db } from '../lib/storage/db';\nexport const used = [db];",
			'storage by a relative path from a route'
		],
		[
			'src/lib/components/result/example.ts',
			"export const later = () => import('../../state/editor-context');",
			'state by import() from a result view'
		],
		[
			'src/lib/domain/example.ts',
			"import * as core from './calculation';\nexport const used = [core];",
			'the whole calculation module outside evaluation.ts'
		],
		[
			'src/lib/storage/example.ts',
			"export const later = () => import('../i18n');",
			'the dictionary by import() from storage'
		]
	])('%s: %s is refused (%s)', async (file, code) => {
		expect(await problemsIn(code, file)).toContain('layers/fence');
	});
});

describe('one evaluation: only evaluate() calls the calculation', () => {
	it.each([
		[
			'src/lib/components/compare/example.ts',
			"import { calculate } from '$lib/domain/calculation';"
		],
		['src/lib/state/example.ts', "import { calculate } from '$lib/domain/calculation';"],
		['src/lib/domain/exchange/example.ts', "import { calculate } from '../calculation';"],
		['src/lib/domain/evaluation.ts', "import { calculateInBigInt } from './calculation-bigint';"],
		['src/lib/domain/mkba.ts', "import { TotalsFirst } from './calculation-limbs';"],
		[
			'src/lib/domain/uncertainty/example.ts',
			"import { indexCents } from '../price-list/indexation';"
		],
		[
			'src/lib/components/result/example.ts',
			"import { indexCents } from '$lib/domain/price-list/indexation';"
		]
	])('%s may not %s', async (file, line) => {
		expect(await problemsIn(using(line), file)).toContain('layers/fence');
	});

	it.each([
		['src/lib/domain/evaluation.ts', "import { calculate } from './calculation';"],
		[
			'src/lib/domain/calculation-limbs.ts',
			"import { calculateInBigInt } from './calculation-bigint';"
		],
		[
			'src/lib/components/result/example.ts',
			"import type { CalculationResult } from '$lib/domain/calculation';"
		],
		['src/lib/domain/mkba.ts', "import { type CalculationResult } from './calculation';"],
		[
			'src/lib/components/price-list/example.ts',
			"import { indexCents } from '$lib/domain/price-list/indexation';"
		]
	])('%s may %s', async (file, line) => {
		expect(await problemsIn(using(line), file)).not.toContain('layers/fence');
	});

	it('no file of the app calls calculate() but evaluation.ts', async () => {
		// Only the fence, without type information: the whole tree in a few seconds.
		const fenceOnly = new ESLint({
			overrideConfigFile: true,
			overrideConfig: [
				{ ignores: ['**/*.generated.ts'] },
				{
					files: ['src/**/*.ts', 'src/**/*.svelte'],
					languageOptions: { parser: ts.parser },
					plugins: { layers },
					rules: { 'layers/fence': 'error' }
				},
				{
					files: ['src/**/*.svelte'],
					languageOptions: { parser: svelteParser, parserOptions: { parser: ts.parser } }
				}
			]
		});
		const results = await fenceOnly.lintFiles(['src']);
		expect(results.length).toBeGreaterThan(200);
		const refused = results.flatMap((result) =>
			result.messages
				.filter((message) => message.ruleId === 'layers/fence')
				.map(() => result.filePath)
		);
		expect(refused).toEqual([]);
	}, 120_000);
});
