/** Dutch sentences for a refused import, naming where in the file each problem is. */
import type { ImportIssue, VersionSeen } from '$lib/domain/exchange/import-file';
import { formatCount } from '$lib/i18n/format';
import { t } from '$lib/i18n';
import { fileProblemsText } from '$lib/i18n/file-problems';
import type { ImportProblem } from '$lib/state/drafts-overview.svelte';

const pathNames = fileProblemsText.pathNames;

/** "voorstel 2 › regel 1 › aantal"; a key the dictionary does not know is called "veld". */
export function issuePath(path: readonly (string | number)[]): string {
	const words: string[] = [];
	for (const key of path) {
		if (typeof key === 'number')
			words[words.length - 1] = `${words.at(-1) ?? ''} ${key + 1}`.trim();
		else {
			const name = Object.hasOwn(pathNames, key) ? pathNames[key]! : t.drafts.unknownField;
			if (name) words.push(name);
		}
	}
	return words.join(' › ') || fileProblemsText.wholeFile;
}

export function issueMessage(issue: ImportIssue): string {
	const where = issuePath(issue.path);
	if (issue.code === 'rule') {
		const rules = fileProblemsText.rules;
		return `${where}: ${Object.hasOwn(rules, issue.detail ?? '') ? rules[issue.detail!] : fileProblemsText.issue.other!('')}`;
	}
	const issues = fileProblemsText.issue;
	// Too long is not damaged: name the limit and how many there are.
	if (issue.code === 'too_big_array' && issue.actual !== undefined) {
		const limit = formatCount(Number(issue.detail));
		const actual = formatCount(issue.actual);
		return issue.path.at(-1) === 'lines'
			? t.drafts.tooManyLines(limit, actual)
			: `${where}: ${t.drafts.tooManyItems(limit, actual)}`;
	}
	const describe = Object.hasOwn(issues, issue.code) ? issues[issue.code]! : issues.other!;
	const typeNames = fileProblemsText.typeNames;
	const detail =
		issue.code === 'invalid_type'
			? Object.hasOwn(typeNames, issue.detail ?? '')
				? typeNames[issue.detail!]!
				: fileProblemsText.typeNames.other!
			: (issue.detail ?? '');
	return `${where}: ${describe(detail)}`;
}

export function versionText(version: VersionSeen): string {
	return 'text' in version ? version.text : fileProblemsText.versionSeen[version.kind];
}

export function problemSummary(problem: ImportProblem): string {
	const reasons = fileProblemsText.importReasons;
	switch (problem.reason) {
		case 'newerVersion':
			return reasons.newerVersion(versionText(problem.version));
		case 'unknownVersion':
			return reasons.unknownVersion(versionText(problem.version));
		case 'sameProposalTwice':
			return reasons.sameProposalTwice(problem.title.trim() || t.drafts.untitled);
		default:
			return reasons[problem.reason];
	}
}
