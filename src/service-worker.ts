/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Makes the app work without a network after one visit (workshops in community centres without
 * wifi): every built file, every file in static/ and the app's page are cached when this version
 * installs, and served from that cache. A new version waits until the user agrees to take it up
 * (see UpdateNotice.svelte), so a workshop is never switched over mid-session. Drafts stay in
 * IndexedDB; nothing here sends anything anywhere.
 */
import { base, build, files, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `baatwijzer-${version}`;
/** Every route is the same page in this client-only app (adapter-static's fallback). */
const PAGE = `${base}/200.html`;
const ASSETS = [...build, ...files, PAGE];
const cached = new Set(ASSETS);

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			// The first visit is controlled at once, so it works offline without a reload.
			await worker.clients.claim();
		})()
	);
});

worker.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== location.origin) return;
	if (request.mode === 'navigate') {
		event.respondWith(fromCache(PAGE, request));
	} else if (cached.has(url.pathname)) {
		event.respondWith(fromCache(url.pathname, request));
	}
});

/** This version's copy; the network only if the cache lost it (browsers may evict caches). */
async function fromCache(path: string, request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(path);
	if (hit) return hit;
	const response = await fetch(request);
	if (response.ok && request.mode !== 'navigate') void cache.put(path, response.clone());
	return response;
}
