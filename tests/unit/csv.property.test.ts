/**
 * The CSV reader cuts cells out of the text in runs; this holds it to the reader it replaced, which
 * built each cell a character at a time, on texts made of the characters that matter to CSV.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { csvRecords } from '$lib/domain/csv';
import { PROPERTY_TIMEOUT } from './arbitraries';

/** The former reader, kept as the reference. */
function* characterByCharacter(text: string, delimiter?: ',' | ';') {
	const source = text.replace(/^\uFEFF/, '');
	const firstLine = source.slice(0, source.indexOf('\n') >>> 0);
	const separator =
		delimiter ?? (firstLine.split(';').length > firstLine.split(',').length ? ';' : ',');
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let recordLine = 1;
	for (let i = 0; i < source.length; i++) {
		const char = source[i]!;
		if (quoted) {
			if (char === '"' && source[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (char === '"') quoted = false;
			else {
				if (char === '\n') line++;
				cell += char;
			}
		} else if (char === '"' && cell === '') quoted = true;
		else if (char === separator) {
			cells.push(cell);
			cell = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && source[i + 1] === '\n') i++;
			cells.push(cell);
			if (cells.some((value) => value.trim() !== '')) yield { line: recordLine, cells };
			cells = [];
			cell = '';
			line++;
			recordLine = line;
		} else cell += char;
	}
	if (cell !== '' || cells.length > 0) {
		cells.push(cell);
		if (cells.some((value) => value.trim() !== '')) yield { line: recordLine, cells };
	}
}

const csvText = fc
	.array(
		fc.constantFrom('"', ';', ',', '\n', '\r', '\r\n', 'a', 'bé', ' ', '""', '\uFEFF', '12,50'),
		{
			maxLength: 60
		}
	)
	.map((parts) => parts.join(''));

describe('reading CSV', () => {
	test.prop([csvText, fc.constantFrom(undefined, ',' as const, ';' as const)], {
		numRuns: 5_000
	})(
		'gives the same records, cells and line numbers as reading a character at a time',
		(text, delimiter) => {
			expect([...csvRecords(text, delimiter)]).toEqual([...characterByCharacter(text, delimiter)]);
		},
		PROPERTY_TIMEOUT
	);
});
