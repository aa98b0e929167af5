/**
 * Which price item a line refers to. An id is looked up where the draft took its lines from: its
 * own custom items, then the price list it records, then the default list, so that an own list
 * whose ids match the default list's still exports its own amounts and sources.
 */
import type { Proposal } from '../schemas/proposal';
import { defaultPriceList } from './default-price-list';
import type { PriceItem } from './price-item';

export interface ItemSource {
	readonly id: string;
	readonly items: readonly PriceItem[];
}

export function priceItemResolver(lists: readonly ItemSource[]) {
	const byList = new Map(lists.map((list) => [list.id, new Map(list.items.map((i) => [i.id, i]))]));
	const defaults = new Map(defaultPriceList.map((item) => [item.id, item]));
	return (id: string, proposal: Pick<Proposal, 'customItems' | 'priceList'>) =>
		proposal.customItems.find((item) => item.id === id) ??
		(proposal.priceList ? byList.get(proposal.priceList.id)?.get(id) : undefined) ??
		defaults.get(id);
}
