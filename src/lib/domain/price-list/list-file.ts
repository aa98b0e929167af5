/** A municipality's own price list, loaded from CSV (the columns of the default list) or JSON. */
import { z } from 'zod';
import { zodIssues, type ImportIssue } from '../zod-issues';
import { priceListFromCsv, type CsvProblem } from './from-csv';
import { priceItemSchema, type PriceItem } from './price-item';

export const PRICE_LIST_FORMAT = 'baatwijzer-prijslijst';

export const priceListFileSchema = z.object({
	format: z.literal(PRICE_LIST_FORMAT),
	version: z.literal(1),
	name: z.string().trim().min(1).max(200),
	listVersion: z.string().trim().min(1).max(100),
	items: z.array(priceItemSchema).min(1).max(5000)
});

export type PriceListRead =
	| {
			readonly ok: true;
			readonly items: PriceItem[];
			readonly name?: string;
			readonly listVersion?: string;
	  }
	| { readonly ok: false; readonly kind: 'csv'; readonly problems: CsvProblem[] }
	| { readonly ok: false; readonly kind: 'json'; readonly problems: ImportIssue[] }
	| { readonly ok: false; readonly kind: 'unreadable' | 'empty' | 'duplicateIds' };

/** Reads a price-list file by its content: JSON when it starts with "{", CSV otherwise. */
export function readPriceListFile(text: string, knownHolders: readonly string[]): PriceListRead {
	const content = text.replace(/^\uFEFF/, '').trim();
	if (content === '') return { ok: false, kind: 'empty' };
	if (!content.startsWith('{')) {
		const result = priceListFromCsv(content, knownHolders);
		return result.ok
			? { ok: true, items: result.items }
			: { ok: false, kind: 'csv', problems: result.problems };
	}
	let data: unknown;
	try {
		data = JSON.parse(content);
	} catch {
		return { ok: false, kind: 'unreadable' };
	}
	const parsed = priceListFileSchema.safeParse(data);
	if (!parsed.success) {
		return { ok: false, kind: 'json', problems: zodIssues(parsed.error) };
	}
	const ids = parsed.data.items.map((item) => item.id);
	if (new Set(ids).size !== ids.length) return { ok: false, kind: 'duplicateIds' };
	return {
		ok: true,
		items: parsed.data.items,
		name: parsed.data.name,
		listVersion: parsed.data.listVersion
	};
}
