/**
 * The wizard's steps and what each requires before the user may go forward. Problems are codes
 * with the field they concern; the UI turns them into Dutch sentences from the dictionary.
 */
import type { Proposal } from './schemas/proposal';

export const steps = [
	{ key: 'initiative', slug: 'initiatief' },
	{ key: 'costs', slug: 'kosten' },
	// Questions in the order people think: the item, then for how many, then A and B.
	{ key: 'reach', slug: 'doelgroep' },
	{ key: 'chanceContribution', slug: 'kans-en-bijdrage' },
	{ key: 'review', slug: 'controleren' },
	{ key: 'result', slug: 'resultaat' }
] as const;
export type StepKey = (typeof steps)[number]['key'];
export type StepSlug = (typeof steps)[number]['slug'];

/** Query parameter of a "Wijzigen" link: the step to return to once the answer is changed. */
export const RETURN_PARAM = 'terug';

export function stepBySlug(slug: string) {
	return steps.find((step) => step.slug === slug);
}

export function stepIndex(key: StepKey): number {
	return steps.findIndex((step) => step.key === key);
}

/** What kind of value a number field takes; decides the message when its text does not parse. */
export type NumberKind = 'wholeNumber' | 'euros' | 'percent' | 'repeatYears' | 'year';

/** Text typed into a number field that is not (yet) a valid value, kept so nothing is lost. */
export interface PendingText {
	readonly text: string;
	readonly kind: NumberKind;
	readonly step: StepKey;
	/**
	 * Why a number that parses is kept aside rather than stored: its other half is missing (a
	 * group size without a share, or the other way round), or it would put a range's end on the
	 * wrong side of the answer. Absent: the text is not a valid number.
	 */
	readonly problem?: PendingProblem;
}

export type PendingProblem = 'needsShare' | 'needsGroupSize' | 'rangeExcludesAnswer';

export type ProblemCode =
	'required' | 'noLines' | 'chooseLevel' | NumberKind | PendingProblem | 'endBeforeStart';

export interface Problem {
	/** The id of the form field, so the error summary can link to it. */
	readonly fieldId: string;
	/** Which field, as a key of the dictionary's field labels. */
	readonly field: string;
	readonly code: ProblemCode;
	/** For line fields: the line's position (1-based) and name. */
	readonly line?: { readonly position: number; readonly name: string };
}

/** Ids of line fields, shared by the step components and the validation. */
export const lineFieldId = (lineId: string, field: string) => `regel-${lineId}-${field}`;

export function validateStep(
	step: StepKey,
	proposal: Proposal,
	pending: Readonly<Record<string, PendingText>>
): Problem[] {
	const problems: Problem[] = [];
	for (const [fieldId, entry] of Object.entries(pending)) {
		if (entry.step !== step) continue;
		const line = proposal.lines.findIndex((candidate) =>
			fieldId.startsWith(`regel-${candidate.id}-`)
		);
		problems.push({
			fieldId,
			// Line ids may contain hyphens (imported drafts), so cut the known prefix off.
			field: line >= 0 ? fieldId.slice(lineFieldId(proposal.lines[line]!.id, '').length) : fieldId,
			code: entry.problem ?? entry.kind,
			...(line >= 0 ? { line: { position: line + 1, name: proposal.lines[line]!.name } } : {})
		});
	}
	const taken = new Set(problems.map((problem) => problem.fieldId));
	const add = (problem: Problem) => {
		if (!taken.has(problem.fieldId)) problems.push(problem);
	};

	if (step === 'initiative') {
		if (proposal.title.trim() === '') add({ fieldId: 'title', field: 'title', code: 'required' });
		if (proposal.subsidyCents === null)
			add({ fieldId: 'subsidy', field: 'subsidy', code: 'required' });
		if (proposal.periodStart && proposal.periodEnd && proposal.periodEnd < proposal.periodStart) {
			add({ fieldId: 'periodEnd', field: 'periodEnd', code: 'endBeforeStart' });
		}
	}
	if (step === 'costs' && proposal.lines.length === 0) {
		add({ fieldId: 'zoek-prijslijst', field: 'lines', code: 'noLines' });
	}
	if (step === 'reach') {
		proposal.lines.forEach((line, index) => {
			if (line.count === null)
				add({
					fieldId: lineFieldId(line.id, 'persons'),
					field: 'persons',
					code: 'required',
					line: { position: index + 1, name: line.name }
				});
		});
	}
	if (step === 'chanceContribution') {
		proposal.lines.forEach((line, index) => {
			const where = { position: index + 1, name: line.name };
			if (line.chance === null) {
				add({
					fieldId: lineFieldId(line.id, 'chance'),
					field: 'chance',
					code: 'chooseLevel',
					line: where
				});
			}
			if (line.contribution === null) {
				add({
					fieldId: lineFieldId(line.id, 'contribution'),
					field: 'contribution',
					code: 'chooseLevel',
					line: where
				});
			}
		});
	}
	return problems;
}

/** The first step before `step` that still has problems, if any: later steps build on it. */
export function firstIncompleteStep(
	proposal: Proposal,
	pending: Readonly<Record<string, PendingText>>,
	before: StepKey
): StepKey | null {
	for (const { key } of steps.slice(0, stepIndex(before))) {
		if (validateStep(key, proposal, pending).length > 0) return key;
	}
	return null;
}
