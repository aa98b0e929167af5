/**
 * What the sync takes into this browser's drafts, once every document has passed its checks: a
 * reviewer receives the hand-ins (a newer one replaces the proposal, keeping the reviewer's own
 * work), an organisation receives the reviews of its proposals.
 */
import type { ReceivedSnapshot, ReviewDocument } from '$lib/domain/sync/documents';
import {
	handInChanges,
	withNewerHandIn,
	withReviews,
	type HandInChanges
} from '$lib/domain/sync/merge';
import type { Proposal } from '$lib/domain/schemas/proposal';
import type { AppStorage } from '$lib/storage';

export type ChangesPerProposal = Record<
	string,
	{ from: number; to: number; changes: HandInChanges }
>;

/**
 * Stores the latest hand-in of each proposal (reading a draft only when its number is newer than
 * `taken` knows) and returns, per proposal handed in more than once, what the latest changed.
 */
export async function receiveHandIns(
	storage: AppStorage,
	snapshots: readonly ReceivedSnapshot[],
	taken: Map<string, number>
): Promise<ChangesPerProposal> {
	const perProposal = new Map<string, ReceivedSnapshot[]>();
	for (const snapshot of snapshots) {
		const list = perProposal.get(snapshot.proposal.id) ?? [];
		list.push(snapshot);
		perProposal.set(snapshot.proposal.id, list);
	}
	const fresh: Proposal[] = [];
	const changes: ChangesPerProposal = {};
	for (const [id, list] of perProposal) {
		const latest = list.at(-1)!;
		const previous = list.at(-2);
		if (previous)
			changes[id] = {
				from: previous.handIn.number,
				to: latest.handIn.number,
				changes: handInChanges(previous.proposal, latest.proposal)
			};
		if ((taken.get(id) ?? 0) >= latest.handIn.number) continue;
		const stored = await storage.drafts.get(id);
		const storedNumber = stored?.proposal.handIns.at(-1)?.number ?? 0;
		if (stored && storedNumber >= latest.handIn.number) {
			taken.set(id, storedNumber);
			continue;
		}
		const proposal = withNewerHandIn(
			stored?.proposal,
			latest.proposal,
			list.map((snapshot) => snapshot.handIn)
		);
		if (stored) {
			await storage.drafts.save(proposal, stored.revision);
			taken.set(id, latest.handIn.number);
		} else fresh.push(proposal);
	}
	if (fresh.length > 0) await storage.drafts.putMany(fresh);
	for (const proposal of fresh) taken.set(proposal.id, proposal.handIns.at(-1)!.number);
	return changes;
}

/** Merges the reviews into the organisation's drafts; `applied` holds the reviews already taken. */
export async function receiveReviews(
	storage: AppStorage,
	reviews: readonly ReviewDocument[],
	applied: Set<string>
): Promise<void> {
	const latest = new Map<string, ReviewDocument>();
	for (const review of reviews) latest.set(review.proposalId, review);
	for (const [proposalId, review] of latest) {
		if (applied.has(review._id)) continue;
		const stored = await storage.drafts.get(proposalId);
		if (stored) {
			const merged = withReviews(stored.proposal, reviews);
			await storage.drafts.save(
				{ ...merged, updatedAt: new Date().toISOString() },
				stored.revision
			);
		}
		applied.add(review._id);
	}
}
