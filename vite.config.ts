import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/** The app's version, printed on every report so a council file says which Baatwijzer made it. */
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
	plugins: [sveltekit()],
	define: { __APP_VERSION__: JSON.stringify(version) },
	// Fewer, larger chunks: on a slow mobile link every extra request costs a round trip.
	build: { rollupOptions: { output: { experimentalMinChunkSize: 20_000 } } },
	server: { fs: { allow: ['..'] } },
	// Unit tests run the client build of Svelte, so $state proxies behave as in the browser.
	resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
	test: {
		include: ['tests/unit/**/*.test.ts'],
		benchmark: { include: ['tests/bench/**/*.bench.ts'] },
		environment: 'node'
	}
});
