/** What loading a new price list would change, for the preview before it is stored. */
import type { PriceItem } from './price-item';

export interface PriceListDiff {
	readonly added: PriceItem[];
	readonly removed: PriceItem[];
	readonly changed: { readonly before: PriceItem; readonly after: PriceItem }[];
	readonly unchanged: number;
}

export function diffPriceLists(
	current: readonly PriceItem[],
	next: readonly PriceItem[]
): PriceListDiff {
	const before = new Map(current.map((item) => [item.id, item]));
	const after = new Map(next.map((item) => [item.id, item]));
	const changed: PriceListDiff['changed'] = [];
	let unchanged = 0;
	for (const item of next) {
		const old = before.get(item.id);
		if (!old) continue;
		if (JSON.stringify(old) === JSON.stringify(item)) unchanged++;
		else changed.push({ before: old, after: item });
	}
	return {
		added: next.filter((item) => !before.has(item.id)),
		removed: current.filter((item) => !after.has(item.id)),
		changed,
		unchanged
	};
}
