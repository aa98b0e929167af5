import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/** The app's version, printed on every report so a council file says which Baatwijzer made it. */
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
	plugins: [sveltekit()],
	define: { __APP_VERSION__: JSON.stringify(version) },
	build: {
		rollupOptions: {
			output: {
				// Fewer, larger chunks: on a slow mobile link every extra request costs a round trip.
				experimentalMinChunkSize: 40_000,
				// Rollup may merge a small chunk into a large one that a page then downloads without
				// running it; the 130-item price list (loaded after the first render) stays on its own.
				manualChunks: (id) =>
					id.endsWith('default-price-list.generated.ts') ? 'default-price-list' : undefined
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
