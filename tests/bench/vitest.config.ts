// `npm run bench`: benchmarks are ordinary vitest files that print their figures.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/bench/**/*.bench.ts'],
		globalSetup: ['tests/bench/summary.ts'],
		testTimeout: 600_000,
		silent: false
	}
});
