/**
 * The organisation's own template set, kept in the browser between visits (components reach
 * storage through here). The validators load on first use, after the page is painted; storage
 * (Dexie) only to keep or forget a set, or when the database must be upgraded first.
 */
import type { TemplateFile } from '$lib/domain/templates/template-file';
import type { StorageProblem } from '$lib/storage';
import type { TemplateSetRead } from '$lib/storage/template-sets-repository';

export type { StorageProblem };

const storage = async () => (await import('$lib/storage')).openStorage();

/** Read without Dexie when the database is current (the templates page then loads none). */
export async function keptTemplateSet(): Promise<TemplateSetRead> {
	const { firstReadTemplateSet } = await import('$lib/storage/template-sets-repository');
	return (await firstReadTemplateSet()) ?? (await storage()).templateSets.get();
}

/** Keeps the set; the problem when the browser would not store it (it is still offered now). */
export async function keepTemplateSet(
	fileName: string,
	file: TemplateFile
): Promise<StorageProblem | null> {
	const opened = await storage();
	if (opened.problem) return opened.problem;
	try {
		await opened.templateSets.put(fileName, file, new Date());
		return null;
	} catch (error) {
		const { storageProblemOf } = await import('$lib/storage');
		return storageProblemOf(error) ?? 'unavailable';
	}
}

export async function forgetTemplateSet(): Promise<void> {
	await (await storage()).templateSets.remove();
}
