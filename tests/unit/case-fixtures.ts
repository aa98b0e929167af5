/** Described cases and their lines for the unit tests: every field given, changed where it matters. */
import type { DescribedCase } from '$lib/domain/schemas/described-case';
import type { EffectLine } from '$lib/domain/schemas/effect-line';

export function line(
	fields: Partial<EffectLine> & Pick<EffectLine, 'id' | 'amountCents'>
): EffectLine {
	return {
		priceItemId: null,
		name: 'Verpleeghuiszorg',
		unit: 'per persoon per jaar',
		priceYear: 2025,
		kind: 'cost',
		count: { kind: 'direct', persons: 1 },
		lowCents: null,
		highCents: null,
		chance: 'certain',
		contribution: 'certain',
		recurrence: 'yearly',
		costHolder: 'Gemeente - volwassenen',
		justification: '',
		reviewerRemark: '',
		countRange: null,
		chanceRange: null,
		contributionRange: null,
		...fields
	};
}

export function described(
	id: string,
	unit: string,
	multiplier: number,
	lines: EffectLine[],
	date = '2025-03-14'
): DescribedCase {
	return { id, unit, date, description: '', multiplier, lines, createdAt: '', updatedAt: '' };
}

/** A year's settings as a team enters them: its subsidy, a 90 % margin, two repeat years, one unit. */
export const yearSettings2025 = {
	year: 2025,
	subsidyCents: 229_000_000,
	settings: { safetyPercent: 90, repeatYears: 2 },
	unitFte: { Buurtcoach: 450 }
};
