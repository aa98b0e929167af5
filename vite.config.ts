import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { routeChunks } from './src/build/route-chunks';

/** The app's version, printed on every report so a council file says which Baatwijzer made it. */
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const pageChunks = routeChunks();

export default defineConfig({
	plugins: [sveltekit()],
	define: { __APP_VERSION__: JSON.stringify(version) },
	build: {
		rollupOptions: {
			output: {
				// One chunk per set of pages that need a module before they render (route-chunks.ts).
				manualChunks: pageChunks
			}
		}
	},
	server: { fs: { allow: ['..'] } },
	// Unit tests run the client build of Svelte, so $state proxies behave as in the browser.
	resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
	test: {
		include: ['tests/unit/**/*.test.ts'],
		benchmark: { include: ['tests/bench/**/*.bench.ts'] },
		environment: 'node'
	}
});
