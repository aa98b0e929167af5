/**
 * The described cases of one year and its settings, for the cases pages (components reach storage
 * through here). Storage and the validators load on first use, after the page is painted. The
 * overview is computed from what is read, by the domain (one evaluation), never by a view.
 */
import { casesFromCsv, casesFromRows, type CaseRow } from '$lib/domain/cases/cases-csv';
import type { CaseCsvProblem } from '$lib/domain/cases/cases-csv';
import { yearOverview, type YearOverview } from '$lib/domain/cases/year-overview';
import type { PriceItem } from '$lib/domain/price-list/price-item';
import type { DescribedCase, YearSettings } from '$lib/domain/schemas/described-case';
import { defaultSettings } from '$lib/domain/schemas/settings-defaults';
import { storageProblemOf, type StorageProblem } from '$lib/storage';
import { catalogue } from './price-catalogue.svelte';
import { measured } from './measured';

const storage = async () => (await import('$lib/storage')).openStorage();

export type SaveResult =
	| { readonly ok: true; readonly count: number }
	| { readonly ok: false; readonly problems: CaseCsvProblem[] }
	| { readonly ok: false; readonly storage: StorageProblem | 'unknown' };

/** An item of the active list (or any list) by its id or its exact name. */
async function itemByIdOrName(): Promise<(key: string) => PriceItem | undefined> {
	await catalogue.load();
	const lists = [catalogue.active, ...catalogue.lists.filter((list) => list !== catalogue.active)];
	const byKey = new Map<string, PriceItem>();
	for (const list of lists.toReversed())
		for (const item of list.items) {
			byKey.set(item.id, item);
			byKey.set(item.name.toLowerCase(), item);
		}
	return (key) => byKey.get(key) ?? byKey.get(key.toLowerCase());
}

export class CaseBook {
	year = $state(new Date().getFullYear());
	cases = $state.raw<DescribedCase[]>([]);
	years = $state.raw<number[]>([]);
	unreadable = $state(0);
	settings = $state.raw<YearSettings | null>(null);
	loaded = $state(false);

	/** The year's settings as given, or the method's defaults without a subsidy. */
	yearSettings = $derived<YearSettings>(
		this.settings ?? {
			year: this.year,
			subsidyCents: null,
			settings: defaultSettings,
			unitFte: {}
		}
	);

	overview = $derived<YearOverview>(
		measured('baatwijzer:year-overview', () => yearOverview(this.cases, this.yearSettings, ''))
	);
	/** Read without Dexie when the database is current (first visit too), else through storage. */
	async load(year: number): Promise<void> {
		const { firstReadCaseBook } = await import('$lib/storage/cases-first-read');
		const { read, years, settings } = (await firstReadCaseBook(year)) ?? (await readThrough(year));
		this.year = year;
		this.cases = read.cases;
		this.unreadable = read.unreadable;
		this.years = years;
		this.settings = settings;
		this.loaded = true;
	}

	async #store(read: ReturnType<typeof casesFromRows>): Promise<SaveResult> {
		if (!read.ok) return read;
		try {
			await (await storage()).cases.putAll(read.cases);
		} catch (error) {
			return { ok: false, storage: storageProblemOf(error) ?? 'unknown' };
		}
		await this.load(this.year);
		return { ok: true, count: read.cases.length };
	}

	/** Stores the grid's rows as cases: all of them, or none with every problem named. */
	async saveRows(rows: readonly CaseRow[]): Promise<SaveResult> {
		const find = await itemByIdOrName();
		return this.#store(casesFromRows(rows, find, new Date(), () => crypto.randomUUID()));
	}

	/** Reads a CSV file of cases: all stored, or none with every problem named. */
	async importCsv(text: string): Promise<SaveResult> {
		const find = await itemByIdOrName();
		return this.#store(casesFromCsv(text, find, new Date(), () => crypto.randomUUID()));
	}

	/** The case removed last, until another is removed or it is put back. */
	removed = $state.raw<DescribedCase | null>(null);

	async remove(id: string): Promise<void> {
		const removed = this.cases.find((described) => described.id === id) ?? null;
		await (await storage()).cases.remove(id);
		this.removed = removed;
		await this.load(this.year);
	}

	/** Puts the case removed last back, as it was. */
	async undoRemove(): Promise<void> {
		const removed = this.removed;
		if (!removed) return;
		await (await storage()).cases.putAll([removed]);
		this.removed = null;
		await this.load(this.year);
	}

	async saveSettings(settings: YearSettings): Promise<StorageProblem | 'unknown' | null> {
		try {
			await (await storage()).cases.putYearSettings(settings);
		} catch (error) {
			return storageProblemOf(error) ?? 'unknown';
		}
		this.settings = settings;
		return null;
	}
}

async function readThrough(year: number) {
	const opened = await storage();
	const [read, years, settings] = await Promise.all([
		opened.cases.ofYear(year),
		opened.cases.years(),
		opened.cases.yearSettings(year)
	]);
	return { read, years, settings };
}
