/** A regional preset: the lists a municipality and its welfare organisation choose from. */
export interface LifeDomain {
	readonly name: string;
	readonly covers: string;
}

export interface Preset {
	readonly id: string;
	readonly name: string;
	readonly organisation: string;
	readonly orgUnits: readonly string[];
	readonly neighbourhoods: readonly string[];
	readonly lifeDomains: readonly LifeDomain[];
	/** Who may bear an avoided cost; the price list's holders must be among them. */
	readonly costHolders: readonly string[];
}
