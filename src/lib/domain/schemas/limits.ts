/**
 * Lengths of text fields, shared by the schemas and the form fields (`maxlength`), so that the
 * app never lets a user type what its own file format would then refuse.
 */
export const textLimits = {
	title: 200,
	organisation: 200,
	orgUnit: 200,
	targetGroup: 1000,
	description: 10_000,
	problemAndGoal: 10_000,
	referenceSituation: 10_000,
	author: 200,
	reviewerRemarks: 10_000,
	verdictReason: 2_000,
	lineRemark: 4000,
	lineName: 200,
	arenaEffect: 500,
	justification: 4000,
	unit: 100,
	costHolder: 120,
	itemName: 200,
	itemDescription: 2000,
	itemNote: 2000,
	sourceTitle: 1000,
	sourceLink: 2000,
	caseDescription: 2000
} as const;

/** How many lines and own price items a proposal may hold; how many lines a described case holds. */
export const listLimits = { lines: 500, customItems: 200, caseLines: 50 } as const;

/**
 * A described case: how many such cases a unit sees in a year (the study asked 1 to 5; more is
 * allowed), and how many cases one year's overview or one file may hold.
 */
export const caseLimits = { multiplier: 100, casesPerFile: 20_000 } as const;

/** Largest amount accepted anywhere: 1 billion euro, in cents (keeps products far from overflow). */
export const MAX_CENTS = 100_000_000_000;

/** Years a price or a source may carry. */
export const yearLimits = { min: 1900, max: 2200 } as const;
