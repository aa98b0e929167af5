/**
 * A new, empty proposal without the schema: what `proposalSchema` makes of an id and two
 * timestamps (every default filled in), written out so that a draft's page need not load zod to
 * start a draft. A unit test holds the two equal.
 */
import { emptyArena } from './arena';
import { defaultSettings } from './schemas/settings-defaults';
import type { Proposal } from './schemas/proposal';

export function emptyProposal(id: string, now: Date): Proposal {
	const stamp = now.toISOString();
	return {
		id,
		title: '',
		organisation: '',
		orgUnit: '',
		neighbourhoods: [],
		targetGroup: '',
		targetGroupSize: null,
		description: '',
		problemAndGoal: '',
		referenceSituation: '',
		lifeDomains: [],
		periodStart: '',
		periodEnd: '',
		subsidyCents: null,
		subsidyYear: null,
		lines: [],
		settings: { ...defaultSettings },
		priceIndexYear: null,
		priceList: null,
		customItems: [],
		arena: emptyArena(),
		mkba: null,
		author: '',
		status: 'draft',
		reviewerRemarks: '',
		verdict: null,
		verdictReason: '',
		handIns: [],
		realisation: null,
		createdAt: stamp,
		updatedAt: stamp
	};
}
