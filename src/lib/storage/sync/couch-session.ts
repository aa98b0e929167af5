/**
 * Signing in to a CouchDB server with CouchDB's own cookie session (POST /_session): the password
 * goes to the server once and is never stored by the app; the browser keeps the server's
 * HttpOnly session cookie, which CouchDB renews while it is used.
 */
export interface CouchSession {
	name: string | null;
	roles: string[];
}

export type SessionProblem = 'unreachable' | 'wrongPassword' | 'notCouch';

export class SessionError extends Error {
	constructor(readonly problem: SessionProblem) {
		super(problem);
	}
}

const call = async (url: string, init: RequestInit) => {
	try {
		return await fetch(url, { ...init, credentials: 'include', cache: 'no-store' });
	} catch {
		throw new SessionError('unreachable');
	}
};

export async function signIn(
	server: string,
	name: string,
	password: string
): Promise<CouchSession> {
	const response = await call(`${server}/_session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', accept: 'application/json' },
		body: JSON.stringify({ name, password })
	});
	if (response.status === 401) throw new SessionError('wrongPassword');
	if (!response.ok) throw new SessionError('notCouch');
	return currentSession(server);
}

export async function currentSession(server: string): Promise<CouchSession> {
	const response = await call(`${server}/_session`, { headers: { accept: 'application/json' } });
	if (!response.ok) throw new SessionError('notCouch');
	const body = (await response.json().catch(() => null)) as {
		userCtx?: { name?: string | null; roles?: string[] };
	} | null;
	if (!body?.userCtx) throw new SessionError('notCouch');
	return { name: body.userCtx.name ?? null, roles: body.userCtx.roles ?? [] };
}

export async function signOut(server: string): Promise<void> {
	await call(`${server}/_session`, { method: 'DELETE' }).catch(() => undefined);
}
