/**
 * The replication engine behind the optional sync: PouchDB in the browser, replicating with the
 * municipality's CouchDB. Loaded only when sync is on. Each organisation database on the server
 * has a local copy in this browser (IndexedDB, through PouchDB); what is written locally waits
 * there until a replication takes it to the server, so nothing is lost offline.
 */
import PouchDB from 'pouchdb-browser';
import { DIRECTORY_DATABASE, orgDatabase, type SyncAccount } from '$lib/domain/sync/names';

/** Why a replication did not complete. */
export type SyncProblem = 'unreachable' | 'signedOut' | 'denied' | 'failed';

export interface Refusal {
	id: string;
	reason: string;
}

export interface SyncRound {
	/** Organisations whose replication completed both ways. */
	done: string[];
	problem: SyncProblem | null;
	/** Documents the server refused (its validation), with the server's reason. */
	refused: Refusal[];
	/** Documents that came in from the server in this round. */
	received: number;
}

export interface LocalDocument {
	organisation: string;
	doc: Record<string, unknown>;
}

function problemOf(error: unknown): SyncProblem {
	const status = (error as { status?: number } | null)?.status;
	if (status === 401) return 'signedOut';
	if (status === 403) return 'denied';
	if (status === undefined || status === 0 || status >= 500) return 'unreachable';
	return 'failed';
}

export class SyncEngine {
	readonly #locals = new Map<string, PouchDB>();

	constructor(readonly account: SyncAccount) {}

	local(organisation: string): PouchDB {
		let db = this.#locals.get(organisation);
		if (!db) {
			db = new PouchDB(`baatwijzer-sync-${this.account.name}-${organisation}`);
			this.#locals.set(organisation, db);
		}
		return db;
	}

	remote(database: string): PouchDB {
		return new PouchDB(`${this.account.server}/${database}`, { skip_setup: true });
	}

	/** The organisations this account replicates: its own, or for a reviewer every listed one. */
	async organisations(known: readonly string[]): Promise<string[]> {
		if (this.account.role === 'organisation') return [this.account.organisation!];
		const rows = (await this.remote(DIRECTORY_DATABASE).allDocs({ include_docs: true })).rows;
		const codes = rows
			.map((row) => row.doc)
			.filter((doc) => doc?.kind === 'organisation' && typeof doc.code === 'string')
			.map((doc) => doc!.code as string);
		return codes.length > 0 ? codes : [...known];
	}

	/** Stores a new document locally; it goes to the server with the next replication. */
	async add(organisation: string, doc: { _id: string }): Promise<void> {
		try {
			await this.local(organisation).put(doc);
		} catch (error) {
			// The same hand-in or review was already added (a second click): nothing to do.
			if ((error as { status?: number }).status !== 409) throw error;
		}
	}

	/** Push then pull, each organisation in turn (one connection at a time). */
	async replicate(organisations: readonly string[]): Promise<SyncRound> {
		const round: SyncRound = { done: [], problem: null, refused: [], received: 0 };
		for (const organisation of organisations) {
			const local = this.local(organisation);
			const remote = this.remote(orgDatabase(organisation));
			try {
				const pushed = await PouchDB.replicate(local, remote, { batch_size: 100 });
				for (const error of pushed.errors ?? [])
					round.refused.push({ id: error.id ?? '', reason: error.reason ?? error.message ?? '' });
				const pulled = await PouchDB.replicate(remote, local, { batch_size: 200 });
				round.received += pulled.docs_written;
				round.done.push(organisation);
			} catch (error) {
				round.problem = problemOf(error);
				if (round.problem !== 'denied') break;
			}
		}
		return round;
	}

	/** Every document of the local copies, design documents left out. */
	async documents(organisations: readonly string[]): Promise<LocalDocument[]> {
		const all: LocalDocument[] = [];
		for (const organisation of organisations) {
			const { rows } = await this.local(organisation).allDocs({ include_docs: true });
			for (const row of rows)
				if (row.doc && !row.id.startsWith('_design/')) all.push({ organisation, doc: row.doc });
		}
		return all;
	}

	/** The ids in the local copies now (without reading the documents). */
	async localIds(organisations: readonly string[]): Promise<Set<string>> {
		const ids = new Set<string>();
		for (const organisation of organisations) {
			const { rows } = await this.local(organisation).allDocs({});
			for (const row of rows) ids.add(`${organisation}/${row.id}`);
		}
		return ids;
	}

	async close(): Promise<void> {
		await Promise.all([...this.#locals.values()].map((db) => db.close()));
		this.#locals.clear();
	}
}
