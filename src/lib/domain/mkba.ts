/**
 * The cost-benefit (MKBA) view of a draft: beyond the avoided costs, the costs of the activity
 * (subsidy, co-funders, the organisation's own contribution, volunteer hours) and immaterial
 * benefits (QALYs at a set value, informal-care hours), over a horizon with an optional yearly
 * drop-off of yearly effects, discounted at a real rate (2.25 %, the Dutch standard) to a net
 * present value, in total and per party: who pays and who gains. Transfers move money between
 * parties: they are left out of the societal total and shown per party. Exact fractions of cents.
 */
import type { Evaluation } from './evaluation';
import { MUNICIPALITY, partyOf } from './parties';
export { partyOf } from './parties';
import { addFractions, fraction, type Fraction } from './fraction';
import type { MkbaSettings } from './schemas/mkba';
import type { Proposal } from './schemas/proposal';

export type { MkbaSettings };

export const defaultMkbaSettings: MkbaSettings = {
	discountBasisPoints: 225,
	dropOffPercent: 0,
	qalysPerYear: 0,
	qalyValueCents: 5_000_000,
	careHoursPerYear: 0,
	careHourCents: 0,
	volunteerHours: 0,
	volunteerHourCents: 0,
	ownContributionCents: 0
};

/**
 * Parties the view words; the core only needs them to be distinct. The subsidy is paid by the
 * municipality, which is one party with the cost holders it names ("Gemeente - jeugd" and
 * "Gemeente - volwassenen" are the municipality's pockets): see `partyOf`.
 */
export const mkbaParties = {
	municipality: MUNICIPALITY,
	organisation: 'organisation',
	volunteers: 'volunteers',
	residents: 'residents',
	carers: 'carers'
} as const;

export interface PartyBalance {
	readonly party: string;
	/** Present values in cents; negative where an effect raises the party's costs. */
	readonly benefits: Fraction;
	readonly costs: Fraction;
	/** Money received (positive) or paid (negative) by transfers; not a societal benefit. */
	readonly transfers: Fraction;
	/**
	 * The party's financial ratio: what it gains (benefits and transfers) per euro it pays; null
	 * when it pays nothing.
	 */
	readonly financialRatio: Fraction | null;
}

export interface Mkba {
	readonly benefits: Fraction;
	readonly costs: Fraction;
	readonly npv: Fraction;
	/** benefits / costs; null without costs. */
	readonly ratio: Fraction | null;
	readonly parties: readonly PartyBalance[];
}

const ZERO = fraction(0n);
const times = (a: Fraction, b: Fraction) =>
	fraction(a.numerator * b.numerator, a.denominator * b.denominator);
const minus = (a: Fraction, b: Fraction) => addFractions(a, fraction(-b.numerator, b.denominator));
const cents = (value: number) => fraction(BigInt(Math.round(value)));

/** The present value of a stream of yearly amounts (year 0 undiscounted). */
export function presentValue(stream: readonly Fraction[], discountBasisPoints: number): Fraction {
	// 1 / (1 + r) = 10,000 / (10,000 + basis points), exactly.
	const factor = fraction(10_000n, 10_000n + BigInt(discountBasisPoints));
	let weight = fraction(1n);
	let total = ZERO;
	for (const amount of stream) {
		total = addFractions(total, times(amount, weight));
		weight = times(weight, factor);
	}
	return total;
}

/** A yearly amount over `years` years, falling by `dropOffPercent` each later year. */
function yearlyStream(perYear: Fraction, years: number, dropOffPercent: number): Fraction[] {
	const keep = fraction(BigInt(100 - dropOffPercent), 100n);
	const stream: Fraction[] = [];
	let amount = perYear;
	for (let year = 0; year < years; year++) {
		stream.push(amount);
		amount = times(amount, keep);
	}
	return stream;
}

const ratioOf = (gains: Fraction, costs: Fraction): Fraction | null =>
	costs.numerator === 0n ? null : times(gains, fraction(costs.denominator, costs.numerator));

/**
 * `result` is the draft's evaluation: its weighted lines, the overlaps it dropped, and the subsidy
 * at the same price level as the amounts.
 */
export function mkba(
	proposal: Pick<Proposal, 'lines' | 'settings' | 'arena'>,
	result: Pick<Evaluation, 'lines' | 'subsidyAtLevel'>,
	settings: MkbaSettings
): Mkba {
	const years = 1 + proposal.settings.repeatYears;
	const safety = fraction(BigInt(proposal.settings.safetyPercent), 100n);
	const balances = new Map<string, { benefits: Fraction; costs: Fraction; transfers: Fraction }>();
	const party = (name: string) => {
		const key = partyOf(name);
		if (!balances.has(key)) balances.set(key, { benefits: ZERO, costs: ZERO, transfers: ZERO });
		return balances.get(key)!;
	};
	const gain = (name: string, value: Fraction, key: 'benefits' | 'transfers' = 'benefits') => {
		const balance = party(name);
		balance[key] = addFractions(balance[key], value);
	};
	const pv = (perYear: Fraction, yearly: boolean) =>
		presentValue(
			yearly ? yearlyStream(perYear, years, settings.dropOffPercent) : [perYear],
			settings.discountBasisPoints
		);

	proposal.lines.forEach((line, index) => {
		const evaluated = result.lines[index]!;
		if (evaluated.countedIn !== null) return;
		// A x B x C x N per year, in cents (weighted is in 10^-10 euro), after the safety margin;
		// negative for a cost the activity causes.
		const perYear = times(fraction(evaluated.weighted, 100_000_000n), safety);
		const value = pv(perYear, line.recurrence === 'yearly');
		const key = line.kind === 'transfer' ? 'transfers' : 'benefits';
		// Shared as the calculation shares a split: each part over the parts' sum (a part may be
		// negative: that holder's costs rise).
		const parts = line.split ?? [];
		const sum = parts.reduce((total, part) => total + part.amountCents, 0);
		if (parts.length === 0 || sum === 0) gain(line.costHolder, value, key);
		else
			for (const part of parts)
				gain(part.costHolder, times(value, fraction(BigInt(part.amountCents), BigInt(sum))), key);
	});
	if (settings.qalysPerYear > 0)
		gain(mkbaParties.residents, pv(cents(settings.qalysPerYear * settings.qalyValueCents), true));
	if (settings.careHoursPerYear > 0)
		gain(mkbaParties.carers, pv(cents(settings.careHoursPerYear * settings.careHourCents), true));

	const pay = (name: string, amountCents: number) => {
		if (amountCents <= 0) return;
		const balance = party(name);
		balance.costs = addFractions(balance.costs, cents(amountCents));
	};
	pay(mkbaParties.municipality, result.subsidyAtLevel?.amount.cents ?? 0);
	for (const investor of proposal.arena.investors)
		pay(investor.name || investor.id, investor.amountCents ?? 0);
	pay(mkbaParties.organisation, settings.ownContributionCents);
	pay(mkbaParties.volunteers, settings.volunteerHours * settings.volunteerHourCents);

	const parties = [...balances].map(([name, balance]) => ({
		party: name,
		...balance,
		financialRatio: ratioOf(addFractions(balance.benefits, balance.transfers), balance.costs)
	}));
	const benefits = parties.reduce((sum, entry) => addFractions(sum, entry.benefits), ZERO);
	const costs = parties.reduce((sum, entry) => addFractions(sum, entry.costs), ZERO);
	return {
		benefits,
		costs,
		npv: minus(benefits, costs),
		ratio: ratioOf(benefits, costs),
		parties
	};
}
