/** RFC 4180 CSV reading (comma or semicolon), tolerant of a UTF-8 BOM and CRLF line ends. */

export interface CsvTable {
	readonly header: readonly string[];
	/** Rows as read, each with its 1-based line number in the file (the header is line 1). */
	readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
}

/** The records of a CSV text one by one, each with the line it starts on (the header is line 1). */
export function* csvRecords(
	text: string,
	delimiter?: ',' | ';'
): Generator<{ line: number; cells: string[] }> {
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

export function parseCsv(text: string, delimiter?: ',' | ';'): CsvTable {
	const [header, ...rows] = csvRecords(text, delimiter);
	return { header: header?.cells.map((name) => name.trim()) ?? [], rows };
}
