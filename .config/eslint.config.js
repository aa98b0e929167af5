import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from '../svelte.config.js';

/** Imports the pure calculation core may never use (see README: architecture). */
const domainForbiddenImports = {
	patterns: [
		{ group: ['svelte', 'svelte/*'], message: 'src/lib/domain is pure: no Svelte.' },
		{ group: ['$app/*'], message: 'src/lib/domain is pure: no SvelteKit.' },
		{
			group: ['dexie', 'dexie/*'],
			message: 'src/lib/domain is pure: storage lives in src/lib/storage.'
		},
		{
			group: ['d3', 'd3-*'],
			message: 'src/lib/domain is pure: charts live in src/lib/components.'
		},
		{
			group: [
				'$lib/storage',
				'$lib/storage/*',
				'$lib/components',
				'$lib/components/*',
				'$lib/state',
				'$lib/state/*',
				'**/storage/*',
				'**/components/*',
				'**/state/*'
			],
			message: 'src/lib/domain may not depend on storage, state or components.'
		},
		{
			group: ['$lib/i18n', '$lib/i18n/*', '**/i18n', '**/i18n/*'],
			message: 'src/lib/domain holds no UI text: return codes, and let the UI word them.'
		}
	]
};

/** Storage (Dexie) is reached through src/lib/state only; the UI never touches it directly. */
const storageImports = {
	group: ['$lib/storage', '$lib/storage/*', '**/storage/*', 'dexie', 'dexie/*'],
	message: 'Components and routes reach storage through src/lib/state.'
};

/** Layers below the UI may not reach up into it. */
const uiImports = {
	group: ['$lib/components', '$lib/components/*', '**/components/*'],
	message: 'Storage and state may not depend on components.'
};

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
		files: ['src/lib/domain/**/*.ts'],
		languageOptions: { globals: {} },
		rules: {
			'no-restricted-imports': ['error', domainForbiddenImports],
			'no-restricted-globals': ['error', ...domainForbiddenGlobals]
		}
	},
	{
		files: ['src/lib/components/**', 'src/routes/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [storageImports] }] }
	},
	{
		// Result views are fed by props, so the wizard, a review, a report and the arena show one
		// figure the same way; they may not reach for the editor or any other state.
		files: ['src/lib/components/result/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						storageImports,
						{
							group: ['$lib/state', '$lib/state/*', '**/state/*'],
							message: 'Result views take { proposal, result } as props, not state.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/storage/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						uiImports,
						{
							group: ['$lib/state', '$lib/state/*', '$lib/i18n', '$lib/i18n/*'],
							message: 'Storage keeps records; state and wording sit above it.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/state/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [uiImports] }] }
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
