import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from '../svelte.config.js';
import { layers } from './eslint-layers.js';

/** Browser globals the pure core may not touch. */
const domainForbiddenGlobals = [
	'globalThis',
	'self',
	'window',
	'document',
	'localStorage',
	'sessionStorage',
	'indexedDB',
	'navigator',
	'location',
	'fetch'
].map((name) => ({
	name,
	message: 'src/lib/domain is pure: no DOM or browser globals.'
}));

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node, __APP_VERSION__: 'readonly' }
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The layer fence: every import, static or dynamic, by alias, relative path or package.
		files: ['src/**/*.ts', 'src/**/*.js', 'src/**/*.svelte'],
		plugins: { layers },
		rules: { 'layers/fence': 'error' }
	},
	{
		files: ['src/lib/domain/**/*.ts'],
		languageOptions: { globals: {} },
		rules: { 'no-restricted-globals': ['error', ...domainForbiddenGlobals] }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		// State classes keep reactive data in $state fields; Sets and Dates inside their methods are
		// temporaries, which this rule cannot tell apart.
		files: ['src/lib/state/**'],
		rules: { 'svelte/prefer-svelte-reactivity': 'off' }
	},
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/']
	}
);
