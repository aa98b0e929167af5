import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Client-only SPA: every route falls back to 200.html, rendered in the browser. Every file is
		// also written brotli- and gzip-compressed, for hosts (and src/cli/serve.mjs) that serve them.
		adapter: adapter({ fallback: '200.html', precompress: true }),
		paths: { base: process.env.BASE_PATH ?? '' },
		// Registered by UpdateNotice.svelte, which asks before a new version is taken up.
		serviceWorker: { register: false }
	}
};

export default config;
