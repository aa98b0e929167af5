/** The part of PouchDB's API the sync engine uses (the package ships no types). */
declare module 'pouchdb-browser' {
	interface ReplicationResult {
		ok: boolean;
		docs_read: number;
		docs_written: number;
		doc_write_failures: number;
		errors: { id?: string; name?: string; message?: string; reason?: string; status?: number }[];
	}
	interface Doc {
		_id: string;
		_rev?: string;
		[key: string]: unknown;
	}
	class PouchDB {
		constructor(name: string, options?: Record<string, unknown>);
		put(doc: Doc): Promise<{ ok: boolean; id: string; rev: string }>;
		get(id: string): Promise<Doc>;
		allDocs(options: {
			include_docs?: boolean;
			keys?: string[];
			startkey?: string;
			endkey?: string;
		}): Promise<{ rows: { id: string; doc?: Doc; error?: string; value?: { rev: string } }[] }>;
		destroy(): Promise<void>;
		close(): Promise<void>;
		static replicate(
			source: PouchDB | string,
			target: PouchDB | string,
			options?: Record<string, unknown>
		): Promise<ReplicationResult>;
	}
	export default PouchDB;
}
