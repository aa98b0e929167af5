/**
 * A user's own price item. It needs a source, or a written reason why there is none, and is
 * marked custom wherever it appears.
 */
import { parseDutchEuros } from './money';
import type { PriceItem } from './price-list/price-item';
import type { Proposal } from './schemas/proposal';

/** The custom-item form as typed. */
export interface CustomItemInput {
	name: string;
	description: string;
	unit: string;
	amount: string;
	priceYear: string;
	costHolder: string;
	recurrence: 'oneOff' | 'yearly';
	kind: 'cost' | 'transfer' | 'intangible';
	sourceTitle: string;
	sourceYear: string;
	sourceLink: string;
	noSourceReason: string;
}

export type CustomItemField = keyof CustomItemInput;
export type CustomItemProblem = {
	readonly field: CustomItemField;
	readonly code: 'required' | 'euros' | 'year' | 'sourceOrReason';
};

export function emptyCustomItemInput(costHolder: string): CustomItemInput {
	return {
		name: '',
		description: '',
		unit: 'per persoon per jaar',
		amount: '',
		priceYear: '',
		costHolder,
		recurrence: 'yearly',
		kind: 'cost',
		sourceTitle: '',
		sourceYear: '',
		sourceLink: '',
		noSourceReason: ''
	};
}

const year = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null);

export function readCustomItem(
	input: CustomItemInput,
	id: string
): { ok: true; item: PriceItem } | { ok: false; problems: CustomItemProblem[] } {
	const problems: CustomItemProblem[] = [];
	if (!input.name.trim()) problems.push({ field: 'name', code: 'required' });
	if (!input.unit.trim()) problems.push({ field: 'unit', code: 'required' });
	const cents = parseDutchEuros(input.amount);
	if (input.amount.trim() === '') problems.push({ field: 'amount', code: 'required' });
	else if (cents === null || cents < 0n) problems.push({ field: 'amount', code: 'euros' });
	const priceYear = year(input.priceYear);
	if (priceYear === null) problems.push({ field: 'priceYear', code: 'year' });
	if (!input.costHolder.trim()) problems.push({ field: 'costHolder', code: 'required' });
	const hasSource = input.sourceTitle.trim() !== '';
	if (!hasSource && !input.noSourceReason.trim())
		problems.push({ field: 'sourceTitle', code: 'sourceOrReason' });
	const sourceYear = year(input.sourceYear);
	if (hasSource && input.sourceYear.trim() !== '' && sourceYear === null)
		problems.push({ field: 'sourceYear', code: 'year' });
	if (problems.length > 0) return { ok: false, problems };
	return {
		ok: true,
		item: {
			id,
			name: input.name.trim(),
			description: input.description.trim(),
			unit: input.unit.trim(),
			amountCents: Number(cents),
			lowCents: null,
			highCents: null,
			priceYear: priceYear!,
			costHolder: input.costHolder.trim(),
			split: null,
			recurrence: input.recurrence,
			domain: '',
			kind: input.kind,
			source: hasSource
				? {
						title: input.sourceTitle.trim(),
						year: sourceYear,
						link: input.sourceLink.trim() || null
					}
				: null,
			grade: 'C',
			note: input.noSourceReason.trim(),
			custom: true
		}
	};
}

/** True when a line's amount comes from one of the draft's own items. */
export function isCustomLine(
	proposal: Pick<Proposal, 'customItems'>,
	priceItemId: string | null
): boolean {
	return priceItemId !== null && proposal.customItems.some((item) => item.id === priceItemId);
}
