/**
 * A minimal Office Open XML workbook (.xlsx) writer: sheets of text and numbers, numbers written
 * as the exact decimal text they are (so a euro amount is the cent it was computed to), euro
 * amounts in a euro format, header cells bold. The zip is stored (not compressed) with a fixed
 * date, so the same figures always give the same bytes. No dependency: a few XML parts and CRC-32.
 */

/** A cell: text, or a number (decimal text with a point) shown as euros or as a plain number. */
export type XlsxCell =
	| { readonly text: string; readonly bold?: boolean }
	| { readonly number: string; readonly euro?: boolean }
	| null;

export interface XlsxSheet {
	readonly name: string;
	readonly rows: readonly (readonly XlsxCell[])[];
	/** Column widths in characters, first column first. */
	readonly widths?: readonly number[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const escapeXml = (text: string) =>
	text
		// Characters XML 1.0 cannot hold at all (control characters other than tab and newlines).
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');

/** "A", "B", ..., "Z", "AA", ... for a zero-based column. */
function columnName(index: number): string {
	let name = '';
	for (let at = index + 1; at > 0; at = Math.floor((at - 1) / 26))
		name = String.fromCharCode(65 + ((at - 1) % 26)) + name;
	return name;
}

/**
 * A sheet name Excel accepts: at most 31 characters, none of \ / ? * [ ] :, not empty, unique in
 * the workbook (a number is added when two would be the same, ignoring case).
 */
export function sheetNames(wanted: readonly string[]): string[] {
	const taken = new Set<string>();
	return wanted.map((name) => {
		const clean =
			name
				.replace(/[\\/?*[\]:]/g, '-')
				.replace(/^'|'$/g, '')
				.trim() || 'Blad';
		let candidate = clean.slice(0, 31);
		for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
			const suffix = ` (${n})`;
			candidate = clean.slice(0, 31 - suffix.length) + suffix;
		}
		taken.add(candidate.toLowerCase());
		return candidate;
	});
}

/** Style indexes in styles.xml: 0 plain, 1 euro amount, 2 bold text. */
const EURO_STYLE = 1;
const BOLD_STYLE = 2;

function cellXml(cell: XlsxCell, ref: string): string {
	if (cell === null) return '';
	if ('text' in cell) {
		if (cell.text === '') return '';
		const style = cell.bold ? ` s="${BOLD_STYLE}"` : '';
		return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.text)}</t></is></c>`;
	}
	if (!/^-?\d+(\.\d+)?$/.test(cell.number)) return '';
	const style = cell.euro ? ` s="${EURO_STYLE}"` : '';
	return `<c r="${ref}"${style}><v>${cell.number}</v></c>`;
}

function sheetXml(sheet: XlsxSheet): string {
	const cols = sheet.widths?.length
		? `<cols>${sheet.widths
				.map(
					(width, index) =>
						`<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`
				)
				.join('')}</cols>`
		: '';
	const rows = sheet.rows
		.map((row, r) => {
			const cells = row.map((cell, c) => cellXml(cell, `${columnName(c)}${r + 1}`)).join('');
			return `<row r="${r + 1}">${cells}</row>`;
		})
		.join('');
	return `${XML}<worksheet xmlns="${MAIN}">${cols}<sheetData>${rows}</sheetData></worksheet>`;
}

const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;€&quot; #,##0.00;&quot;€&quot; -#,##0.00"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The workbook's parts, by path in the zip. */
function parts(sheets: readonly XlsxSheet[]): [string, string][] {
	const names = sheetNames(sheets.map((sheet) => sheet.name));
	const sheetParts = sheets.map(
		(sheet, index) => [`xl/worksheets/sheet${index + 1}.xml`, sheetXml(sheet)] as [string, string]
	);
	return [
		[
			'[Content_Types].xml',
			`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
				.map(
					(_, index) =>
						`<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
				)
				.join(
					''
				)}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`
		],
		[
			'_rels/.rels',
			`${XML}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
		],
		[
			'xl/workbook.xml',
			`${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${names
				.map(
					(name, index) =>
						`<sheet name="${escapeXml(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`
				)
				.join('')}</sheets></workbook>`
		],
		[
			'xl/_rels/workbook.xml.rels',
			`${XML}<Relationships xmlns="${PACKAGE_REL}">${sheets
				.map(
					(_, index) =>
						`<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`
				)
				.join(
					''
				)}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
		],
		['xl/styles.xml', STYLES],
		...sheetParts
	];
}

const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** The files as a zip archive, stored without compression, dated 1 January 1980. */
function zip(files: readonly [string, Uint8Array][]): Uint8Array {
	const encoder = new TextEncoder();
	const chunks: Uint8Array[] = [];
	const central: Uint8Array[] = [];
	let offset = 0;
	const DOS_DATE = (0 << 9) | (1 << 5) | 1;
	for (const [name, data] of files) {
		const nameBytes = encoder.encode(name);
		const crc = crc32(data);
		const local = new DataView(new ArrayBuffer(30));
		local.setUint32(0, 0x04034b50, true);
		local.setUint16(4, 20, true);
		local.setUint16(6, 0x0800, true); // UTF-8 names
		local.setUint16(8, 0, true); // stored
		local.setUint16(10, 0, true);
		local.setUint16(12, DOS_DATE, true);
		local.setUint32(14, crc, true);
		local.setUint32(18, data.length, true);
		local.setUint32(22, data.length, true);
		local.setUint16(26, nameBytes.length, true);
		local.setUint16(28, 0, true);
		const entry = new DataView(new ArrayBuffer(46));
		entry.setUint32(0, 0x02014b50, true);
		entry.setUint16(4, 20, true);
		entry.setUint16(6, 20, true);
		entry.setUint16(8, 0x0800, true);
		entry.setUint16(10, 0, true);
		entry.setUint16(12, 0, true);
		entry.setUint16(14, DOS_DATE, true);
		entry.setUint32(16, crc, true);
		entry.setUint32(20, data.length, true);
		entry.setUint32(24, data.length, true);
		entry.setUint16(28, nameBytes.length, true);
		entry.setUint32(42, offset, true);
		chunks.push(new Uint8Array(local.buffer), nameBytes, data);
		central.push(new Uint8Array(entry.buffer), nameBytes);
		offset += 30 + nameBytes.length + data.length;
	}
	const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
	const end = new DataView(new ArrayBuffer(22));
	end.setUint32(0, 0x06054b50, true);
	end.setUint16(8, files.length, true);
	end.setUint16(10, files.length, true);
	end.setUint32(12, centralSize, true);
	end.setUint32(16, offset, true);
	const all = [...chunks, ...central, new Uint8Array(end.buffer)];
	const out = new Uint8Array(all.reduce((sum, chunk) => sum + chunk.length, 0));
	let at = 0;
	for (const chunk of all) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

/** The workbook as the bytes of an .xlsx file. */
export function xlsxFile(sheets: readonly XlsxSheet[]): Uint8Array {
	const encoder = new TextEncoder();
	return zip(parts(sheets).map(([name, xml]) => [name, encoder.encode(xml)]));
}
