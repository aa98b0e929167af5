// What the setup script writes to a CouchDB server for Baatwijzer's optional sync: the names of
// databases and roles, each database's _security object, and the validate_doc_update function
// that CouchDB itself runs on every write. Plain JavaScript without dependencies, so that the
// setup script runs with Node alone and the unit tests can run the validation function directly.

/** The role of an organisation's accounts, and the role of the municipality's reviewers. */
/** @param {string} code */
export const orgRole = (code) => `baatwijzer-org-${code}`;
export const REVIEWER_ROLE = 'baatwijzer-reviewer';

/** One database per organisation; a directory database lists the organisations for reviewers. */
/** @param {string} code */
export const orgDatabase = (code) => `baatwijzer-org-${code}`;
export const DIRECTORY_DATABASE = 'baatwijzer-directory';

/** An organisation's code: lower case letters, digits and hyphens, starting with a letter. */
/** @param {unknown} code */
export const isOrganisationCode = (code) =>
	typeof code === 'string' && /^[a-z][a-z0-9-]{0,59}$/.test(code);

/** Members (who may read and write, subject to validation): the organisation and the reviewers. */
/** @param {string} code */
export function orgSecurity(code) {
	return {
		admins: { names: [], roles: [] },
		members: { names: [], roles: [orgRole(code), REVIEWER_ROLE] }
	};
}

export function directorySecurity() {
	return { admins: { names: [], roles: [] }, members: { names: [], roles: [REVIEWER_ROLE] } };
}

/**
 * The validation function of an organisation's database, as source text (CouchDB stores functions
 * as strings). Server admins may do anything. Everyone else may only add documents, never change
 * or delete one: a snapshot (handed-in proposal) only by an account of this organisation, naming
 * this organisation; a review only by a reviewer, in the reviewer's own name.
 */
/** @param {string} code */
export function orgValidation(code) {
	return `function (newDoc, oldDoc, userCtx) {
	var roles = userCtx.roles || [];
	if (roles.indexOf('_admin') !== -1) return;
	var ORG = ${JSON.stringify(code)};
	if (oldDoc) {
		throw({ forbidden: 'Een ingediend voorstel of een beoordeling verandert niet meer: voeg een nieuwe toe.' });
	}
	if (newDoc._deleted) throw({ forbidden: 'Hier wordt niets verwijderd.' });
	if (newDoc.kind === 'snapshot') {
		if (roles.indexOf(${JSON.stringify(orgRole(code))}) === -1) {
			throw({ forbidden: 'Alleen accounts van organisatie ' + ORG + ' dienen hier voorstellen in.' });
		}
		if (newDoc.organisation !== ORG) {
			throw({ forbidden: 'Een ingediend voorstel hier moet van organisatie ' + ORG + ' zijn.' });
		}
		if (newDoc.submittedBy !== userCtx.name) {
			throw({ forbidden: 'Een voorstel wordt ingediend in de eigen naam van het account.' });
		}
		return;
	}
	if (newDoc.kind === 'review') {
		if (roles.indexOf(${JSON.stringify(REVIEWER_ROLE)}) === -1) {
			throw({ forbidden: 'Alleen beoordelaars van de gemeente schrijven een beoordeling.' });
		}
		if (newDoc.reviewer !== userCtx.name) {
			throw({ forbidden: 'Een beoordeling staat op naam van wie haar schrijft.' });
		}
		return;
	}
	throw({ forbidden: 'Onbekende soort document.' });
}`;
}

/** The directory: only server admins (the setup script) write it. */
export function directoryValidation() {
	return `function (newDoc, oldDoc, userCtx) {
	if ((userCtx.roles || []).indexOf('_admin') !== -1) return;
	throw({ forbidden: 'Alleen de beheerder van de server wijzigt de lijst van organisaties.' });
}`;
}

export const DESIGN_ID = '_design/baatwijzer';
