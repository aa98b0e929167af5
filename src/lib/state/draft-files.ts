/**
 * The drafts overview's file work: reading chosen exchange files (every one validated before
 * anything is stored), checking handed-in proposals in them against their fingerprint, and
 * clearing a deleted draft's journal. The readers and the journal load only when used.
 */
import type { ExchangeDraft } from '$lib/domain/exchange/file-format';
import type { ImportProblem } from './draft-import.svelte';

/** A chosen file, as read from disk. */
export interface ChosenFile {
	readonly name: string;
	readonly text: string;
	readonly size: number;
}

/**
 * Reads every chosen file; if one is refused, the problem names that file (when there are
 * several). A proposal in two of the files is refused too.
 */
export async function readChosenFiles(
	files: readonly ChosenFile[]
): Promise<
	| { ok: true; drafts: ExchangeDraft[] }
	| { ok: false; problem: ImportProblem; fileName: string | null }
> {
	const drafts: ExchangeDraft[] = [];
	const { readExchangeFile } = await import('$lib/domain/exchange/import-file');
	for (const file of files) {
		const result = readExchangeFile(file.text, file.size);
		if (!result.ok)
			return { ok: false, problem: result, fileName: files.length > 1 ? file.name : null };
		drafts.push(...result.drafts);
	}
	const seen = new Set<string>();
	for (const { proposal } of drafts) {
		if (seen.has(proposal.id)) {
			const problem: ImportProblem = {
				ok: false,
				reason: 'sameProposalTwice',
				title: proposal.title
			};
			return { ok: false, problem, fileName: null };
		}
		seen.add(proposal.id);
	}
	return { ok: true, drafts };
}

/** Clears the journal of a draft that is deleted on purpose. */
export async function forgetJournal(id: string): Promise<void> {
	const { LocalJournal } = await import('$lib/storage/journal');
	new LocalJournal().clear(id);
}

export interface ImportedHandIn {
	title: string;
	kind: 'unchanged' | 'changed';
	number: number;
	/** The fingerprint shortened for the eye (shortFingerprint). */
	short: string;
}

/** Checks each handed-in draft of a file against its last hand-in, with the items it carried. */
export async function handInChecks(drafts: readonly ExchangeDraft[]): Promise<ImportedHandIn[]> {
	const checks: ImportedHandIn[] = [];
	if (drafts.every(({ proposal }) => proposal.handIns.length === 0)) return checks;
	const { checkHandIn, shortFingerprint, usedPriceItems } =
		await import('$lib/domain/hand-in/hand-in');
	for (const { proposal, priceItems } of drafts) {
		const find = (id: string) => priceItems.find((item) => item.id === id);
		const check = await checkHandIn(proposal, usedPriceItems(proposal, find));
		if (check.kind === 'never') continue;
		const { number, fingerprint } = check.handIn;
		checks.push({
			title: proposal.title,
			kind: check.kind,
			number,
			short: shortFingerprint(fingerprint)
		});
	}
	return checks;
}
