/** Writing drafts to an exchange file, with the price items their lines used. */
import type { PriceItem } from '../price-list/price-item';
import type { Proposal } from '../schemas/proposal';
import { CURRENT_FILE_VERSION, FILE_FORMAT, type ExchangeFile } from './file-format';

export function buildExchangeFile(
	proposals: readonly Proposal[],
	findItem: (id: string, proposal: Proposal) => PriceItem | undefined,
	now: Date
): ExchangeFile {
	return {
		format: FILE_FORMAT,
		version: CURRENT_FILE_VERSION,
		exportedAt: now.toISOString(),
		drafts: proposals.map((proposal) => {
			const ids = [
				...new Set(proposal.lines.map((line) => line.priceItemId).filter((id) => id !== null))
			];
			return {
				proposal,
				priceItems: ids
					.map((id) => findItem(id, proposal))
					.filter((item): item is PriceItem => item !== undefined)
			};
		})
	};
}

/**
 * One draft is written readable (indented); several compactly, so that an export of all drafts
 * stays well inside the 10 MB an import accepts (1,000 drafts of 10 lines: about 6 MB).
 */
export function exchangeFileText(file: ExchangeFile): string {
	return `${JSON.stringify(file, null, file.drafts.length === 1 ? 2 : undefined)}\n`;
}

/** A file name that says what is in it: "baatwijzer-maatje-voor-moeder-2026-11-22.json". */
export function exchangeFileName(
	proposals: readonly Proposal[],
	now: Date,
	extension = 'json'
): string {
	const date = now.toISOString().slice(0, 10);
	const first = proposals[0];
	const subject =
		proposals.length === 1 && first
			? first.title
					.normalize('NFD')
					.replace(/\p{Diacritic}/gu, '')
					.toLowerCase()
					.replace(/[^a-z0-9]+/g, '-')
					.replace(/^-|-$/g, '')
					.slice(0, 60) || 'voorstel'
			: `${proposals.length}-voorstellen`;
	return `baatwijzer-${subject}-${date}.${extension}`;
}
