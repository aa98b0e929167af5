/**
 * Templates (voorbeelden): worked proposals a drafter starts from and adjusts, rather than building
 * an estimate line by line. A template is data, not code: a file of its own kind (the app's set and
 * an organisation's own set alike), versioned, read like every file: format and version first, the
 * proposal inside run through the one proposal chain, then validated whole before anything is used.
 */
import { z } from 'zod/mini';
import { checkVersion, parseFileJson, type ImportResult } from '../exchange/import-file';
import { CURRENT_PROPOSAL_VERSION, migrateProposal } from '../proposal-versions';
import { uniqueBy } from '../schemas/common';
import { proposalSchema, type Proposal } from '../schemas/proposal';
import { zodIssues } from '../zod-issues';

export const TEMPLATE_FORMAT = 'baatwijzer-voorbeelden';

/** Versions of the template file, oldest first; the proposal inside has its own chain. */
export const templateFileVersions = { Initial: 1 } as const;
export const CURRENT_TEMPLATE_FILE_VERSION = templateFileVersions.Initial;
/** Most templates in one file: a set to choose from, not a portfolio. */
export const MAX_TEMPLATES = 100;

/** A name as people type it: trimmed, not empty, at most 200 characters. */
const nameSchema = (description: string) =>
	z.string().check(z.trim(), z.minLength(1), z.maxLength(200), z.describe(description));

export const templateSchema = z.object({
	id: z
		.string()
		.check(z.minLength(1), z.maxLength(100), z.describe('Stable identifier of the template')),
	name: nameSchema('What the template is, as a drafter says it'),
	summary: z
		._default(z.string().check(z.maxLength(500)), '')
		.check(z.describe('One or two sentences: what it estimates')),
	basis: z
		._default(z.string().check(z.maxLength(300)), '')
		.check(z.describe('Where it comes from: a study case, a typical initiative, an organisation')),
	proposal: proposalSchema.check(
		z.describe('The worked proposal: lines with counts, levels and the reasoning behind each')
	)
});
export type Template = z.infer<typeof templateSchema>;

export const templateFileSchema = z.object({
	format: z.literal(TEMPLATE_FORMAT),
	version: z.literal(CURRENT_TEMPLATE_FILE_VERSION),
	proposalVersion: z.literal(CURRENT_PROPOSAL_VERSION),
	name: nameSchema('Name of the set, e.g. the organisation'),
	templates: z
		.array(templateSchema)
		.check(
			z.minLength(1),
			z.maxLength(MAX_TEMPLATES),
			z.superRefine(uniqueBy<Template>('duplicateId', (template) => template.id, ['id']))
		)
});
export type TemplateFile = z.infer<typeof templateFileSchema>;

export type TemplateFileRead =
	{ readonly ok: true; readonly file: TemplateFile } | Exclude<ImportResult, { ok: true }>;

export function readTemplateFile(text: string, sizeBytes: number): TemplateFileRead {
	const json = parseFileJson(text, sizeBytes);
	return json.ok ? readTemplateData(json.data) : json;
}

/** Reads parsed JSON as a template file (the app's own set comes this way too). */
export function readTemplateData(data: unknown): TemplateFileRead {
	if (
		!data ||
		typeof data !== 'object' ||
		(data as { format?: unknown }).format !== TEMPLATE_FORMAT
	)
		return { ok: false, reason: 'otherFormat' };
	const file = data as Record<string, unknown>;
	const checked = checkVersion(file.version, CURRENT_TEMPLATE_FILE_VERSION);
	if (!checked.ok) return checked;
	const proposalShape = checkVersion(file.proposalVersion, CURRENT_PROPOSAL_VERSION);
	if (!proposalShape.ok) return proposalShape;
	const shape = proposalShape.version;
	const migrated = {
		...file,
		proposalVersion: CURRENT_PROPOSAL_VERSION,
		templates: Array.isArray(file.templates)
			? file.templates.map((template: unknown) =>
					template && typeof template === 'object' && 'proposal' in template
						? { ...template, proposal: migrateProposal(template.proposal, shape) }
						: template
				)
			: file.templates
	};
	const parsed = templateFileSchema.safeParse(migrated);
	return parsed.success
		? { ok: true, file: parsed.data }
		: { ok: false, reason: 'invalid', issues: zodIssues(parsed.error, migrated) };
}

/**
 * A new draft from a template: the template's proposal as it stands (lines, counts, levels and
 * the reasoning of each), under a new id and dates, as a concept without reviewer's remarks.
 */
export function proposalFromTemplate(template: Template, id: string, now: Date): Proposal {
	const stamp = now.toISOString();
	const copy = structuredClone(template.proposal);
	return proposalSchema.parse({
		...copy,
		id,
		createdAt: stamp,
		updatedAt: stamp,
		status: 'draft',
		reviewerRemarks: '',
		author: '',
		lines: copy.lines.map((line) => ({ ...line, reviewerRemark: '' }))
	});
}
