/**
 * The canonical text of a JSON value, the form a fingerprint is taken of: object keys sorted by
 * their UTF-16 code units, no whitespace, arrays in order, `undefined` members left out (as
 * JSON.stringify does). Two values that mean the same record give the same text, whatever order
 * their keys were written in (a file read back, a document replicated through CouchDB).
 */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') {
		const text = JSON.stringify(value);
		return text === undefined ? 'null' : text;
	}
	if (Array.isArray(value)) {
		return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
	}
	const record = value as Record<string, unknown>;
	const members = Object.keys(record)
		.filter((key) => record[key] !== undefined)
		.sort()
		.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
	return `{${members.join(',')}}`;
}

/** The SHA-256 of a text (its UTF-8 bytes) in lower-case hex, by the platform's Web Crypto. */
export async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
