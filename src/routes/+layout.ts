// A client-only app: nothing is rendered on a server, and all data stays in the browser.
export const ssr = false;
export const prerender = false;
