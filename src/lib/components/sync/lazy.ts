/**
 * The one door to the sync's own parts: every page reaches them through `import()` of this module,
 * so they come as one chunk, loaded only when sync is on (or on its own page), and never merged
 * into what every page loads first.
 */
export { default as SyncPage } from './SyncPage.svelte';
export { default as SyncWaiting } from './SyncWaiting.svelte';
export { default as ReviewSync } from './ReviewSync.svelte';
export { syncText } from '$lib/i18n/sync';
