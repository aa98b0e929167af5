/** The overview's stored summaries, for tests and benches of the first visit after an update. */
import type { Page } from '@playwright/test';

/** Clears every stored summary, as after an update from a version whose summaries no longer fit. */
export async function clearSummaries(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const request = indexedDB.open('baatwijzer');
		await new Promise<void>((done, fail) => {
			request.onsuccess = () => {
				const transaction = request.result.transaction('summaries', 'readwrite');
				transaction.objectStore('summaries').clear();
				transaction.oncomplete = () => {
					request.result.close();
					done();
				};
				transaction.onerror = () => fail(transaction.error);
			};
			request.onerror = () => fail(request.error);
		});
	});
}
