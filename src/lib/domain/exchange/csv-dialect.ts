/** How a spreadsheet in the user's language reads a CSV: its field separator and decimal mark. */
export interface CsvDialect {
	readonly separator: ';' | ',';
	readonly decimal: ',' | '.';
}
/** Dutch Excel: semicolons and a decimal comma. */
export const DUTCH_CSV: CsvDialect = { separator: ';', decimal: ',' };
/** English Excel: commas and a decimal point. */
export const ENGLISH_CSV: CsvDialect = { separator: ',', decimal: '.' };
