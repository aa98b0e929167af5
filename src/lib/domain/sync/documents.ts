/**
 * The documents that travel when sync is on (CouchDB replication): a snapshot of a handed-in
 * proposal, written by the organisation, and a review of it, written by a reviewer. Both are
 * append-only: never changed, a newer one is added. Whatever is received is read here, by the
 * same schemas and the same proposal migration chain as an imported file, before it is stored or
 * shown; what fails is set aside with its reason, never trusted.
 */
import { z } from 'zod/mini';
import { handedInContent, fingerprintOf } from '../hand-in/hand-in';
import type { PriceItem } from '../price-list/price-item';
import { priceItemSchema } from '../price-list/price-item';
import { CURRENT_PROPOSAL_VERSION, migrateProposal } from '../proposal-versions';
import { idSchema } from '../schemas/common';
import { handInSchema, type HandIn } from '../schemas/hand-in';
import { textLimits } from '../schemas/limits';
import { proposalSchema, type Proposal } from '../schemas/proposal';
import { proposalStatuses, reviewVerdicts } from '../schemas/proposal-status';
import { zodIssues, type ImportIssue } from '../zod-issues';
import { withCarriedItems } from '../exchange/carried-items';

export const snapshotDocId = (proposalId: string, number: number) =>
	`snapshot:${proposalId}:${String(number).padStart(4, '0')}`;

const organisationCode = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,59}$/));

const snapshotEnvelope = z.object({
	_id: z.string().check(z.maxLength(200)),
	kind: z.literal('snapshot'),
	organisation: organisationCode,
	submittedBy: z.string().check(z.maxLength(200)),
	proposalId: idSchema,
	number: handInSchema.shape.number,
	handedInAt: handInSchema.shape.handedInAt,
	author: handInSchema.shape.author,
	fingerprint: handInSchema.shape.fingerprint,
	proposalVersion: z.int().check(z.gte(1), z.lte(CURRENT_PROPOSAL_VERSION)),
	content: z.object({
		proposal: z.record(z.string(), z.unknown()),
		priceItems: z.array(z.unknown()).check(z.maxLength(500))
	})
});
export type SnapshotDocument = z.infer<typeof snapshotEnvelope>;

/** The snapshot document of a hand-in, as the organisation writes it. */
export function snapshotDocument(
	proposal: Proposal,
	priceItems: readonly PriceItem[],
	handIn: HandIn,
	submittedBy: string
): SnapshotDocument {
	return {
		_id: snapshotDocId(proposal.id, handIn.number),
		kind: 'snapshot',
		organisation: handIn.organisation,
		submittedBy,
		proposalId: proposal.id,
		number: handIn.number,
		handedInAt: handIn.handedInAt,
		author: handIn.author,
		fingerprint: handIn.fingerprint,
		proposalVersion: CURRENT_PROPOSAL_VERSION,
		content: handedInContent(proposal, priceItems) as SnapshotDocument['content']
	};
}

export const reviewDocumentSchema = z.object({
	_id: z.string().check(z.maxLength(200)),
	kind: z.literal('review'),
	organisation: organisationCode,
	proposalId: idSchema,
	snapshotNumber: handInSchema.shape.number,
	reviewer: z.string().check(z.minLength(1), z.maxLength(200)),
	at: z.iso.datetime(),
	status: z.enum(proposalStatuses),
	verdict: z.nullable(z.enum(reviewVerdicts)),
	verdictReason: z.string().check(z.maxLength(textLimits.verdictReason)),
	remarks: z.string().check(z.maxLength(textLimits.reviewerRemarks)),
	lineRemarks: z.record(idSchema, z.string().check(z.maxLength(textLimits.lineRemark)))
});
export type ReviewDocument = z.infer<typeof reviewDocumentSchema>;

/** A review of the proposal as the reviewer has it now (status, verdict, remarks), to send. */
export function reviewDocument(
	proposal: Proposal,
	reviewer: string,
	now: Date,
	id: string
): ReviewDocument {
	const last = proposal.handIns.at(-1);
	return {
		_id: `review:${proposal.id}:${id}`,
		kind: 'review',
		organisation: last?.organisation ?? '',
		proposalId: proposal.id,
		snapshotNumber: last?.number ?? 1,
		reviewer,
		at: now.toISOString(),
		status: proposal.status,
		verdict: proposal.verdict,
		verdictReason: proposal.verdictReason,
		remarks: proposal.reviewerRemarks,
		lineRemarks: Object.fromEntries(
			proposal.lines
				.filter((line) => line.reviewerRemark.trim() !== '')
				.map((line) => [line.id, line.reviewerRemark])
		)
	};
}

/** A snapshot as received and read: the proposal as it was handed in, at the current shape. */
export interface ReceivedSnapshot {
	id: string;
	organisation: string;
	submittedBy: string;
	handIn: HandIn;
	proposal: Proposal;
	priceItems: PriceItem[];
}

export type AsideReason =
	{ kind: 'invalid'; issues: ImportIssue[] } | { kind: 'tampered' } | { kind: 'wrongPlace' };

export type Received =
	| { ok: true; kind: 'snapshot'; snapshot: ReceivedSnapshot }
	| { ok: true; kind: 'review'; review: ReviewDocument }
	| { ok: false; id: string; title: string; reason: AsideReason };

const titleOf = (doc: unknown): string => {
	const proposal = (doc as { content?: { proposal?: { title?: unknown } } })?.content?.proposal;
	return typeof proposal?.title === 'string' ? proposal.title.slice(0, 200) : '';
};

/**
 * Reads one document received from an organisation's database (`organisation`): validated,
 * fingerprint checked, migrated. Design documents and anything else are for the caller to skip.
 */
export async function readReceived(doc: unknown, organisation: string): Promise<Received> {
	const id = String((doc as { _id?: unknown })?._id ?? '').slice(0, 200);
	const kind = (doc as { kind?: unknown })?.kind;
	if (kind === 'review') {
		const review = reviewDocumentSchema.safeParse(doc);
		if (!review.success)
			return {
				ok: false,
				id,
				title: '',
				reason: { kind: 'invalid', issues: zodIssues(review.error, doc) }
			};
		if (review.data.organisation !== organisation)
			return { ok: false, id, title: '', reason: { kind: 'wrongPlace' } };
		return { ok: true, kind: 'review', review: review.data };
	}
	const title = titleOf(doc);
	const envelope = snapshotEnvelope.safeParse(doc);
	if (!envelope.success)
		return {
			ok: false,
			id,
			title,
			reason: { kind: 'invalid', issues: zodIssues(envelope.error, doc) }
		};
	const raw = envelope.data;
	if (raw.organisation !== organisation || raw._id !== snapshotDocId(raw.proposalId, raw.number))
		return { ok: false, id, title, reason: { kind: 'wrongPlace' } };
	// The fingerprint is checked on the content exactly as it was sent, before any migration.
	const handIn: HandIn = {
		number: raw.number,
		handedInAt: raw.handedInAt,
		author: raw.author,
		organisation: raw.organisation,
		fingerprint: raw.fingerprint
	};
	const fingerprint = await fingerprintOf(handIn, raw.proposalId, raw.content);
	if (fingerprint !== raw.fingerprint)
		return { ok: false, id, title, reason: { kind: 'tampered' } };
	const migrated = migrateProposal(raw.content.proposal, raw.proposalVersion) as Record<
		string,
		unknown
	>;
	const proposal = proposalSchema.safeParse({
		...migrated,
		id: raw.proposalId,
		status: 'submitted',
		updatedAt: raw.handedInAt,
		handIns: []
	});
	const items = z.array(priceItemSchema).safeParse(raw.content.priceItems);
	if (!proposal.success)
		return { ok: false, id, title, reason: { kind: 'invalid', issues: zodIssues(proposal.error) } };
	if (!items.success)
		return { ok: false, id, title, reason: { kind: 'invalid', issues: zodIssues(items.error) } };
	return {
		ok: true,
		kind: 'snapshot',
		snapshot: {
			id,
			organisation,
			submittedBy: raw.submittedBy,
			handIn,
			// An item of the organisation's own list is kept with the proposal, as an import does.
			proposal: withCarriedItems({ proposal: proposal.data, priceItems: items.data }),
			priceItems: items.data
		}
	};
}
