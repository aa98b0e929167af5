/** Dutch sentences for a refused import, naming where in the file each problem is. */
import type { ImportIssue } from '$lib/domain/exchange/import-file';
import { t } from '$lib/i18n';
import type { ImportProblem } from '$lib/state/drafts-overview.svelte';

export function issuePath(path: readonly (string | number)[]): string {
	const words: string[] = [];
	for (const key of path) {
		if (typeof key === 'number')
			words[words.length - 1] = `${words.at(-1) ?? ''} ${key + 1}`.trim();
		else {
			const name = t.drafts.pathNames[key] ?? key;
			if (name) words.push(name);
		}
	}
	return words.join(' › ');
}

export function issueMessage(issue: ImportIssue): string {
	const describe =
		t.drafts.issue[issue.code as keyof typeof t.drafts.issue] ?? t.drafts.issue.other;
	const detail =
		issue.code === 'invalid_type'
			? (t.drafts.typeNames[issue.detail ?? ''] ?? issue.detail)
			: issue.detail;
	return `${issuePath(issue.path)}: ${describe(detail ?? '')}`;
}

export function problemSummary(problem: ImportProblem): string {
	const reasons = t.drafts.importReasons;
	switch (problem.reason) {
		case 'newerVersion':
			return reasons.newerVersion(String(problem.version));
		case 'unknownVersion':
			return reasons.unknownVersion(String(problem.version));
		default:
			return reasons[problem.reason];
	}
}
