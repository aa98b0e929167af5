/**
 * What a chosen file is before it is read: its size limit and its text. Kept apart from the file
 * readers (which load the validator) so a page can offer import without loading them first.
 */

/** Largest file accepted for import (drafts and price lists). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Decodes a file's bytes: UTF-8 when they are valid UTF-8, else Windows-1252 (what Excel on
 * Windows saves as "CSV"), so "geïsoleerde" never turns into "ge�soleerde".
 */
export function decodeFileBytes(bytes: Uint8Array): {
	text: string;
	encoding: 'utf-8' | 'windows-1252';
} {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
	}
}
