// Prepares an Apache CouchDB 3 server (or a CouchDB-compatible one such as pouchdb-server) for
// Baatwijzer's optional sync, idempotently: run it again after adding an organisation or account.
//
//   node src/cli/couch-setup.mjs --server https://couch.gemeente.nl --config sync-setup.json
//
// The server admin's name and password come from COUCH_ADMIN ("name:password"), never from a
// file. The config file lists organisations with their accounts, and the reviewers:
//   { "organisations": [{ "code": "lev-noord", "name": "LEV Noord",
//                         "users": [{ "name": "anna", "password": "…" }] }],
//     "reviewers": [{ "name": "rita", "password": "…" }] }
// A password is used only when an account is created; an existing account keeps its own
// (CouchDB stores only a hash). Roles, databases, _security and design documents are set to what
// the file says each time.
import { readFileSync } from 'node:fs';
import {
	DESIGN_ID,
	DIRECTORY_DATABASE,
	REVIEWER_ROLE,
	directorySecurity,
	directoryValidation,
	isOrganisationCode,
	orgDatabase,
	orgRole,
	orgSecurity,
	orgValidation
} from './couch-design.mjs';

/**
 * @typedef {{ name: string, password?: string }} Account
 * @typedef {{ organisations?: { code: string, name?: string, users?: Account[] }[], reviewers?: Account[] }} SetupConfig
 * @param {{ server: string, admin: string, config: SetupConfig, log?: (line: string) => void }} options
 */
export async function setUp({ server, admin, config, log = () => {} }) {
	const base = server.replace(/\/+$/, '');
	const auth = `Basic ${Buffer.from(admin).toString('base64')}`;
	/** @param {string} method @param {string} path @param {unknown} [body] */
	const call = async (method, path, body) => {
		const response = await fetch(`${base}/${path}`, {
			method,
			headers: { authorization: auth, 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		const json = await response.json().catch(() => ({}));
		return { status: response.status, json };
	};
	/**
	 * @param {string} method @param {string} path @param {unknown} [body]
	 * @param {number[]} [allowed]
	 */
	const must = async (method, path, body, allowed = []) => {
		const answer = await call(method, path, body);
		if (answer.status >= 400 && !allowed.includes(answer.status)) {
			throw new Error(`${method} /${path}: ${answer.status} ${JSON.stringify(answer.json)}`);
		}
		return answer;
	};
	/** Writes a document when it is missing or differs, keeping its revision. */
	/** @param {string} db @param {string} id @param {Record<string, unknown>} doc */
	const putDoc = async (db, id, doc) => {
		const path = `${db}/${encodeURIComponent(id).replace('%2F', '/')}`;
		const existing = await call('GET', path);
		if (existing.status === 200) {
			const { _rev, _id, ...rest } = existing.json;
			const same =
				Object.keys(rest).length === Object.keys(doc).length &&
				Object.entries(doc).every(
					([name, value]) => JSON.stringify(rest[name]) === JSON.stringify(value)
				);
			if (same) return 'unchanged';
			await must('PUT', path, { _id: id, _rev, ...doc });
			return 'updated';
		}
		await must('PUT', path, { _id: id, ...doc });
		return 'created';
	};
	/** @param {string} name @param {object} security @param {string} validation */
	const database = async (name, security, validation) => {
		const made = await must('PUT', name, undefined, [412]);
		log(`${name}: ${made.status === 412 ? 'bestond al' : 'aangemaakt'}`);
		await must('PUT', `${name}/_security`, security);
		const design = await putDoc(name, DESIGN_ID, {
			language: 'javascript',
			validate_doc_update: validation
		});
		log(`${name}: rechten gezet, controle ${design === 'unchanged' ? 'ongewijzigd' : 'gezet'}`);
	};
	/** @param {string} name @param {string[]} roles @param {string | undefined} password */
	const account = async (name, roles, password) => {
		const path = `_users/org.couchdb.user:${encodeURIComponent(name)}`;
		const existing = await call('GET', path);
		if (existing.status === 200) {
			const same =
				JSON.stringify([...(existing.json.roles ?? [])].sort()) ===
				JSON.stringify([...roles].sort());
			if (!same) await must('PUT', path, { ...existing.json, roles });
			log(`account ${name}: ${same ? 'ongewijzigd' : 'rollen bijgewerkt'}`);
			return;
		}
		if (!password) throw new Error(`Account ${name} bestaat nog niet en heeft geen wachtwoord.`);
		await must('PUT', path, {
			_id: `org.couchdb.user:${name}`,
			name,
			type: 'user',
			roles,
			password
		});
		log(`account ${name}: aangemaakt`);
	};

	await must('PUT', '_users', undefined, [412]);
	const organisations = config.organisations ?? [];
	for (const organisation of organisations) {
		if (!isOrganisationCode(organisation.code)) {
			throw new Error(
				`Organisatiecode ${JSON.stringify(organisation.code)}: gebruik kleine letters, cijfers en streepjes, beginnend met een letter.`
			);
		}
	}
	await database(DIRECTORY_DATABASE, directorySecurity(), directoryValidation());
	for (const organisation of organisations) {
		await database(
			orgDatabase(organisation.code),
			orgSecurity(organisation.code),
			orgValidation(organisation.code)
		);
		await putDoc(DIRECTORY_DATABASE, `organisation:${organisation.code}`, {
			kind: 'organisation',
			code: organisation.code,
			name: organisation.name ?? organisation.code
		});
		for (const user of organisation.users ?? [])
			await account(user.name, [orgRole(organisation.code)], user.password);
	}
	for (const reviewer of config.reviewers ?? [])
		await account(reviewer.name, [REVIEWER_ROLE], reviewer.password);
}

/** @param {string} name */
function option(name) {
	const index = process.argv.indexOf(`--${name}`);
	return index === -1 ? undefined : process.argv[index + 1];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const server = option('server');
	const configPath = option('config');
	const admin = process.env.COUCH_ADMIN;
	if (!server || !configPath || !admin) {
		console.error(
			'Gebruik: COUCH_ADMIN=naam:wachtwoord node src/cli/couch-setup.mjs --server <adres> --config <bestand.json>'
		);
		process.exit(2);
	}
	const config = JSON.parse(readFileSync(configPath, 'utf8'));
	setUp({ server, admin, config, log: (/** @type {string} */ line) => console.log(line) }).then(
		() => console.log('Klaar.'),
		(error) => {
			console.error(`Mislukt: ${error.message}`);
			process.exit(1);
		}
	);
}
