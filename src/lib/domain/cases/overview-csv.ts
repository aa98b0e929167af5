/**
 * A year's overview as CSV for the user's Excel (Dutch or English): per unit the cases and what they avoid (described and
 * extrapolated), the A x B matrix, then per cost holder, per year and against the subsidy as in a
 * proposal's CSV. Every figure is the overview's own (the one evaluation); the words are passed in.
 */
import { levels, type Level } from '../levels';
import {
	csvDocument,
	DUTCH_CSV,
	euros,
	num,
	summaryRows,
	text,
	type Cell,
	type CsvDialect,
	type SummaryLabels
} from '../exchange/csv-export';
import type { Exact } from '../money';
import type { Avoided, YearOverview } from './year-overview';

export interface OverviewCsvLabels extends SummaryLabels {
	readonly title: string;
	readonly unitHeader: readonly string[];
	readonly allUnits: string;
	readonly matrixCorner: string;
	readonly level: Record<Level, string>;
}

/** Hundredths of an FTE as "4.5" (whole hundredths: the division is exact enough to show). */
const fte = (hundredths: number | null): Cell =>
	hundredths === null ? text('') : num(String(hundredths / 100));

export function overviewCsv(
	overview: YearOverview,
	labels: OverviewCsvLabels,
	dialect: CsvDialect = DUTCH_CSV
): string {
	return csvDocument(overviewRows(overview, labels), dialect);
}

/** Per unit, the A x B matrix, then per cost holder, per year and against the subsidy. */
export function overviewRows(overview: YearOverview, labels: OverviewCsvLabels): Cell[][] {
	const rows: Cell[][] = [[text(labels.title)], labels.unitHeader.map(text)];
	const unitRow = (
		name: string,
		cases: number,
		perYear: number,
		described: Avoided,
		extrapolated: Avoided & { readonly total: Exact },
		hundredths: number | null
	): Cell[] => [
		text(name),
		num(String(cases)),
		num(String(perYear)),
		euros(described.oneOff),
		euros(described.yearly),
		euros(extrapolated.oneOff),
		euros(extrapolated.yearly),
		euros(extrapolated.total),
		fte(hundredths)
	];
	for (const unit of overview.units)
		rows.push(
			unitRow(
				unit.unit,
				unit.cases,
				unit.extrapolatedCases,
				unit.described,
				unit.extrapolated,
				unit.fteHundredths
			)
		);
	rows.push(
		unitRow(
			labels.allUnits,
			overview.units.reduce((sum, unit) => sum + unit.cases, 0),
			overview.units.reduce((sum, unit) => sum + unit.extrapolatedCases, 0),
			overview.described,
			overview.extrapolated,
			null
		)
	);
	rows.push([]);
	rows.push([text(labels.matrixCorner), ...levels.map((level) => text(labels.level[level]))]);
	for (const chance of levels)
		rows.push([
			text(labels.level[chance]),
			...levels.map((contribution) => euros(overview.extrapolated.matrix[chance][contribution]))
		]);
	rows.push(...summaryRows(overview.extrapolated, overview.proposal.settings, labels));
	return rows;
}
