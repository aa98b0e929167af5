/**
 * A municipality's own price list, loaded from CSV (the columns of the default list) or JSON. Both
 * are held to one schema (`priceItemSchema`), known cost holders and the same limits.
 */
import { z } from 'zod/mini';
import { decodeFileBytes, MAX_FILE_BYTES } from '../file-bytes';
import { uniqueBy } from '../schemas/common';
import { zodIssues, type ImportIssue } from '../zod-issues';
import { MAX_PRICE_LIST_ITEMS, readPriceListCsv, type CsvProblem } from './from-csv';
import { priceItemSchema, type PriceItem } from './price-item';

export const PRICE_LIST_FORMAT = 'baatwijzer-prijslijst';
/** Largest price-list file accepted. */
export const MAX_PRICE_LIST_BYTES = MAX_FILE_BYTES;
export { decodeFileBytes };

export const priceListFileSchema = z.object({
	format: z.literal(PRICE_LIST_FORMAT),
	version: z.literal(1),
	name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
	listVersion: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
	items: z
		.array(priceItemSchema)
		.check(
			z.minLength(1),
			z.maxLength(MAX_PRICE_LIST_ITEMS),
			z.superRefine(uniqueBy<PriceItem>('duplicateId', (item) => item.id, ['id']))
		)
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
	| {
			readonly ok: false;
			readonly kind:
				'unreadable' | 'empty' | 'noItems' | 'tooLarge' | 'tooManyItems' | 'otherFormat';
	  };

const nextTurn = () => Promise.resolve();

/**
 * Reads a price-list file by its content: JSON when it starts with "{", CSV otherwise. `pause` is
 * awaited between slices of a long CSV (the UI passes one that yields to the browser).
 */
export async function readPriceListFile(
	text: string,
	sizeBytes: number,
	knownHolders: readonly string[],
	pause: () => Promise<void> = nextTurn
): Promise<PriceListRead> {
	if (sizeBytes > MAX_PRICE_LIST_BYTES) return { ok: false, kind: 'tooLarge' };
	const content = text.replace(/^\uFEFF/, '').trim();
	if (content === '') return { ok: false, kind: 'empty' };
	if (!content.startsWith('{')) {
		const result = await readPriceListCsv(content, knownHolders, pause);
		// A header alone is no price list: loading it would leave the user without any item.
		if (result.ok && result.items.length === 0) return { ok: false, kind: 'noItems' };
		if (result.ok) return { ok: true, items: result.items };
		return 'tooManyItems' in result
			? { ok: false, kind: 'tooManyItems' }
			: { ok: false, kind: 'csv', problems: result.problems };
	}
	let data: unknown;
	try {
		data = JSON.parse(content);
	} catch {
		return { ok: false, kind: 'unreadable' };
	}
	if (
		!data ||
		typeof data !== 'object' ||
		(data as { format?: unknown }).format !== PRICE_LIST_FORMAT
	)
		return { ok: false, kind: 'otherFormat' };
	const items = (data as { items?: unknown }).items;
	if (Array.isArray(items) && items.length > MAX_PRICE_LIST_ITEMS)
		return { ok: false, kind: 'tooManyItems' };
	await pause();
	const parsed = priceListFileSchema.safeParse(data);
	if (!parsed.success) {
		return { ok: false, kind: 'json', problems: zodIssues(parsed.error, data) };
	}
	if (parsed.data.items.length === 0) return { ok: false, kind: 'noItems' };
	const unknownHolders = holderIssues(parsed.data.items, knownHolders);
	if (unknownHolders.length > 0) return { ok: false, kind: 'json', problems: unknownHolders };
	return {
		ok: true,
		items: parsed.data.items,
		name: parsed.data.name,
		listVersion: parsed.data.listVersion
	};
}

/** Cost holders the app does not know, as the CSV reader refuses them. */
function holderIssues(items: readonly PriceItem[], knownHolders: readonly string[]): ImportIssue[] {
	const known = new Set(knownHolders);
	const issues: ImportIssue[] = [];
	items.forEach((item, index) => {
		if (!known.has(item.costHolder))
			issues.push({
				path: ['items', index, 'costHolder'],
				code: 'rule',
				detail: 'unknownHolder'
			});
		item.split?.forEach((part, partIndex) => {
			if (!known.has(part.costHolder))
				issues.push({
					path: ['items', index, 'split', partIndex, 'costHolder'],
					code: 'rule',
					detail: 'unknownHolder'
				});
		});
	});
	return issues;
}
