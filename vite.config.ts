import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['..'] } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		benchmark: { include: ['tests/bench/**/*.bench.ts'] },
		environment: 'node'
	}
});
