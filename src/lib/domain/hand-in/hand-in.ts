/**
 * Handing a proposal in (indienen): a numbered, dated record with a SHA-256 fingerprint of what was
 * handed in, so that anyone holding the proposal later (a file, a replicated snapshot) can tell
 * whether it still holds exactly that.
 *
 * What is fingerprinted: the proposal without what the review adds, what moves on every save or
 * what is recorded after the period (status, updatedAt, verdict and its reason, the reviewer's
 * remarks, the hand-ins themselves, the realisation), plus the price items its lines use, sorted by
 * id, whichever list each came from, and the hand-in's own number, moment, author and
 * organisation; in the canonical JSON of canonical.ts. The draft's own items are covered there, as
 * used, rather than as a part of the proposal: a reader who keeps a carried item among the draft's
 * own (carried-items.ts) still holds what was handed in. Recording what actually happened leaves a
 * hand-in's fingerprint as it was.
 */
import type { PriceItem } from '../price-list/price-item';
import type { HandIn } from '../schemas/hand-in';
import type { Proposal } from '../schemas/proposal';
import { canonicalJson, sha256Hex } from './canonical';

export type FindItem = (id: string, proposal: Proposal) => PriceItem | undefined;

/** The price items a proposal's lines use, each once, in order of first use. */
export function usedPriceItems(proposal: Proposal, findItem: FindItem): PriceItem[] {
	const ids = [
		...new Set(proposal.lines.map((line) => line.priceItemId).filter((id) => id !== null))
	];
	return ids
		.map((id) => findItem(id, proposal))
		.filter((item): item is PriceItem => item !== undefined);
}

/** What a hand-in freezes: the drafter's proposal and the price items it uses. */
export interface HandedInContent {
	proposal: Record<string, unknown>;
	priceItems: readonly PriceItem[];
}

export function handedInContent(
	proposal: Proposal,
	priceItems: readonly PriceItem[]
): HandedInContent {
	const {
		status: _status,
		updatedAt: _updatedAt,
		verdict: _verdict,
		verdictReason: _reason,
		reviewerRemarks: _remarks,
		handIns: _handIns,
		customItems: _own,
		realisation: _realisation,
		...rest
	} = proposal;
	return {
		proposal: { ...rest, lines: rest.lines.map(({ reviewerRemark: _remark, ...line }) => line) },
		priceItems: [...priceItems].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
	};
}

type HandInMeta = Omit<HandIn, 'fingerprint'>;

/** The fingerprint of content handed in with this number, moment, author and organisation. */
export function fingerprintOf(meta: HandInMeta, proposalId: string, content: unknown) {
	const { number, handedInAt, author, organisation } = meta;
	return sha256Hex(
		canonicalJson({ proposalId, number, handedInAt, author, organisation, content })
	);
}

/** The next hand-in of a proposal as it is now. */
export async function nextHandIn(
	proposal: Proposal,
	priceItems: readonly PriceItem[],
	now: Date,
	organisation = ''
): Promise<HandIn> {
	const meta: HandInMeta = {
		number: (proposal.handIns.at(-1)?.number ?? 0) + 1,
		handedInAt: now.toISOString(),
		author: proposal.author,
		organisation
	};
	const content = handedInContent(proposal, priceItems);
	return { ...meta, fingerprint: await fingerprintOf(meta, proposal.id, content) };
}

/** Whether the proposal (with these price items) still holds what its last hand-in froze. */
export type HandInCheck = { kind: 'never' } | { kind: 'unchanged' | 'changed'; handIn: HandIn };

export async function checkHandIn(
	proposal: Proposal,
	priceItems: readonly PriceItem[]
): Promise<HandInCheck> {
	const handIn = proposal.handIns.at(-1);
	if (!handIn) return { kind: 'never' };
	const now = await fingerprintOf(handIn, proposal.id, handedInContent(proposal, priceItems));
	return { kind: now === handIn.fingerprint ? 'unchanged' : 'changed', handIn };
}

/** The first 12 hex digits in groups of four, upper case: enough to compare by eye ("3F2A 9C01 B7D4"). */
export function shortFingerprint(fingerprint: string): string {
	return (
		fingerprint
			.slice(0, 12)
			.toUpperCase()
			.match(/.{1,4}/g)
			?.join(' ') ?? ''
	);
}
