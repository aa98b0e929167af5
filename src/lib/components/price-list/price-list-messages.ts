/** Dutch sentences for a refused price-list file, naming row and column (CSV) or item and field. */
import type { CsvProblem } from '$lib/domain/price-list/from-csv';
import type { PriceListRead } from '$lib/domain/price-list/list-file';
import { priceListText } from '$lib/i18n/price-list';
import { issueMessage } from '$lib/components/drafts/import-messages';

const text = priceListText.load;

export function csvMessage(problem: CsvProblem): string {
	return text.csvProblem(problem.line, problem.column, text.csvCodes[problem.code](problem.value));
}

/** Every sentence the user is shown for a refused file: the reason, then each problem. */
export function priceListRefusal(result: Exclude<PriceListRead, { ok: true }>): string[] {
	const reason = text.reasons[result.kind];
	if (result.kind === 'csv') return [reason, ...result.problems.map(csvMessage)];
	if (result.kind === 'json') return [reason, ...result.problems.map(issueMessage)];
	return [reason];
}
