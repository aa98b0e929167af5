/** Reads shared/data/cpi-nl.csv (jaar, inflatie_procent, bron) into tenths of a percent by year. */
import { parseCsv } from '../csv';

export function cpiFromCsv(text: string): {
	source: string;
	tenthsOfPercentByYear: Record<number, number>;
} {
	const table = parseCsv(text);
	const column = (name: string) => table.header.indexOf(name);
	const byYear: Record<number, number> = {};
	let source = '';
	for (const row of table.rows) {
		const year = Number(row.cells[column('jaar')]);
		const match = /^(-?)(\d+)(?:\.(\d))?$/.exec(
			row.cells[column('inflatie_procent')]?.trim() ?? ''
		);
		if (!Number.isInteger(year) || !match)
			throw new Error(`cpi-nl.csv line ${row.line}: unreadable`);
		const tenths = Number(match[2]) * 10 + Number(match[3] ?? 0);
		byYear[year] = match[1] ? -tenths : tenths;
		source ||= row.cells[column('bron')] ?? '';
	}
	return { source, tenthsOfPercentByYear: byYear };
}
