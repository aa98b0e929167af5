// An empty SvelteKit app with the same setup as Baatwijzer (adapter-static SPA): the bench builds
// it in the same run and compares every page's first-load JavaScript with it.
import adapter from '@sveltejs/adapter-static';

export default { kit: { adapter: adapter({ fallback: '200.html' }) } };
