/**
 * The drafts overview's import of exchange files: every chosen file is validated before anything
 * is stored, a proposal that is already stored waits for the user's choice (keep both or replace),
 * and what was stored is told back, with each handed-in proposal checked against its fingerprint.
 */
import type { ExchangeDraft } from '$lib/domain/exchange/file-format';
import type { ImportResult } from '$lib/domain/exchange/import-file';
import type { AppStorage } from '$lib/storage';
import { handInChecks, readChosenFiles, type ChosenFile, type ImportedHandIn } from './draft-files';

export interface PendingImport {
	readonly drafts: ExchangeDraft[];
	/** Ids in the file that already exist here: the user chooses keep both or replace. */
	readonly conflicts: string[];
}

export type ImportProblem =
	| Exclude<ImportResult, { ok: true }>
	| { ok: false; reason: 'storage' }
	| { ok: false; reason: 'sameProposalTwice'; title: string };

/** Where the import stores, and what is stored there already. */
export interface ImportTarget {
	/** The ids of every stored draft (once all are listed, not only the newest page). */
	storedIds(): Promise<ReadonlySet<string>>;
	drafts(): Promise<AppStorage['drafts']>;
}

export class DraftImport {
	pendingImport = $state.raw<PendingImport | null>(null);
	importProblem = $state.raw<ImportProblem | null>(null);
	imported = $state<number | null>(null);
	/** The titles of what the last import stored, for its confirmation. */
	importedTitles = $state.raw<string[]>([]);
	/** For each imported proposal that was handed in: whether it still holds what was handed in. */
	importedHandIns = $state.raw<ImportedHandIn[]>([]);
	/** With several files chosen: the one the import problem is in. */
	importFileName = $state<string | null>(null);

	constructor(private readonly target: ImportTarget) {}

	/**
	 * Reads several files at once. Every file is validated first; if one is refused, none is
	 * stored and the problem names that file. A proposal in two of the files is refused too.
	 */
	async readImports(files: readonly ChosenFile[]): Promise<void> {
		this.importProblem = null;
		this.importFileName = null;
		this.imported = null;
		this.pendingImport = null;
		const read = await readChosenFiles(files);
		if (!read.ok) {
			this.importProblem = read.problem;
			this.importFileName = read.fileName;
			return;
		}
		const drafts = read.drafts;
		// Conflicts are told against every stored draft.
		const existing = await this.target.storedIds();
		const conflicts = drafts.map((draft) => draft.proposal.id).filter((id) => existing.has(id));
		this.pendingImport = { drafts, conflicts };
		if (conflicts.length === 0) await this.finishImport('keepBoth');
	}

	async finishImport(choice: 'keepBoth' | 'replace' | 'cancel'): Promise<void> {
		const pending = this.pendingImport;
		this.pendingImport = null;
		if (!pending || choice === 'cancel') return;
		const conflicts = new Set(pending.conflicts);
		const { withCarriedItems } = await import('$lib/domain/exchange/carried-items');
		const proposals = pending.drafts.map((draft) => {
			const proposal = withCarriedItems(draft);
			return choice === 'keepBoth' && conflicts.has(proposal.id)
				? { ...proposal, id: crypto.randomUUID() }
				: proposal;
		});
		try {
			await (await this.target.drafts()).putMany(proposals);
		} catch {
			// A full disk or a closed database: the transaction stored nothing.
			this.importProblem = { ok: false, reason: 'storage' };
			return;
		}
		this.importedHandIns = await handInChecks(pending.drafts);
		this.importedTitles = proposals.map((proposal) => proposal.title);
		this.imported = proposals.length;
	}
}
