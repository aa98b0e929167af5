/** Form fields read typed numbers as the active language writes them ("1.250,50" or "1,250.50"). */
import { parseNumberInput as parseNumberAs } from '$lib/domain/number-input';
import type { NumberKind } from '$lib/domain/wizard';
import { fields } from './format';

/** A typed number: the value (cents for euros), null when empty, or 'invalid'. */
export const parseNumberInput = (kind: NumberKind, input: string) =>
	parseNumberAs(kind, input, fields);
