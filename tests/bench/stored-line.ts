/** A drawn line made into a whole stored line (a price-list item of 2019), for the benches. */
import type { CalculationInput } from '$lib/domain/calculation';

export function storedLine(line: CalculationInput['lines'][number], position: number) {
	return {
		...line,
		id: `l${position}`,
		priceItemId: 'verpleeghuiszorg',
		name: 'Verpleeghuiszorg',
		unit: 'per persoon per jaar',
		priceYear: 2019,
		kind: 'cost' as const,
		lowCents: null,
		highCents: null,
		justification: 'Onderbouwing van deze regel.',
		reviewerRemark: ''
	};
}
