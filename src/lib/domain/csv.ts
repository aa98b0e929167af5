/** RFC 4180 CSV reading (comma or semicolon), tolerant of a UTF-8 BOM and CRLF line ends. */

export interface CsvTable {
	readonly header: readonly string[];
	/** Rows as read, each with its 1-based line number in the file (the header is line 1). */
	readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
}

const QUOTE = 0x22;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * The records of a CSV text one by one, each with the line it starts on (the header is line 1).
 * Characters are read by code and a cell is cut out of the text in runs, not built a character at
 * a time: a 5,000-row price list made millions of one-character strings for the collector.
 */
export function* csvRecords(
	text: string,
	delimiter?: ',' | ';'
): Generator<{ line: number; cells: string[] }> {
	const source = text.replace(/^\uFEFF/, '');
	const firstLine = source.slice(0, source.indexOf('\n') >>> 0);
	const separator = (
		delimiter ?? (firstLine.split(';').length > firstLine.split(',').length ? ';' : ',')
	).charCodeAt(0);
	let cells: string[] = [];
	/** The cell so far, and where its run of characters not yet added starts (-1: none). */
	let cell = '';
	let run = -1;
	let quoted = false;
	let line = 1;
	let recordLine = 1;
	const addRun = (end: number) => {
		if (run >= 0) cell += source.slice(run, end);
		run = -1;
	};
	for (let i = 0; i < source.length; i++) {
		const code = source.charCodeAt(i);
		if (quoted) {
			if (code === QUOTE && source.charCodeAt(i + 1) === QUOTE) {
				// A doubled quote is one quote in the cell.
				if (run < 0) run = i;
				addRun(i + 1);
				i++;
			} else if (code === QUOTE) {
				addRun(i);
				quoted = false;
			} else {
				if (code === LINE_FEED) line++;
				if (run < 0) run = i;
			}
		} else if (code === QUOTE && cell === '' && run < 0) quoted = true;
		else if (code === separator) {
			addRun(i);
			cells.push(cell);
			cell = '';
		} else if (code === LINE_FEED || code === CARRIAGE_RETURN) {
			addRun(i);
			if (code === CARRIAGE_RETURN && source.charCodeAt(i + 1) === LINE_FEED) i++;
			cells.push(cell);
			if (cells.some((value) => value.trim() !== '')) yield { line: recordLine, cells };
			cells = [];
			cell = '';
			line++;
			recordLine = line;
		} else if (run < 0) run = i;
	}
	addRun(source.length);
	if (cell !== '' || cells.length > 0) {
		cells.push(cell);
		if (cells.some((value) => value.trim() !== '')) yield { line: recordLine, cells };
	}
}

export function parseCsv(text: string, delimiter?: ',' | ';'): CsvTable {
	const [header, ...rows] = csvRecords(text, delimiter);
	return { header: header?.cells.map((name) => name.trim()) ?? [], rows };
}
