/** English UI text: the social cost-benefit analysis (SCBA, Dutch MKBA) view. */
import type { mkba as dutch } from '../nl/mkba';

export const mkba: typeof dutch = {
	mkba: {
		title: 'Social cost-benefit analysis (SCBA)',
		toggle: 'Show the SCBA: costs and benefits per party, discounted',
		intro:
			'Beside the avoided costs: what the project costs (subsidy, co-funders, own contribution, volunteers) and what it yields without a price tag (health, informal care). Later years count for less (discounting). Transfers move money between parties and do not count in the balance for society.',
		discount: 'Discount rate (percent per year, real)',
		discountHint: 'The Dutch standard is 2.25.',
		dropOff: 'Drop-off of yearly effects (percent per year)',
		qalys: 'QALYs gained per year',
		qalyValue: 'Value of a QALY (euro)',
		careHours: 'Informal care hours saved per year',
		careHourValue: 'Value of an informal care hour (euro)',
		volunteerHours: 'Volunteer hours',
		volunteerHourValue: 'Value of a volunteer hour (euro)',
		ownContribution: "The organisation's own contribution (euro)",
		benefits: 'Benefits (present value)',
		costs: 'Costs',
		npv: 'Net present value (NPV)',
		ratio: 'Social benefit/cost ratio',
		municipalityRatio: "The municipality's financial ratio",
		municipalityRatioHint:
			'What the municipality itself avoids in costs (with transfers) per euro it pays.',
		noRatio: 'no costs filled in',
		perParty: 'Who pays, who gains',
		perPartyCaption:
			'Per party: benefits and costs (present value), balance, ratios and transfers. A negative benefit is a cost the activity causes for that party.',
		columns: {
			party: 'Party',
			benefits: 'Benefits',
			costs: 'Costs',
			net: 'Balance',
			ratio: 'Social ratio',
			financialRatio: 'Financial ratio',
			transfers: 'Transfers'
		},
		parties: {
			Gemeente: 'Municipality (subsidy provider and cost holder)',
			organisation: 'Own organisation',
			volunteers: 'Volunteers',
			residents: 'Residents (health)',
			carers: 'Informal carers'
		} as Record<string, string>,
		none: '–'
	}
};
