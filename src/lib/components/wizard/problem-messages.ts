/** Dutch sentences for validation problems, naming the field (and the line, for line fields). */
import type { Problem } from '$lib/domain/wizard';
import { t } from '$lib/i18n';

export function problemMessage(problem: Problem): string {
	// The amount fields of a split are numbered per part; they share one label.
	const field = /^split-\d+-amount$/.test(problem.field) ? 'splitAmount' : problem.field;
	const label = t.fields[field as keyof typeof t.fields] ?? t.drafts.unknownField;
	const sentence = t.errors[problem.code](label);
	return problem.line
		? t.errors.linePrefix(problem.line.position, problem.line.name) + sentence
		: sentence;
}

export function messagesByField(problems: readonly Problem[]): Record<string, string> {
	return Object.fromEntries(problems.map((problem) => [problem.fieldId, problemMessage(problem)]));
}
