/**
 * A draft keeps the amounts it was made with. When the price list changes, these functions say
 * per line what differs, and apply the new values only when the user asks.
 */
import { withAmount } from '../line-edits';
import type { EffectLine } from '../schemas/effect-line';
import type { Proposal } from '../schemas/proposal';
import type { PriceItem } from './price-item';

/**
 * The amount a line should have under `item`: the same end of the range the user chose (low,
 * central or high). The line's cost holder and split are the user's own choices and stay.
 */
function targetAmount(line: EffectLine, item: PriceItem): number {
	const atLow = line.lowCents !== null && line.amountCents === line.lowCents;
	const atHigh = line.highCents !== null && line.amountCents === line.highCents;
	if (atLow && line.lowCents !== line.highCents) return item.lowCents ?? item.amountCents;
	if (atHigh && line.lowCents !== line.highCents) return item.highCents ?? item.amountCents;
	return item.amountCents;
}

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

export function priceUpdates(proposal: Proposal, items: readonly PriceItem[]): LineUpdate[] {
	const byId = new Map(items.map((item) => [item.id, item]));
	const updates: LineUpdate[] = [];
	for (const line of proposal.lines) {
		const item = line.priceItemId === null ? undefined : byId.get(line.priceItemId);
		if (!item || item.custom) continue;
		const target = targetAmount(line, item);
		const changed =
			target !== line.amountCents ||
			item.priceYear !== line.priceYear ||
			item.lowCents !== line.lowCents ||
			item.highCents !== line.highCents;
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
					amountCents: target,
					priceYear: item.priceYear,
					costHolder: line.costHolder
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
			return {
				...withAmount(line, targetAmount(line, item)),
				priceYear: item.priceYear,
				lowCents: item.lowCents,
				highCents: item.highCents
			};
		})
	};
}
