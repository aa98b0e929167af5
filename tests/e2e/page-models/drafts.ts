/** The drafts overview ("Mijn voorstellen") as a user sees it. */
import { expect, type Page } from '@playwright/test';

export class DraftsPage {
	constructor(readonly page: Page) {}

	async open() {
		await this.page.goto('/');
		await this.page
			.getByRole('navigation', { name: 'Hoofdmenu' })
			.getByRole('link', { name: 'Mijn voorstellen' })
			.click();
		await expect(
			this.page.getByRole('heading', { level: 1, name: 'Mijn voorstellen' })
		).toBeVisible();
	}

	get cards() {
		return this.page.getByTestId('draft-card');
	}

	card(title: string) {
		return this.cards.filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
	}

	async importFile(path: string | string[]) {
		await this.page.getByLabel('Bestanden om te importeren').setInputFiles(path);
	}

	async download(action: () => Promise<void>) {
		const downloading = this.page.waitForEvent('download');
		await action();
		const download = await downloading;
		const path = await download.path();
		return { name: download.suggestedFilename(), path };
	}
}
