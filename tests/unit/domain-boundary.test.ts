import { ESLint } from 'eslint';
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
		expect(await problemsIn(using(line), 'src/lib/domain/example.ts')).toContain(
			'no-restricted-imports'
		);
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
		).not.toContain('no-restricted-imports');
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
		expect(await problemsIn(using(line), file)).toContain('no-restricted-imports');
	});

	it.each([
		[
			'src/lib/components/ui/example.ts',
			"import { catalogue } from '$lib/state/price-catalogue.svelte';"
		],
		['src/routes/voorstellen/example.ts', "import { t } from '$lib/i18n';"],
		['src/lib/state/example.ts', "import { openStorage } from '$lib/storage';"]
	])('%s may %s', async (file, line) => {
		expect(await problemsIn(using(line), file)).not.toContain('no-restricted-imports');
	});
});
