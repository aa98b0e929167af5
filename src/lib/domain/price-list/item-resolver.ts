/**
 * Which price item a line refers to. An id is looked up where the draft took its lines from: its
 * own custom items, then the price list it records, then the default list, so that an own list
 * whose ids match the default list's still exports its own amounts and sources.
 */
import type { Proposal } from '../schemas/proposal';
import type { PriceItem } from './price-item';

export interface ItemSource {
	readonly id: string;
	readonly items: readonly PriceItem[];
}

export type ItemFinder = (
	id: string,
	proposal: Pick<Proposal, 'customItems' | 'priceList'>
) => PriceItem | undefined;

/** A finder over `lists`, falling back to `defaults` (the default list's items). */
export function itemResolver(
	lists: readonly ItemSource[],
	defaults: readonly PriceItem[]
): ItemFinder {
	const byList = new Map(lists.map((list) => [list.id, new Map(list.items.map((i) => [i.id, i]))]));
	const byId = new Map(defaults.map((item) => [item.id, item]));
	return (id, proposal) =>
		proposal.customItems.find((item) => item.id === id) ??
		(proposal.priceList ? byList.get(proposal.priceList.id)?.get(id) : undefined) ??
		byId.get(id);
}
