/**
 * Names on the sync server, the same as the setup script's (src/cli/couch-design.mjs; a unit test
 * holds the two together): one database per organisation, a directory of organisations for the
 * reviewers, and two kinds of role.
 */
export const ORG_ROLE_PREFIX = 'baatwijzer-org-';
export const REVIEWER_ROLE = 'baatwijzer-reviewer';
export const DIRECTORY_DATABASE = 'baatwijzer-directory';
export const orgDatabase = (code: string) => `baatwijzer-org-${code}`;
export const orgRole = (code: string) => `${ORG_ROLE_PREFIX}${code}`;

/** A signed-in sync account as this browser remembers it: never its password. */
export interface SyncAccount {
	server: string;
	name: string;
	role: 'organisation' | 'reviewer';
	/** The own organisation's code; null for a reviewer. */
	organisation: string | null;
}

/** What an account may do, from its CouchDB roles: hand in for one organisation, or review. */
export type SyncRole =
	{ kind: 'organisation'; organisation: string } | { kind: 'reviewer' } | { kind: 'none' };

export function roleOf(roles: readonly string[]): SyncRole {
	if (roles.includes(REVIEWER_ROLE)) return { kind: 'reviewer' };
	const own = roles.find((role) => role.startsWith(ORG_ROLE_PREFIX));
	return own
		? { kind: 'organisation', organisation: own.slice(ORG_ROLE_PREFIX.length) }
		: { kind: 'none' };
}

/** A server address as the user typed it: http(s) only, without a trailing slash. */
export function serverAddress(text: string): string | null {
	let url: URL;
	try {
		url = new URL(text.trim());
	} catch {
		return null;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
	if (url.username || url.password || url.search || url.hash) return null;
	return url.href.replace(/\/+$/, '');
}
