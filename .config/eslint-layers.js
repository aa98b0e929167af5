/**
 * The layer fence (README: architecture), as one ESLint rule: every import a file makes, static,
 * dynamic (`import()`) or re-exported, by `$lib/...`, by a relative path or by package name, is
 * resolved to the layer or package it reaches, and checked against what the file's own layer may
 * use. A dynamic import whose path is not written out cannot be checked and is refused.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The layer a project file belongs to, by its path from the project root. */
function layerOf(relative) {
	const file = relative.split(path.sep).join('/');
	if (file.startsWith('src/lib/domain/')) return 'domain';
	if (file.startsWith('src/lib/storage/')) return 'storage';
	if (file.startsWith('src/lib/state/')) return 'state';
	if (file.startsWith('src/lib/components/result/')) return 'result-views';
	if (file.startsWith('src/lib/components/')) return 'components';
	if (file.startsWith('src/lib/i18n/')) return 'i18n';
	if (file.startsWith('src/routes/')) return 'routes';
	return null;
}

/** What an import specifier reaches: a project file (its layer and path) or a package. */
function targetOf(specifier, fromFile) {
	if (specifier.startsWith('$lib/') || specifier === '$lib') {
		const file = path.join(root, 'src/lib', specifier.slice('$lib'.length));
		return { file: path.relative(root, file), layer: layerOf(path.relative(root, file) + '/') };
	}
	if (specifier.startsWith('.')) {
		const file = path.resolve(path.dirname(fromFile), specifier);
		const relative = path.relative(root, file);
		return { file: relative, layer: layerOf(relative + '/') };
	}
	if (specifier.startsWith('$app/')) return { package: '$app' };
	const parts = specifier.split('/');
	return { package: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] };
}

const message = {
	domainPackage:
		'src/lib/domain is pure: it uses no package but zod (no Svelte, SvelteKit, Dexie or d3).',
	domainLayer: 'src/lib/domain may not depend on storage, state, components or routes.',
	domainText: 'src/lib/domain holds no UI text: return codes, and let the UI word them.',
	storageUp: 'Storage keeps records; state, wording and components sit above it.',
	stateUp: 'Storage and state may not depend on components.',
	uiStorage: 'Components and routes reach storage through src/lib/state.',
	resultState: 'Result views take { proposal, result } as props, not state.',
	calculate:
		'Views and the rest of the core read evaluate() (src/lib/domain/evaluation.ts): it indexes the amounts and the subsidy and drops overlaps, once. Only evaluation.ts calls calculate().',
	indexCents:
		'Amounts of a proposal are indexed by evaluate(); only the price list indexes its items itself.',
	unchecked: 'An import() whose path is not written out cannot be checked against the layer fence.'
};

/** The reason an import is refused, or null. */
function refusal(layer, target, fromRelative) {
	const to = target.layer;
	if (layer === 'domain') {
		if (target.package) return target.package === 'zod' ? null : message.domainPackage;
		if (to === 'i18n') return message.domainText;
		if (to && to !== 'domain') return message.domainLayer;
		return null;
	}
	if (layer === 'storage') {
		if (to === 'state' || to === 'i18n' || to === 'components' || to === 'result-views')
			return message.storageUp;
		if (to === 'routes') return message.storageUp;
		return null;
	}
	if (layer === 'state') {
		if (to === 'components' || to === 'result-views' || to === 'routes') return message.stateUp;
		return null;
	}
	if (layer === 'components' || layer === 'routes' || layer === 'result-views') {
		if (to === 'storage' || target.package === 'dexie') return message.uiStorage;
		if (layer === 'result-views' && to === 'state') return message.resultState;
		return null;
	}
	void fromRelative;
	return null;
}

const isModule = (target, file) =>
	target.file !== undefined && target.file.replace(/\.(ts|js)$/, '') === file;

/** Names that only some files may import as values (type imports are free). */
function nameRefusal(target, fromRelative, name) {
	const from = fromRelative.split(path.sep).join('/');
	if (name === 'calculate' && isModule(target, 'src/lib/domain/calculation'))
		return from === 'src/lib/domain/evaluation.ts' ? null : message.calculate;
	// The calculation's two paths are its own: only calculation*.ts reach them.
	if (
		isModule(target, 'src/lib/domain/calculation-bigint') ||
		isModule(target, 'src/lib/domain/calculation-limbs')
	)
		return /^src\/lib\/domain\/calculation[\w-]*\.ts$/.test(from) ? null : message.calculate;
	if (name === 'indexCents' && isModule(target, 'src/lib/domain/price-list/indexation')) {
		const allowed =
			from === 'src/lib/domain/evaluation.ts' ||
			from.startsWith('src/lib/domain/price-list/') ||
			from.startsWith('src/lib/components/price-list/');
		return allowed ? null : message.indexCents;
	}
	return null;
}

const fence = {
	meta: {
		type: 'problem',
		docs: { description: 'Keeps each layer to the layers and packages it may use.' },
		schema: []
	},
	create(context) {
		const fromFile = context.filename;
		const fromRelative = path.relative(root, fromFile);
		const layer = layerOf(fromRelative);
		if (!layer) return {};

		function check(node, specifier, names) {
			const target = targetOf(specifier, fromFile);
			const reason = refusal(layer, target, fromRelative);
			if (reason) {
				context.report({ node, message: reason });
				return;
			}
			for (const name of names) {
				const byName = nameRefusal(target, fromRelative, name);
				if (byName) context.report({ node, message: byName });
			}
		}
		/** Value names a declaration takes from its module (type-only ones left out). */
		const valueNames = (node) => {
			if (node.importKind === 'type' || node.exportKind === 'type') return [];
			const names = [];
			for (const spec of node.specifiers ?? []) {
				if (spec.importKind === 'type' || spec.exportKind === 'type') continue;
				if (spec.type === 'ImportSpecifier') names.push(spec.imported.name ?? spec.imported.value);
				else if (spec.type === 'ExportSpecifier') names.push(spec.local.name ?? spec.local.value);
				else names.push('*');
			}
			if (node.type === 'ExportAllDeclaration') names.push('*');
			// A namespace import or `export *` reaches every name of the module.
			return names.flatMap((name) => (name === '*' ? ['calculate', 'indexCents'] : [name]));
		};
		return {
			ImportDeclaration(node) {
				check(node, node.source.value, valueNames(node));
			},
			ExportNamedDeclaration(node) {
				if (node.source) check(node, node.source.value, valueNames(node));
			},
			ExportAllDeclaration(node) {
				check(node, node.source.value, valueNames(node));
			},
			ImportExpression(node) {
				const source = node.source;
				const written =
					source.type === 'Literal' && typeof source.value === 'string'
						? source.value
						: source.type === 'TemplateLiteral' && source.expressions.length === 0
							? source.quasis[0].value.cooked
							: null;
				if (written === null) context.report({ node, message: message.unchecked });
				// A dynamic import reaches the whole module.
				else check(node, written, ['calculate', 'indexCents']);
			}
		};
	}
};

export const layers = { rules: { fence } };
