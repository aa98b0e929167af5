/**
 * Stored records (drafts and price lists in the browser's database, the journal of the last edit)
 * are treated like imported files: every read runs the record's migrations, then validates it, as
 * tldraw's tlschema does. A record that fails is reported, never passed on half-valid.
 */
import { z } from 'zod/mini';
import { priceItemSchema, type PriceItem } from './price-list/price-item';
import { effectLineSchema } from './schemas/effect-line';
import { listLimits } from './schemas/limits';
import { emptyProposal, proposalSchema, type Proposal } from './schemas/proposal';
import { zodIssues, type ImportIssue } from './zod-issues';
import { CURRENT_PROPOSAL_VERSION, migrateProposal, proposalVersions } from './proposal-versions';
import { currentRecordVersion, recordVersions, type RecordKind } from './record-versions';

export { currentRecordVersion, recordVersions, type RecordKind } from './record-versions';

type Json = Record<string, unknown>;

/** Records of version 1 held proposals of the shape the app wrote then. */
const namesItsProposal = (record: Json): Json => ({
	...record,
	proposalVersion: proposalVersions.Ranges
});

/** The record's own steps; the proposal inside is migrated by the proposal chain afterwards. */
export const recordMigrations: Record<RecordKind, Record<number, (record: Json) => Json>> = {
	draft: { [recordVersions.draft.Initial]: namesItsProposal },
	priceList: {},
	journal: { [recordVersions.journal.Initial]: namesItsProposal },
	templateSet: {},
	describedCase: {},
	caseYear: {}
};

/** Record kinds that hold a proposal, which the proposal chain brings to the current shape. */
const holdsProposal: Record<RecordKind, boolean> = {
	draft: true,
	priceList: false,
	journal: true,
	// Its file carries the proposals and their shape; readTemplateData runs the chain on them.
	templateSet: false,
	describedCase: false,
	caseYear: false
};

/** A stored draft that no longer validates: kept as it is, so it can be exported or repaired. */
export interface BrokenDraft {
	readonly id: string;
	readonly raw: unknown;
	readonly reason: 'newerVersion' | 'notARecord' | 'invalid';
	readonly issues: readonly ImportIssue[];
}

export type RecordRead<T> =
	| { readonly ok: true; readonly value: T }
	| { readonly ok: false; readonly reason: 'newerVersion' | 'notARecord' }
	| { readonly ok: false; readonly reason: 'invalid'; readonly issues: ImportIssue[] };

/** Runs the migrations from the record's version (absent: 1) to the current one, then validates. */
export function readRecord<T>(
	kind: RecordKind,
	raw: unknown,
	schema: z.ZodMiniType<T>,
	migrations = recordMigrations[kind],
	current = currentRecordVersion[kind]
): RecordRead<T> {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw))
		return { ok: false, reason: 'notARecord' };
	let record = raw as Json;
	const version = record.recordVersion ?? 1;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return { ok: false, reason: 'notARecord' };
	if (version > current) return { ok: false, reason: 'newerVersion' };
	for (let at = version; at < current; at++) {
		const step = migrations[at];
		if (!step) return { ok: false, reason: 'notARecord' };
		record = step(record);
	}
	if (holdsProposal[kind]) {
		const shape = record.proposalVersion;
		if (typeof shape !== 'number' || !Number.isInteger(shape) || shape < 1)
			return { ok: false, reason: 'notARecord' };
		if (shape > CURRENT_PROPOSAL_VERSION) return { ok: false, reason: 'newerVersion' };
		record = {
			...record,
			proposal: migrateProposal(record.proposal, shape),
			proposalVersion: CURRENT_PROPOSAL_VERSION
		};
	}
	const parsed = schema.safeParse({ ...record, recordVersion: current });
	return parsed.success
		? { ok: true, value: parsed.data }
		: { ok: false, reason: 'invalid', issues: zodIssues(parsed.error, record) };
}

export const storedDraftSchema = z.object({
	recordVersion: z.literal(currentRecordVersion.draft),
	proposalVersion: z.literal(CURRENT_PROPOSAL_VERSION),
	writeId: z.optional(z.string().check(z.maxLength(100))),
	id: z.string(),
	titleKey: z.string(),
	status: z.string(),
	updatedAt: z.string(),
	revision: z.int().check(z.gte(0)),
	proposal: proposalSchema
});
export type StoredDraftRecord = z.infer<typeof storedDraftSchema>;

export const storedPriceListSchema = z.object({
	recordVersion: z.literal(currentRecordVersion.priceList),
	id: z.string().check(z.minLength(1), z.maxLength(100)),
	name: z.string().check(z.maxLength(200)),
	version: z.string().check(z.maxLength(100)),
	loadedAt: z.string().check(z.maxLength(40)),
	items: z.array(priceItemSchema).check(z.maxLength(5000))
});
export type StoredPriceListRecord = z.infer<typeof storedPriceListSchema>;

/** The envelope of a stored template set; its file is read by readTemplateData. */
export const storedTemplateSetSchema = z.object({
	recordVersion: z.literal(currentRecordVersion.templateSet),
	id: z.string().check(z.minLength(1), z.maxLength(100)),
	fileName: z.string().check(z.maxLength(300)),
	loadedAt: z.string().check(z.maxLength(40)),
	file: z.record(z.string(), z.unknown())
});

export const journalEntrySchema = z.object({
	recordVersion: z.literal(currentRecordVersion.journal),
	proposalVersion: z.literal(CURRENT_PROPOSAL_VERSION),
	/** The stored revision the edit started from. */
	basedOn: z.int().check(z.gte(0)),
	/**
	 * The revision a save under way will write: if storage has it, that save was this tab's own
	 * (an older state of the same text), not another tab's.
	 */
	savingRevision: z._default(z.nullable(z.int().check(z.gte(0))), null),
	proposal: proposalSchema
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

/**
 * Rebuilds a valid proposal from a stored one that fails validation: every field that still
 * validates is kept, each line and own item that validates is kept, the rest is named in
 * `dropped` (dictionary keys of the field, or "lines 3" for the third line).
 */
export function repairProposal(raw: unknown, now: Date): { proposal: Proposal; dropped: string[] } {
	const source = (raw && typeof raw === 'object' ? raw : {}) as Json;
	const id =
		typeof source.id === 'string' && source.id.length > 0 && source.id.length <= 100
			? source.id
			: crypto.randomUUID();
	const proposal = emptyProposal(id, now) as Json;
	const dropped: string[] = [];
	const shape = proposalSchema.shape;
	for (const [key, fieldSchema] of Object.entries(shape)) {
		if (key === 'id' || !(key in source)) continue;
		if (key === 'lines' || key === 'customItems') continue;
		const parsed = (fieldSchema as z.ZodMiniType).safeParse(source[key]);
		if (parsed.success) proposal[key] = parsed.data;
		else dropped.push(key);
	}
	const keepValid = <T>(
		key: 'lines' | 'customItems',
		schema: z.ZodMiniType<T>,
		idOf: (v: T) => string
	) => {
		const list = Array.isArray(source[key]) ? (source[key] as unknown[]) : [];
		if (key in source && !Array.isArray(source[key])) dropped.push(key);
		const seen = new Set<string>();
		const kept: T[] = [];
		list.forEach((entry, index) => {
			const parsed = schema.safeParse(entry);
			// Past the limit (a draft that is too long) the rest is left out, and named.
			if (kept.length >= listLimits[key]) dropped.push(`${key} ${index + 1}`);
			else if (parsed.success && !seen.has(idOf(parsed.data))) {
				kept.push(parsed.data);
				seen.add(idOf(parsed.data));
			} else dropped.push(`${key} ${index + 1}`);
		});
		proposal[key] = kept;
	};
	keepValid('lines', effectLineSchema, (line) => line.id);
	keepValid('customItems', priceItemSchema, (item: PriceItem) => item.id);
	const checked = proposalSchema.safeParse(proposal);
	if (checked.success) return { proposal: checked.data, dropped };
	// References to parts that are gone (an overlap, the arena's marks and arrows) are dropped,
	// and own items that clash with the default list, rather than lose the draft.
	const pruned = withoutDanglingReferences(proposal as Proposal);
	dropped.push(...pruned.dropped);
	const again = proposalSchema.safeParse(pruned.proposal);
	if (again.success) return { proposal: again.data, dropped };
	dropped.push('customItems');
	return { proposal: proposalSchema.parse({ ...pruned.proposal, customItems: [] }), dropped };
}

/** The proposal with every overlap, arena and realisation reference that names no part of it left out. */
function withoutDanglingReferences(proposal: Proposal): { proposal: Proposal; dropped: string[] } {
	const dropped = new Set<string>();
	const lineIds = new Set(proposal.lines.map((line) => line.id));
	const lines = proposal.lines.map((line) => {
		if (!line.overlapsWith || (line.overlapsWith !== line.id && lineIds.has(line.overlapsWith)))
			return line;
		dropped.add('overlapsWith');
		return { ...line, overlapsWith: null };
	});
	const { arena } = proposal;
	const effects = arena.effects.filter((effect) => !lineIds.has(effect.id));
	const known = new Set([...lineIds, ...effects.map((effect) => effect.id)]);
	const unique = <T>(items: readonly T[], key: (item: T) => string, keep: (item: T) => boolean) => {
		const seen = new Set<string>();
		return items.filter((item) => {
			const value = key(item);
			const kept = keep(item) && !seen.has(value);
			seen.add(value);
			return kept;
		});
	};
	const pruned = {
		...arena,
		effects,
		unintended: unique(
			arena.unintended,
			(id) => id,
			(id) => known.has(id)
		),
		indirect: unique(
			arena.indirect,
			(id) => id,
			(id) => known.has(id)
		),
		links: unique(
			arena.links,
			(link) => JSON.stringify([link.effectId, link.party]),
			(link) => known.has(link.effectId)
		),
		parties: unique(
			arena.parties,
			(party) => party,
			() => true
		)
	};
	if (JSON.stringify(pruned) !== JSON.stringify(arena)) dropped.add('arena');
	let { realisation } = proposal;
	if (realisation && realisation.lines.some((realised) => !lineIds.has(realised.lineId))) {
		realisation = {
			...realisation,
			lines: realisation.lines.filter((realised) => lineIds.has(realised.lineId))
		};
		dropped.add('realisation');
	}
	return { proposal: { ...proposal, lines, arena: pruned, realisation }, dropped: [...dropped] };
}
