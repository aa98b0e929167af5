/**
 * A CouchDB-compatible server on loopback for the sync tests: pouchdb-server (CouchDB's HTTP API,
 * users, _security, validate_doc_update and replication), started in a fresh folder, prepared by
 * the app's own setup script, and stopped again by the test that started it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setUp } from '../../src/cli/couch-setup.mjs';

const bin = resolve('node_modules/pouchdb-server/bin/pouchdb-server');
export const ADMIN = 'admin:beheer-wachtwoord';

export interface SetupConfig {
	organisations: { code: string; name: string; users: { name: string; password: string }[] }[];
	reviewers: { name: string; password: string }[];
}

async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
	});
}

export class CouchServer {
	#process: ChildProcess | null = null;
	private constructor(
		readonly port: number,
		readonly folder: string
	) {}

	/** The address the app is given: localhost, the same site as the app, so its cookie counts. */
	get url(): string {
		return `http://localhost:${this.port}`;
	}

	static async start(config: SetupConfig): Promise<CouchServer> {
		const server = new CouchServer(
			await freePort(),
			mkdtempSync(join(tmpdir(), 'baatwijzer-couch-'))
		);
		await server.run();
		// A new server has no admin ("admin party"): the first request makes one.
		const [name, password] = ADMIN.split(':');
		const made = await fetch(`${server.url}/_config/admins/${name}`, {
			method: 'PUT',
			body: JSON.stringify(password)
		});
		if (!made.ok) throw new Error(`admin: ${made.status}`);
		// CouchDB keeps its session secret in its configuration, so sessions outlive a restart;
		// pouchdb-server makes a new one at every start unless it is configured, as here.
		const secret = await server.as(ADMIN, 'PUT', '_config/couch_httpd_auth/secret', 'test-secret');
		if (secret.status !== 200) throw new Error(`secret: ${secret.status}`);
		await setUp({ server: server.url, admin: ADMIN, config });
		return server;
	}

	/** Starts the process and resolves when it says it listens (its own log line, not a timer). */
	async run(): Promise<void> {
		const child = spawn(
			process.execPath,
			[
				bin,
				'--port',
				String(this.port),
				'--dir',
				this.folder,
				'--config',
				join(this.folder, 'config.json'),
				'--no-color'
			],
			{ cwd: this.folder, stdio: ['ignore', 'pipe', 'pipe'] }
		);
		this.#process = child;
		await new Promise<void>((ready, fail) => {
			let output = '';
			const onData = (chunk: Buffer) => {
				output += chunk.toString();
				if (output.includes('has started on')) ready();
			};
			child.stdout!.on('data', onData);
			child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.once('exit', (code) => fail(new Error(`pouchdb-server stopped (${code}): ${output}`)));
		});
	}

	/** Stops the process and resolves when it has exited; the data stays in its folder. */
	async stop(): Promise<void> {
		const child = this.#process;
		this.#process = null;
		if (!child || child.exitCode !== null) return;
		await new Promise<void>((gone) => {
			child.once('exit', () => gone());
			child.kill('SIGTERM');
		});
	}

	async dispose(): Promise<void> {
		await this.stop();
		rmSync(this.folder, { recursive: true, force: true });
	}

	/** Runs the setup script again, as an administrator would; returns what it reported. */
	static async setUpAgain(server: CouchServer, config: SetupConfig): Promise<string[]> {
		const lines: string[] = [];
		await setUp({
			server: server.url,
			admin: ADMIN,
			config,
			log: (line: string) => lines.push(line)
		});
		return lines;
	}

	/** A request as an account (basic auth), for what the server allows and refuses. */
	async as(account: string, method: string, path: string, body?: unknown) {
		const response = await fetch(`${this.url}/${path}`, {
			method,
			headers: {
				authorization: `Basic ${Buffer.from(account).toString('base64')}`,
				'content-type': 'application/json'
			},
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		return { status: response.status, body: await response.json().catch(() => null) };
	}
}
