/**
 * Reads the custom-item form into a price item, with the same schema that export and import use.
 * Loaded when the user adds an item, so the wizard does not load the validator up front.
 */
import type { CustomItemField, CustomItemInput, CustomItemProblem } from './custom-item';
import { parseDutchEuros } from './money';
import { priceItemSchema, type PriceItem } from './price-list/price-item';
import { MAX_CENTS } from './schemas/common';
import { yearLimits } from './schemas/limits';

const year = (text: string) => {
	const value = /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null;
	return value !== null && value >= yearLimits.min && value <= yearLimits.max ? value : null;
};

/** Which form field a schema path of the item comes from. */
const fieldOfPath: Record<string, CustomItemField> = {
	name: 'name',
	description: 'description',
	unit: 'unit',
	amountCents: 'amount',
	priceYear: 'priceYear',
	costHolder: 'costHolder',
	note: 'noSourceReason'
};
const fieldOfSource: Record<string, CustomItemField> = {
	title: 'sourceTitle',
	year: 'sourceYear',
	link: 'sourceLink'
};

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
	else if (cents > BigInt(MAX_CENTS)) problems.push({ field: 'amount', code: 'tooLarge' });
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
	const item: PriceItem = {
		id,
		name: input.name.trim(),
		description: input.description.trim(),
		unit: input.unit.trim(),
		// A cost the activity causes is stored as a negative amount: it is subtracted, never saved.
		amountCents: input.direction === 'caused' ? -Number(cents) : Number(cents),
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
	};
	// The same schema that export and import use: what is accepted here always travels.
	const checked = priceItemSchema.safeParse(item);
	if (checked.success) return { ok: true, item: checked.data };
	const found = new Map<CustomItemField, CustomItemProblem>();
	for (const issue of checked.error.issues) {
		const [key, sub] = issue.path;
		const field =
			key === 'source' ? fieldOfSource[String(sub)] : (fieldOfPath[String(key)] ?? 'name');
		if (field && !found.has(field))
			found.set(field, { field, code: issue.code === 'too_big' ? 'tooLong' : 'required' });
	}
	return { ok: false, problems: [...found.values()] };
}
