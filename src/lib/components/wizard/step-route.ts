/** The route of each wizard step (each step is its own route); `resolve` makes the address. */
import type { StepSlug } from '$lib/domain/wizard';

const stepRoutes = {
	initiatief: '/voorstel/[id]/initiatief',
	kosten: '/voorstel/[id]/kosten',
	doelgroep: '/voorstel/[id]/doelgroep',
	'kans-en-bijdrage': '/voorstel/[id]/kans-en-bijdrage',
	controleren: '/voorstel/[id]/controleren',
	resultaat: '/voorstel/[id]/resultaat'
} as const satisfies Record<StepSlug, string>;

export function stepRoute<S extends StepSlug>(slug: S): (typeof stepRoutes)[S] {
	return stepRoutes[slug];
}
