/**
 * A user's own price item. It needs a source, or a written reason why there is none, and is
 * marked custom wherever it appears. The form is read and checked in custom-item-reader.ts.
 */
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
	/** Avoided (a saving) or caused: a cost the activity brings, such as extra care. */
	direction: 'avoided' | 'caused';
	sourceTitle: string;
	sourceYear: string;
	sourceLink: string;
	noSourceReason: string;
}

export type CustomItemField = keyof CustomItemInput;
export type CustomItemProblem = {
	readonly field: CustomItemField;
	readonly code: 'required' | 'euros' | 'tooLarge' | 'year' | 'sourceOrReason' | 'tooLong';
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
		direction: 'avoided',
		sourceTitle: '',
		sourceYear: '',
		sourceLink: '',
		noSourceReason: ''
	};
}

/** True when a line's amount comes from one of the draft's own items. */
export function isCustomLine(
	proposal: Pick<Proposal, 'customItems'>,
	priceItemId: string | null
): boolean {
	return priceItemId !== null && proposal.customItems.some((item) => item.id === priceItemId);
}
