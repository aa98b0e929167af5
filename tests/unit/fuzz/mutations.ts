/**
 * Seeded mutations of valid files, for the fuzz suite: each turns a valid export into a file a
 * user might really hand the app (edited by hand, cut off, saved by Excel, crafted). Every
 * mutation is named, so a failure says which one.
 */

/** mulberry32: small, fast and the same on every machine for a given seed. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	};
}

export type Random = () => number;
export const pick = <T>(random: Random, items: readonly T[]): T =>
	items[Math.floor(random() * items.length)]!;

type Json = unknown;
type Path = (string | number)[];

/** Every place in a JSON value, with its path (the root excluded). */
export function places(value: Json, path: Path = [], out: Path[] = []): Path[] {
	if (Array.isArray(value))
		value.forEach((item, index) => places(item, [...path, index], out).length);
	else if (value && typeof value === 'object')
		for (const [key, item] of Object.entries(value)) places(item, [...path, key], out);
	if (path.length > 0) out.push(path);
	return out;
}

function parentOf(root: Json, path: Path): Record<string | number, Json> {
	let node = root as Record<string | number, Json>;
	for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
	return node;
}

/**
 * A nested array `depth` levels deep. Deep ones are written as a placeholder and spliced into the
 * text afterwards: JSON.stringify itself would run out of stack on them.
 */
const deep = (depth: number): Json =>
	depth <= 1000
		? (JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as Json)
		: `__DEEP_${depth}__`;
const spliceDeep = (text: string) =>
	text.replace(/"__DEEP_(\d+)__"/g, (_, depth: string) =>
		'['.repeat(Number(depth)).concat(']'.repeat(Number(depth)))
	);

/** Values of the wrong type or out of every limit. */
const oddValues: readonly (() => Json)[] = [
	() => null,
	() => 0,
	() => -1,
	() => 1.5,
	() => 1e308,
	() => 2 ** 53 + 1,
	() => '',
	() => 'tekst',
	() => '12,50',
	() => [],
	() => {
		return {};
	},
	() => true,
	() => 'x'.repeat(20_001),
	() => '2027-13-45',
	() => -100_000_000_001,
	() => 100_000_000_001,
	() => deep(1000)
];

/** Text a user or an attacker may put in any string field. */
const hostileText: readonly string[] = [
	'<script>alert("x")</script><img src=x onerror=alert(1)>',
	'=HYPERLINK("http://voorbeeld.invalid","klik")',
	'+31 6 1234',
	'-@SUM(A1)',
	'"; DROP TABLE drafts; --',
	'\u0000\u0007\u202e omgekeerd',
	'𝕭𝖆𝖆𝖙𝖜𝖎𝖏𝖟𝖊𝖗 👩‍👩‍👧',
	'__proto__',
	'constructor'
];

export interface Mutation {
	readonly name: string;
	readonly apply: (text: string, random: Random) => string;
}

/** Mutations of the parsed JSON, one place at a time. */
function jsonMutation(name: string, change: (root: Json, path: Path, random: Random) => void) {
	return {
		name,
		apply: (text: string, random: Random) => {
			const root = JSON.parse(text) as Json;
			const all = places(root);
			if (all.length === 0) return text;
			change(root, pick(random, all), random);
			return spliceDeep(JSON.stringify(root));
		}
	};
}

export const jsonMutations: readonly Mutation[] = [
	jsonMutation('drop a field', (root, path) => {
		const parent = parentOf(root, path);
		const key = path.at(-1)!;
		if (Array.isArray(parent)) parent.splice(Number(key), 1);
		else delete parent[key];
	}),
	jsonMutation('rename a field', (root, path, random) => {
		const parent = parentOf(root, path);
		const key = path.at(-1)!;
		if (Array.isArray(parent) || typeof key !== 'string') return;
		const renamed = pick(random, [key.toUpperCase(), `${key}_`, key.slice(1), `${key}Oud`]);
		parent[renamed] = parent[key];
		delete parent[key];
	}),
	jsonMutation('retype a field', (root, path, random) => {
		parentOf(root, path)[path.at(-1)!] = pick(random, oddValues)();
	}),
	jsonMutation('duplicate an element', (root, path) => {
		const parent = parentOf(root, path);
		if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(path.at(-1))]));
		else {
			// Duplicate the nearest list this field sits in, when there is one.
			for (let at = path.length - 1; at > 0; at--) {
				const container = parentOf(root, path.slice(0, at + 1));
				if (Array.isArray(container)) {
					container.push(structuredClone(container[Number(path[at])]));
					return;
				}
			}
		}
	}),
	jsonMutation('push a number past its limit', (root, path, random) => {
		const parent = parentOf(root, path);
		const key = path.at(-1)!;
		const value = parent[key];
		if (typeof value === 'number')
			parent[key] = pick(random, [value * 1000 + 1, -value - 1, value + 0.5, 10_000_001, 2201]);
		else if (typeof value === 'string')
			parent[key] = value.padEnd(pick(random, [201, 10_001, 120_000]), 'x');
		else if (Array.isArray(value) && value.length > 0)
			parent[key] = Array.from({ length: pick(random, [21, 101, 501]) }, () => value[0]);
	}),
	jsonMutation('hostile text', (root, path, random) => {
		const parent = parentOf(root, path);
		const key = path.at(-1)!;
		if (typeof parent[key] === 'string') parent[key] = pick(random, hostileText);
	}),
	jsonMutation('deep nesting', (root, path, random) => {
		parentOf(root, path)[path.at(-1)!] = deep(pick(random, [100, 10_000, 100_000]));
	}),
	jsonMutation('odd version', (root, _path, random) => {
		(root as Record<string, Json>).version = pick(random, [
			0,
			3,
			99,
			'2',
			[2],
			{ major: 2 },
			null,
			'v'.repeat(200_000),
			deep(100_000)
		]);
	}),
	jsonMutation('odd format', (root, _path, random) => {
		(root as Record<string, Json>).format = pick(random, ['baatwijzer', '', null, 1, []]);
	})
];

export const textMutations: readonly Mutation[] = [
	{
		name: 'truncate',
		apply: (text, random) => text.slice(0, Math.floor(random() * text.length))
	},
	{
		name: 'windows-1252 bytes read as text',
		// What arrives when a file saved in Windows-1252 is read: each non-ASCII character as one byte.
		apply: (text) =>
			new TextDecoder('windows-1252').decode(
				Uint8Array.from([...text].map((char) => Math.min(char.charCodeAt(0), 0xff)))
			)
	},
	{
		name: 'UTF-16 bytes read as text',
		apply: (text) =>
			new TextDecoder('windows-1252').decode(
				new Uint8Array(Uint16Array.from([0xfeff, ...[...text].map((c) => c.charCodeAt(0))]).buffer)
			)
	},
	{
		name: 'byte order mark and NUL',
		apply: (text, random) => {
			const at = Math.floor(random() * text.length);
			return `\uFEFF${text.slice(0, at)}\u0000${text.slice(at)}`;
		}
	},
	{
		name: 'flip a character',
		apply: (text, random) => {
			const at = Math.floor(random() * text.length);
			return `${text.slice(0, at)}${pick(random, ['"', '{', ']', ',', ';', '\n', '\\'])}${text.slice(at + 1)}`;
		}
	}
];

type Draft = { proposal?: { lines?: Record<string, Json>[]; arena?: Record<string, Json[]> } };

/** Mutations that break one of the file's own rules while every type and limit still holds. */
function ruleMutation(
	name: string,
	change: (proposal: NonNullable<Draft['proposal']>, random: Random) => void
): Mutation {
	return {
		name,
		apply: (text, random) => {
			const root = JSON.parse(text) as { drafts?: Draft[] };
			const drafts = (root.drafts ?? []).filter((draft) => draft.proposal?.lines?.length);
			if (drafts.length === 0) return text;
			change(pick(random, drafts).proposal!, random);
			return JSON.stringify(root);
		}
	};
}

const persons = (line: Record<string, Json>) => {
	const count = line.count as { kind: string; persons?: number; groupSize?: number } | null;
	return count?.kind === 'direct' ? (count.persons ?? 0) : (count?.groupSize ?? 0);
};

export const ruleMutations: readonly Mutation[] = [
	ruleMutation('count range reversed or beside the count', (proposal, random) => {
		const line = pick(random, proposal.lines!);
		const point = persons(line);
		line.countRange = pick(random, [
			{ low: point + 5, high: point + 1 },
			{ low: point + 1, high: point + 9 },
			{ low: 0, high: Math.max(0, point - 1) }
		]);
	}),
	ruleMutation('level range reversed or beside the answer', (proposal, random) => {
		const line = pick(random, proposal.lines!);
		const key = pick(random, ['chanceRange', 'contributionRange']);
		line[key === 'chanceRange' ? 'chance' : 'contribution'] = 'likely';
		line[key] = pick(random, [
			{ low: 'certain', high: 'maybe' },
			{ low: 'certain', high: 'certain' },
			{ low: 10, high: 20 }
		]);
	}),
	ruleMutation('a line overlaps itself or a missing line', (proposal, random) => {
		const line = pick(random, proposal.lines!);
		line.overlapsWith = pick(random, [line.id, 'regel-die-er-niet-is']);
	}),
	ruleMutation('the arena names a missing effect', (proposal, random) => {
		const arena = (proposal.arena ??= {});
		const key = pick(random, ['links', 'unintended', 'indirect']);
		(arena[key] ??= []).push(
			key === 'links' ? { effectId: 'verdwenen-effect', party: 'Politie' } : 'verdwenen-effect'
		);
	}),
	ruleMutation('an unpriced effect takes a line’s id', (proposal, random) => {
		const arena = (proposal.arena ??= {});
		(arena.effects ??= []).push({
			id: pick(random, proposal.lines!).id,
			description: 'Minder overlast'
		});
	}),
	ruleMutation('a party or an arrow listed more than once', (proposal, random) => {
		const arena = (proposal.arena ??= {});
		if (random() < 0.5) (arena.parties ??= []).push('Buren', 'Buren', 'Buren');
		else {
			const link = { effectId: pick(random, proposal.lines!).id, party: 'Politie' };
			(arena.links ??= []).push(link, { ...link });
		}
	})
];
