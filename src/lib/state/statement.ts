/**
 * The accessibility statement the hosting organisation filled in: the app's own file
 * `toegankelijkheidsverklaring.json` (same origin, cached for offline use by the service worker),
 * validated before anything of it is shown.
 */
import { asset } from '$app/paths';
import type { ImportIssue } from '$lib/domain/zod-issues';
import type { AccessibilityStatement } from '$lib/domain/schemas/accessibility-statement';

export type StatementRead =
	| { readonly kind: 'read'; readonly statement: AccessibilityStatement }
	| { readonly kind: 'broken'; readonly issues: readonly ImportIssue[] }
	| { readonly kind: 'missing' };

export async function readStatement(): Promise<StatementRead> {
	const [{ accessibilityStatementSchema }, { zodIssues }] = await Promise.all([
		import('$lib/domain/schemas/accessibility-statement'),
		import('$lib/domain/zod-issues')
	]);
	let data: unknown;
	try {
		const response = await fetch(asset('/toegankelijkheidsverklaring.json'));
		if (!response.ok) return { kind: 'missing' };
		data = await response.json();
	} catch {
		return { kind: 'missing' };
	}
	const parsed = accessibilityStatementSchema.safeParse(data);
	return parsed.success
		? { kind: 'read', statement: parsed.data }
		: { kind: 'broken', issues: zodIssues(parsed.error, data) };
}
