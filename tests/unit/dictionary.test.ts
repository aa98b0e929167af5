/**
 * Issue 22, point 1: the English dictionary has exactly the Dutch one's keys, part by part, and
 * translates its words. The type system refuses a missing key (the `@ts-expect-error` below fails
 * `npm run check` if it ever stops doing so); this test checks the same at run time, and that no
 * sentence was left in Dutch.
 */
import { describe, expect, it } from 'vitest';
import type { Messages } from '$lib/i18n/nl';

const parts = [
	'index',
	'arena',
	'cases',
	'compare',
	'drafts-page',
	'file-problems',
	'hand-in',
	'level-examples',
	'mkba',
	'price-list',
	'public-pages',
	'realisation',
	'result',
	'sync',
	'templates',
	'uncertainty',
	'workbook'
] as const;
const dutch = import.meta.glob('../../src/lib/i18n/nl/*.ts');
const english = import.meta.glob('../../src/lib/i18n/en/*.ts');
/** The part's one exported table (the index exports `nl` and `en`, the others share a name). */
const load = async (table: typeof dutch, part: string) => {
	const module = (await table[
		`../../src/lib/i18n/${table === dutch ? 'nl' : 'en'}/${part}.ts`
	]!()) as Record<string, unknown>;
	const values = Object.values(module);
	expect(values).toHaveLength(1);
	return values[0];
};

/** Every leaf as [path, kind, value]: strings by value, functions by their arity. */
function leaves(value: unknown, path = ''): [string, string, unknown][] {
	if (typeof value === 'string') return [[path, 'string', value]];
	if (typeof value === 'function') return [[path, `function/${value.length}`, value]];
	if (Array.isArray(value))
		return [
			[`${path}[]`, 'array', value.length],
			...value.flatMap((item, i) => leaves(item, `${path}[${i}]`))
		];
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${path}.${key}`));
	return [[path, typeof value, value]];
}

/** Words that are the same in both languages: names, codes and loan words. */
const same = new Set([
	'Baatwijzer',
	'Status',
	'Privacy',
	'Indirect',
	'indirect effect',
	'Later',
	'Start',
	'moment',
	'id',
	'link',
	'arena',
	'status',
	'website',
	'–'
]);

describe('the dictionary parts', () => {
	// A part loads through a top-level await in its page's chunk; a part that imported a value from
	// that chunk would wait for it while it waits for the part (the comparison page once hung so).
	it('import no values from outside the dictionary, only types (numbers come in as arguments)', async () => {
		const sources = import.meta.glob('../../src/lib/i18n/{nl,en}/*.ts', {
			query: '?raw',
			import: 'default'
		});
		expect(Object.keys(sources).length).toBeGreaterThan(30);
		for (const [path, load] of Object.entries(sources)) {
			const text = (await load()) as string;
			const values = (text.match(/^import\s+(?!type\s)[^;]*;/gm) ?? []).filter(
				(statement) => !/from '\.\/[\w-]+';$/.test(statement)
			);
			expect(values, path).toEqual([]);
		}
	});
});

describe('the English dictionary', () => {
	for (const part of parts) {
		it(`has every key of the Dutch ${part} part and no other, with the same kinds`, async () => {
			const nl = leaves(await load(dutch, part));
			const en = leaves(await load(english, part));
			const shape = (list: typeof nl) =>
				list
					.filter(([path, kind]) => !path.includes('[') || kind !== 'string')
					.filter(([path]) => !/\[\d+\]/.test(path))
					.map(([path, kind]) => `${path} ${kind}`);
			expect(shape(en)).toEqual(shape(nl));
		});

		it(`leaves no sentence of the ${part} part in Dutch`, async () => {
			const nl = new Map(leaves(await load(dutch, part)).map(([path, , value]) => [path, value]));
			const untranslated = leaves(await load(english, part))
				.filter(([path, kind, value]) => kind === 'string' && nl.get(path) === value)
				.map(([, , value]) => value as string)
				.filter((value) => !same.has(value) && /[a-z]{3}/.test(value));
			expect(untranslated).toEqual([]);
		});
	}

	it('is refused by the type system when it lacks a key', async () => {
		const en = (await load(english, 'index')) as Messages;
		const { nav: _nav, ...withoutNav } = en;
		// @ts-expect-error: a dictionary without the Dutch one's `nav` is not a Messages.
		const lacking: Messages = withoutNav;
		expect(Object.keys(lacking)).not.toContain('nav');
	});
});
