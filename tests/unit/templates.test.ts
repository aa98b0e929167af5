import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { evaluate } from '$lib/domain/evaluation';
import { exactToDecimalString } from '$lib/domain/money';
import { defaultPriceList } from '$lib/domain/price-list/default-price-list';
import {
	proposalFromTemplate,
	readTemplateData,
	readTemplateFile,
	type Template
} from '$lib/domain/templates/template-file';
import { vectorsDir } from './vector-loader';

const path = resolve('src/lib/domain/templates/default-templates.json');
const raw = JSON.parse(readFileSync(path, 'utf8'));
const read = readTemplateData(raw);
const templates: Template[] = read.ok ? read.file.templates : [];
const byId = (id: string) => templates.find((template) => template.id === id)!;
const vector = (name: string) =>
	JSON.parse(readFileSync(resolve(vectorsDir, name), 'utf8')) as { expect: { total: string } };

/** The price fields a template line takes from its item in the default list. */
const priceFields = ['name', 'unit', 'amountCents', 'priceYear', 'kind', 'lowCents', 'highCents'];

describe("the app's own templates", () => {
	it('read as a valid template file, each a complete estimate with its reasoning', () => {
		expect(read).toMatchObject({ ok: true });
		expect(templates.length).toBeGreaterThanOrEqual(6);
		for (const template of templates) {
			expect(template.proposal.lines.length, template.id).toBeGreaterThan(0);
			for (const line of template.proposal.lines) {
				expect(line.count, `${template.id} ${line.id}`).not.toBeNull();
				expect(line.chance).not.toBeNull();
				expect(line.contribution).not.toBeNull();
				expect(line.justification.trim().length, `${template.id} ${line.id}`).toBeGreaterThan(20);
			}
			expect(evaluate(template.proposal).total > 0n).toBe(true);
		}
	});

	it('price each line as its item in the default list does (UPDATE_TEMPLATES=1 rewrites them)', async () => {
		const items = new Map(defaultPriceList.map((item) => [item.id, item]));
		const current = structuredClone(raw);
		for (const template of current.templates)
			for (const line of template.proposal.lines) {
				const item = items.get(line.priceItemId);
				expect(item, `${template.id}: ${line.priceItemId}`).toBeDefined();
				for (const field of priceFields) line[field] = item![field as keyof typeof item];
			}
		if (process.env.UPDATE_TEMPLATES) {
			const options = await resolveConfig(path);
			writeFileSync(path, await format(JSON.stringify(current), { ...options, filepath: path }));
		}
		expect(raw).toEqual(current);
	});

	it("reproduce the study's two worked cases to the cent", () => {
		const total = (id: string) => exactToDecimalString(evaluate(byId(id).proposal).total);
		expect(total('studie-mantelzorger-op-afstand')).toBe(
			vector('01-mantelzorg-maatje.json').expect.total
		);
		expect(total('studie-eenzame-oudere')).toBe(
			vector('02-buurtcoach-vrijwilliger.json').expect.total
		);
	});
});

describe('a draft from a template', () => {
	it('is the worked proposal under a new id, a concept with the same figures', () => {
		const template = byId('schuldenspreekuur');
		const now = new Date('2026-12-05T10:00:00.000Z');
		const draft = proposalFromTemplate(
			{
				...template,
				proposal: { ...template.proposal, status: 'reviewed', reviewerRemarks: 'Akkoord' }
			},
			'nieuw-1',
			now
		);
		expect(draft.id).toBe('nieuw-1');
		expect(draft.createdAt).toBe(now.toISOString());
		expect(draft.status).toBe('draft');
		expect(draft.reviewerRemarks).toBe('');
		expect(draft.lines.map((line) => line.justification)).toEqual(
			template.proposal.lines.map((line) => line.justification)
		);
		expect(evaluate(draft).total).toBe(evaluate(template.proposal).total);
		// The template itself is not touched by editing the draft.
		draft.lines[0]!.justification = 'Aangepast';
		expect(template.proposal.lines[0]!.justification).not.toBe('Aangepast');
	});
});

describe("an organisation's own template file", () => {
	const text = (data: unknown) => JSON.stringify(data);
	const size = (value: string) => new TextEncoder().encode(value).length;
	const readText = (data: unknown) => {
		const value = text(data);
		return readTemplateFile(value, size(value));
	};

	it('is refused when it is another kind of file, or from a newer app', () => {
		expect(readText({ format: 'baatwijzer-voorstellen', version: 7 })).toMatchObject({
			ok: false,
			reason: 'otherFormat'
		});
		expect(readText({ ...raw, version: 2 })).toMatchObject({
			ok: false,
			reason: 'newerVersion',
			version: { kind: 'number', text: '2' }
		});
		expect(readText({ ...raw, version: 1e308 })).toMatchObject({
			ok: false,
			reason: 'unknownVersion',
			version: { kind: 'hugeNumber' }
		});
		expect(readTemplateFile('{', 1)).toMatchObject({ ok: false, reason: 'notJson' });
	});

	it('names the template, line and field of a broken answer', () => {
		const broken = structuredClone(raw);
		broken.templates[2].proposal.lines[1].chance = 'heel misschien';
		const result = readText(broken);
		if (result.ok || result.reason !== 'invalid') throw new Error('expected invalid');
		expect(result.issues.map((issue) => issue.path)).toEqual([
			['templates', 2, 'proposal', 'lines', 1, 'chance']
		]);
	});

	it('refuses two templates under one id', () => {
		const twice = structuredClone(raw);
		twice.templates[4].id = twice.templates[3].id;
		const result = readText(twice);
		if (result.ok || result.reason !== 'invalid') throw new Error('expected invalid');
		expect(result.issues).toMatchObject([
			{ path: ['templates', 4, 'id'], code: 'rule', detail: 'duplicateId' }
		]);
	});

	it("runs an older proposal's shape through the one proposal chain", () => {
		const old = structuredClone(raw);
		old.proposalVersion = 1;
		for (const template of old.templates) {
			delete template.proposal.subsidyYear;
			for (const line of template.proposal.lines) {
				line.chance = { maybe: 'misschien', likely: 'waarschijnlijk', certain: 'zeker' }[
					line.chance as string
				];
				line.recurrence = line.recurrence === 'yearly' ? 'jaarlijks' : 'eenmalig';
			}
		}
		const result = readText(old);
		expect(result).toMatchObject({ ok: true });
		expect(result.ok && result.file.templates).toEqual(templates);
	});
});

describe("an organisation's own set, kept in the browser", () => {
	it('is read back through the file checks and the proposal chain; a damaged one is named, not offered', async () => {
		const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
		const { BaatwijzerDb } = await import('$lib/storage/db');
		const { TemplateSetsRepository, OWN_SET_ID } =
			await import('$lib/storage/template-sets-repository');
		const db = new BaatwijzerDb('baatwijzer-templates', {
			indexedDB: new IDBFactory(),
			IDBKeyRange
		});
		const sets = new TemplateSetsRepository(db);
		expect(await sets.get()).toEqual({ kind: 'none' });
		const own = { ...raw, name: 'Wijkteam Noord' };
		const file = readTemplateData(own);
		if (!file.ok) throw new Error('own set');
		await sets.put('wijkteam.json', file.file, new Date('2026-12-05T10:00:00Z'));
		const back = await sets.get();
		expect(back).toMatchObject({ kind: 'set', fileName: 'wijkteam.json' });
		expect(back.kind === 'set' && back.file).toEqual(file.file);

		// A set kept by an older app, its proposals of shape 7, still reads (migrated).
		await db.templateSets.update(OWN_SET_ID, { 'file.proposalVersion': 7 });
		expect((await sets.get()).kind).toBe('set');
		// One that no longer validates is reported by its file name.
		await db.templateSets.update(OWN_SET_ID, { 'file.templates': [] });
		expect(await sets.get()).toEqual({ kind: 'broken', fileName: 'wijkteam.json' });
		await sets.remove();
		expect(await sets.get()).toEqual({ kind: 'none' });
	});
});
