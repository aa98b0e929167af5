import { describe, expect, it } from 'vitest';
import { calculate } from '$lib/domain/calculation';
import { parseNumberInput } from '$lib/domain/number-input';
import { breakEvenReach, preventionSplit } from '$lib/domain/result-details';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import { firstIncompleteStep, validateStep } from '$lib/domain/wizard';

const now = new Date('2026-11-22T10:00:00Z');

function proposal(patch: Partial<Proposal> = {}): Proposal {
	return { ...emptyProposal('p1', now), ...patch };
}

const line = {
	id: 'l1',
	priceItemId: 'verpleeghuiszorg',
	name: 'Verpleeghuiszorg',
	unit: 'per persoon per jaar',
	amountCents: 5_475_000,
	priceYear: 2019,
	kind: 'cost' as const,
	lowCents: null,
	highCents: null,
	count: { kind: 'direct' as const, persons: 1 },
	chance: 'maybe' as const,
	contribution: null,
	recurrence: 'yearly' as const,
	costHolder: 'Zorgkantoor (Wlz)',
	justification: '',
	reviewerRemark: ''
};

describe('reading numbers typed in Dutch', () => {
	it('reads whole numbers with thousands dots and refuses fractions and text', () => {
		expect(parseNumberInput('wholeNumber', '1.250')).toBe(1250);
		expect(parseNumberInput('wholeNumber', '12')).toBe(12);
		expect(parseNumberInput('wholeNumber', '')).toBeNull();
		expect(parseNumberInput('wholeNumber', '2,5')).toBe('invalid');
		expect(parseNumberInput('wholeNumber', '-3')).toBe('invalid');
		expect(parseNumberInput('wholeNumber', 'tien')).toBe('invalid');
	});

	it('reads euro amounts into cents', () => {
		expect(parseNumberInput('euros', '48.500')).toBe(4_850_000);
		expect(parseNumberInput('euros', '€ 48.500,50')).toBe(4_850_050);
		expect(parseNumberInput('euros', '-5')).toBe('invalid');
	});

	it('reads percentages and repeat years within their bounds', () => {
		expect(parseNumberInput('percent', '90%')).toBe(90);
		expect(parseNumberInput('percent', '101')).toBe('invalid');
		expect(parseNumberInput('repeatYears', '10')).toBe(10);
		expect(parseNumberInput('repeatYears', '11')).toBe('invalid');
	});
});

describe('step validation', () => {
	it('asks for a title and a subsidy before leaving the first step', () => {
		const problems = validateStep('initiative', proposal(), {});
		expect(problems.map((problem) => [problem.fieldId, problem.code])).toEqual([
			['title', 'required'],
			['subsidy', 'required']
		]);
		expect(validateStep('initiative', proposal({ title: 'Maatjes', subsidyCents: 0 }), {})).toEqual(
			[]
		);
	});

	it('reports text that is not a number once, in place of a missing value', () => {
		const problems = validateStep('initiative', proposal({ title: 'Maatjes' }), {
			subsidy: { text: 'veel', kind: 'euros', step: 'initiative' }
		});
		expect(problems).toEqual([{ fieldId: 'subsidy', field: 'subsidy', code: 'euros' }]);
	});

	it('names the field of a line whose id has hyphens (as imported drafts may)', () => {
		const id = '0b6c3a52-9d1e-4c1f';
		const problems = validateStep('reach', proposal({ lines: [{ ...line, id }] }), {
			[`regel-${id}-persons`]: { text: 'veel', kind: 'wholeNumber', step: 'reach' }
		});
		expect(problems.map((problem) => problem.field)).toEqual(['persons']);
	});

	it('refuses an end date before the start date', () => {
		const problems = validateStep(
			'initiative',
			proposal({ title: 'x', subsidyCents: 1, periodStart: '2027-01-01', periodEnd: '2026-12-31' }),
			{}
		);
		expect(problems.map((problem) => problem.code)).toEqual(['endBeforeStart']);
	});

	it('needs a cost line, then both questions answered on every line', () => {
		expect(validateStep('costs', proposal(), {})[0]?.code).toBe('noLines');
		const problems = validateStep('chanceContribution', proposal({ lines: [line] }), {});
		expect(problems).toEqual([
			{
				fieldId: 'regel-l1-contribution',
				field: 'contribution',
				code: 'chooseLevel',
				line: { position: 1, name: 'Verpleeghuiszorg' }
			}
		]);
	});

	it('names the first earlier step that is incomplete', () => {
		expect(firstIncompleteStep(proposal(), {}, 'result')).toBe('initiative');
		const ready = proposal({
			title: 'x',
			subsidyCents: 100,
			lines: [{ ...line, contribution: 'likely' }]
		});
		expect(firstIncompleteStep(ready, {}, 'result')).toBeNull();
	});
});

describe('break-even reach', () => {
	it('rounds the people needed up', () => {
		const result = calculate(
			proposal({ subsidyCents: 3_000_000, lines: [{ ...line, contribution: 'likely' }] })
		);
		// total 36,217.125 euro for a target group of 10 people: 30,000 / 3,621.7125 = 8.28... -> 9
		expect(breakEvenReach(result, 3_000_000, 10)).toBe(9n);
		expect(breakEvenReach(result, 3_000_000, null)).toBeNull();
		expect(breakEvenReach(calculate(proposal()), 3_000_000, 10)).toBe('never');
	});
});

describe('prevention against intervention', () => {
	it('splits the total by the chance level of each line', () => {
		const result = calculate(
			proposal({
				lines: [
					{ ...line, contribution: 'certain' },
					{ ...line, id: 'l2', chance: 'certain', contribution: 'certain', recurrence: 'oneOff' }
				]
			})
		);
		const split = preventionSplit(result);
		// 54,750 x 35 % x 90 % x 3 and 54,750 x 100 % x 90 %
		expect(split.prevention).toBe(5_475_000n * 100n * 35n * 100n * 90n * 3n);
		expect(split.intervention).toBe(5_475_000n * 100n * 100n * 100n * 90n);
		expect(split.prevention + split.intervention).toBe(result.total);
	});
});
