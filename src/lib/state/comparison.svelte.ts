/**
 * The proposals a policy team compares: read from storage (validated, like every read) by id,
 * compared at one price level. Pages read `comparison` and `portfolio`; nothing here is UI text.
 */
import { compareProposals, portfolioOf, type Comparison } from '$lib/domain/comparison';
import { cpiYears } from '$lib/domain/price-list/indexation';
import type { Proposal } from '$lib/domain/schemas/proposal';
import { readDraft } from '$lib/storage';
import { catalogue } from './price-catalogue.svelte';
import { COMPARE_MAX, COMPARE_MIN } from './compare-limits';

export type CompareOrder = 'ratio' | 'total' | 'subsidy' | 'title';
type Row = Comparison['rows'][number];
const subsidyOf = (row: Row) => row.result.subsidyAtLevel?.amount.cents ?? 0;

export { COMPARE_MAX, COMPARE_MIN };

export class ProposalComparison {
	proposals = $state.raw<Proposal[]>([]);
	/** Ids asked for that are not (or no longer validly) stored. */
	missing = $state.raw<string[]>([]);
	loaded = $state(false);
	order = $state<CompareOrder>('ratio');
	/** Every amount at the latest year with CPI figures, so different price years compare. */
	readonly priceLevel = cpiYears().last;

	comparison: Comparison = $derived.by(() => {
		const compared = compareProposals(this.proposals, this.priceLevel, catalogue.findItem);
		return { ...compared, rows: [...compared.rows].sort(this.#sorter()) };
	});
	portfolio = $derived(portfolioOf(this.comparison));

	async load(ids: readonly string[]): Promise<void> {
		await catalogue.load();
		const found: Proposal[] = [];
		const missing: string[] = [];
		// Read only (without Dexie when the database is current); a broken draft counts as missing.
		for (const id of ids.slice(0, COMPARE_MAX)) {
			try {
				const stored = await readDraft(id);
				if (stored && !('raw' in stored)) found.push(stored.proposal);
				else missing.push(id);
			} catch {
				missing.push(id);
			}
		}
		this.proposals = found;
		this.missing = missing;
		this.loaded = true;
	}

	#sorter() {
		const ratioOf = (row: Row) => {
			const ratio = row.result.subsidy?.ratio;
			return ratio ? Number(ratio.numerator) / Number(ratio.denominator) : -Infinity;
		};
		switch (this.order) {
			case 'total':
				return (a: Row, b: Row) =>
					a.result.total < b.result.total ? 1 : a.result.total > b.result.total ? -1 : 0;
			case 'subsidy':
				return (a: Row, b: Row) => subsidyOf(b) - subsidyOf(a);
			case 'title':
				return (a: Row, b: Row) => a.proposal.title.localeCompare(b.proposal.title, 'nl');
			default:
				// Ordering only; every figure shown stays exact.
				return (a: Row, b: Row) => ratioOf(b) - ratioOf(a);
		}
	}
}
