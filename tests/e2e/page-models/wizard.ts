/** The estimate wizard as a user sees it: Dutch labels and roles only. */
import { expect, type Locator, type Page } from '@playwright/test';

/** Empties a field and types `text` into it key by key, as a person does. */
export async function typeInto(field: Locator, text: string) {
	await field.click();
	await field.press('ControlOrMeta+a');
	await field.press('Delete');
	await field.pressSequentially(text);
}

export type LevelName = 'Misschien' | 'Waarschijnlijk' | 'Zeker';

export interface LineAnswers {
	search: string;
	item: string;
	chance: LevelName;
	contribution: LevelName;
	persons?: string;
	groupSize?: string;
	sharePercent?: string;
	recurrence?: 'Eenmalig' | 'Jaarlijks';
	justification?: string;
}

export class Wizard {
	constructor(readonly page: Page) {}

	async start() {
		await this.page.goto('/');
		await this.page.getByRole('link', { name: 'Start een nieuwe schatting' }).click();
		await expect(this.page).toHaveURL(/\/voorstel\/[\w-]+\/initiatief$/);
		await expect(this.heading).toHaveText('Welke activiteit stelt u voor?');
	}

	/** Scrolls to the result page's later parts, which load as the reader comes near them. */
	async showLaterParts() {
		await expect(this.heading).toHaveText('Resultaat: vermeden kosten');
		// The heading is drawn before the draft is read; the result follows it.
		await expect(this.page.getByRole('status').filter({ hasText: 'Voorstel laden' })).toHaveCount(
			0
		);
		const marker = this.page.getByTestId('result-later-parts');
		if (await marker.count()) await marker.scrollIntoViewIfNeeded();
	}

	/** The result page with its later parts (uncertainty, MKBA) loaded, as a reader sees it. */
	async resultSettled() {
		await this.showLaterParts();
		await expect(
			this.page.getByRole('region', { name: 'Hoe zeker is deze schatting?' })
		).toBeVisible();
		await expect(
			this.page.getByRole('region', { name: 'Maatschappelijke kosten-batenanalyse (MKBA)' })
		).toBeVisible();
		await expect(this.page.getByText('Bezig met rekenen...')).toHaveCount(0);
	}

	get heading() {
		return this.page.getByRole('heading', { level: 1 });
	}

	get errorSummary() {
		return this.page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
	}

	/** Goes on to the next step, or stays when the step shows what is missing. */
	async next() {
		const from = this.page.url();
		await this.page
			.getByRole('button', { name: /^(Volgende|Naar controleren|Bekijk het resultaat)$/ })
			.click();
		await expect
			.poll(async () => this.page.url() !== from || (await this.errorSummary.isVisible()))
			.toBe(true);
	}

	async fillInitiative(answers: { title: string; subsidy: string; targetGroupSize?: string }) {
		await typeInto(this.page.getByLabel('Naam van de activiteit'), answers.title);
		await typeInto(this.page.getByLabel('Gevraagde subsidie per jaar (euro)'), answers.subsidy);
		if (answers.targetGroupSize) {
			await typeInto(this.page.getByLabel('Grootte van de doelgroep'), answers.targetGroupSize);
		}
	}

	async addItem(search: string, item: string) {
		await this.page.getByRole('searchbox', { name: 'Zoek in de prijslijst' }).fill(search);
		await this.page.getByRole('button', { name: `Voeg toe: ${item}` }).click();
		await expect(
			this.page.getByRole('status').filter({ hasText: `"${item}" is toegevoegd.` })
		).toBeAttached();
	}

	lineSection(position: number) {
		return this.page.getByRole('region', { name: new RegExp(`^Regel ${position}:`) });
	}

	async answerLevels(position: number, chance: LevelName, contribution: LevelName) {
		const line = this.lineSection(position);
		await line
			.getByRole('group', { name: /^Kans \(A\)/ })
			.getByRole('radio', { name: new RegExp(`^${chance}`) })
			.check();
		await line
			.getByRole('group', { name: /^Bijdrage \(B\)/ })
			.getByRole('radio', { name: new RegExp(`^${contribution}`) })
			.check();
	}

	/** Step 3: for how many people (or cases) the line's cost is at stake. */
	async answerCount(
		position: number,
		answers: Pick<LineAnswers, 'persons' | 'groupSize' | 'sharePercent'>
	) {
		const line = this.lineSection(position);
		if (answers.groupSize !== undefined) {
			await line.getByRole('radio', { name: 'Groep x aandeel' }).check();
			await typeInto(line.getByLabel('Grootte van de groep'), answers.groupSize);
			await typeInto(
				line.getByLabel('Aandeel voor wie deze kosten spelen (%)'),
				answers.sharePercent ?? '100'
			);
		} else {
			await typeInto(line.getByLabel('Aantal personen'), answers.persons ?? '1');
		}
	}

	/** Step 4, after A and B: one-off or yearly, and a short justification. */
	async answerRecurrence(
		position: number,
		answers: Pick<LineAnswers, 'recurrence' | 'justification'>
	) {
		const line = this.lineSection(position);
		if (answers.recurrence) await line.getByRole('radio', { name: answers.recurrence }).check();
		if (answers.justification)
			await typeInto(line.getByLabel('Korte onderbouwing'), answers.justification);
	}

	/** Walks a whole proposal from the first step to the result page. */
	async walk(
		initiative: { title: string; subsidy: string; targetGroupSize?: string },
		lines: LineAnswers[]
	) {
		await this.start();
		await this.fillInitiative(initiative);
		await this.next();
		await expect(this.page).toHaveURL(/\/kosten$/);
		for (const line of lines) await this.addItem(line.search, line.item);
		await this.next();
		await expect(this.page).toHaveURL(/\/doelgroep$/);
		for (const [index, line] of lines.entries()) await this.answerCount(index + 1, line);
		await this.next();
		await expect(this.page).toHaveURL(/\/kans-en-bijdrage$/);
		for (const [index, line] of lines.entries()) {
			await this.answerLevels(index + 1, line.chance, line.contribution);
			await this.answerRecurrence(index + 1, line);
		}
		await this.next();
		await expect(this.page).toHaveURL(/\/controleren$/);
		await this.next();
		await expect(this.page).toHaveURL(/\/resultaat$/);
	}

	figure(testId: string) {
		return this.page.getByTestId(testId);
	}

	holderAmount(holder: string) {
		return this.page
			.getByTestId('per-holder-table')
			.getByRole('row', { name: holder })
			.getByRole('cell');
	}
}
