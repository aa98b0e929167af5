/**
 * An exchange file carries the price items its lines used. Items of the built-in list are known
 * here; an item from the sending organisation's own list is not, and without it a reviewer would
 * see a line without its source. Such items are kept with the imported draft as its own items.
 */
import { isDefaultItemId, proposalSchema, type Proposal } from '../schemas/proposal';
import type { ExchangeDraft } from './file-format';

export function withCarriedItems({ proposal, priceItems }: ExchangeDraft): Proposal {
	const own = new Set(proposal.customItems.map((item) => item.id));
	const used = new Set(proposal.lines.map((line) => line.priceItemId));
	const carried = priceItems.filter(
		(item) => used.has(item.id) && !own.has(item.id) && !isDefaultItemId(item.id)
	);
	if (carried.length === 0) return proposal;
	// Within the limits of a draft's own items; otherwise the draft comes in as it was written.
	const parsed = proposalSchema.safeParse({
		...proposal,
		customItems: [...proposal.customItems, ...carried]
	});
	return parsed.success ? parsed.data : proposal;
}
