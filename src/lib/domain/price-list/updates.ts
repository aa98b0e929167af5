/**
 * A draft keeps the amounts it was made with. When the price list changes, these functions say
 * per line what differs, and apply the new values only when the user asks.
 */
import type { Proposal } from '../schemas/proposal';
import type { PriceItem } from './price-item';

export interface LineUpdate {
	readonly lineId: string;
	readonly name: string;
	readonly before: {
		readonly amountCents: number;
		readonly priceYear: number | null;
		readonly costHolder: string;
	};
	readonly after: {
		readonly amountCents: number;
		readonly priceYear: number;
		readonly costHolder: string;
	};
}

const sameSplit = (a: PriceItem['split'] | undefined, b: PriceItem['split']) =>
	JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function priceUpdates(proposal: Proposal, items: readonly PriceItem[]): LineUpdate[] {
	const byId = new Map(items.map((item) => [item.id, item]));
	const updates: LineUpdate[] = [];
	for (const line of proposal.lines) {
		const item = line.priceItemId === null ? undefined : byId.get(line.priceItemId);
		if (!item || item.custom) continue;
		const changed =
			item.amountCents !== line.amountCents ||
			item.priceYear !== line.priceYear ||
			item.costHolder !== line.costHolder ||
			item.lowCents !== line.lowCents ||
			item.highCents !== line.highCents ||
			!sameSplit(line.split, item.split);
		if (changed) {
			updates.push({
				lineId: line.id,
				name: line.name,
				before: {
					amountCents: line.amountCents,
					priceYear: line.priceYear,
					costHolder: line.costHolder
				},
				after: {
					amountCents: item.amountCents,
					priceYear: item.priceYear,
					costHolder: item.costHolder
				}
			});
		}
	}
	return updates;
}

/** The proposal with the price values of `items` on every line that refers to one. */
export function applyPriceUpdates(
	proposal: Proposal,
	items: readonly PriceItem[],
	list: Proposal['priceList']
): Proposal {
	const byId = new Map(items.map((item) => [item.id, item]));
	return {
		...proposal,
		priceList: list,
		lines: proposal.lines.map((line) => {
			const item = line.priceItemId === null ? undefined : byId.get(line.priceItemId);
			if (!item || item.custom) return line;
			const { split: _old, ...rest } = line;
			return {
				...rest,
				amountCents: item.amountCents,
				priceYear: item.priceYear,
				costHolder: item.costHolder,
				lowCents: item.lowCents,
				highCents: item.highCents,
				...(item.split ? { split: structuredClone(item.split) } : {})
			};
		})
	};
}
