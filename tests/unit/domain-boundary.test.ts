import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ overrideConfigFile: '.config/eslint.config.js' });

async function problemsIn(code: string, filePath: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe('the calculation core stays pure', () => {
	it.each([
		["import { writable } from 'svelte/store';", 'svelte'],
		["import { goto } from '$app/navigation';", '$app'],
		["import Dexie from 'dexie';", 'dexie'],
		["import { scaleLinear } from 'd3-scale';", 'd3'],
		["import { db } from '$lib/storage/db';", 'storage'],
		["import Button from '$lib/components/ui/Button.svelte';", 'components']
	])('refuses %s in src/lib/domain (%s)', async (line) => {
		const problems = await problemsIn(
			`${line}\nexport const used = [${line.match(/import \{?\s*(\w+)/)![1]}];\n`,
			'src/lib/domain/example.ts'
		);
		expect(problems).toContain('no-restricted-imports');
	});

	it('refuses DOM globals in src/lib/domain', async () => {
		expect(
			await problemsIn('export const here = window.location.href;\n', 'src/lib/domain/example.ts')
		).toContain('no-restricted-globals');
	});

	it('allows the same imports outside the core', async () => {
		expect(
			await problemsIn(
				"import Dexie from 'dexie';\nexport const used = Dexie;\n",
				'src/lib/storage/example.ts'
			)
		).not.toContain('no-restricted-imports');
	});
});
