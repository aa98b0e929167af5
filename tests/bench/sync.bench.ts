/**
 * Issue 20: a municipality's portfolio through the optional sync. 1,000 snapshots handed in by 10
 * organisations (100 each) wait on a CouchDB-compatible server on loopback; a reviewer signs in
 * in Chromium and synchronises. Measured: the time from "Nu synchroniseren" until the round is
 * done (replicated, every document checked, the proposals stored), and until Mijn voorstellen
 * lists all of them. A second round (nothing new) shows what a routine round costs.
 */
import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { nextHandIn, usedPriceItems } from '$lib/domain/hand-in/hand-in';
import { snapshotDocument } from '$lib/domain/sync/documents';
import { proposalSchema } from '$lib/domain/schemas/proposal';
import { ADMIN, CouchServer } from '../e2e/couch-server';
import { report } from './report';
import { withServedApp } from './served-app';

const port = 4394;
const ORGANISATIONS = 10;
const PER_ORGANISATION = 100;

it('replicates 1,000 snapshots of 10 organisations to a reviewer in Chromium', async () => {
	const codes = Array.from({ length: ORGANISATIONS }, (_, index) => `lev-${index + 1}`);
	const couch = await CouchServer.start({
		organisations: codes.map((code) => ({ code, name: code, users: [] })),
		reviewers: [{ name: 'rita', password: 'rita-geheim' }]
	});
	const figures: Record<string, string> = {};
	try {
		const file = JSON.parse(
			readFileSync('tests/fixtures/proposals/maatjes-tien-regels.json', 'utf8')
		);
		const base = proposalSchema.parse(file.drafts[0].proposal);
		const carried = file.drafts[0].priceItems as { id: string }[];
		for (const code of codes) {
			const docs = [];
			for (let index = 0; index < PER_ORGANISATION; index++) {
				const proposal = {
					...base,
					id: `${code}-${index}`,
					title: `${base.title} ${code} ${index}`
				};
				const items = usedPriceItems(
					proposal,
					(id) => carried.find((item) => item.id === id) as never
				);
				const handIn = await nextHandIn(proposal, items, new Date(), code);
				docs.push(snapshotDocument({ ...proposal, handIns: [handIn] }, items, handIn, 'bench'));
			}
			const written = await couch.as(ADMIN, 'POST', `baatwijzer-org-${code}/_bulk_docs`, { docs });
			if (written.status !== 201) throw new Error(`bulk ${code}: ${written.status}`);
		}
		await withServedApp(port, async (browser, origin) => {
			const page = await browser.newPage();
			await page.goto(`${origin}/synchronisatie`);
			await page.getByLabel('Adres van de server').fill(couch.url);
			await page.getByLabel('Accountnaam').fill('rita');
			await page.getByLabel('Wachtwoord', { exact: true }).fill('rita-geheim');
			const start = Date.now();
			await page.getByRole('button', { name: 'Inloggen en synchronisatie aanzetten' }).click();
			const status = page.getByTestId('sync-status');
			await status.and(page.locator('[data-phase="done"]')).waitFor({ timeout: 600_000 });
			figures['first round: sign in, replicate, check and store 1,000'] =
				`${Date.now() - start} ms`;
			const listed = Date.now();
			await page.goto(`${origin}/voorstellen`);
			await page.locator('[data-checked="true"]').waitFor({ timeout: 600_000 });
			await page
				.getByText(`${ORGANISATIONS * PER_ORGANISATION} voorstellen`, { exact: false })
				.first()
				.waitFor({ timeout: 60_000 })
				.catch(() => undefined);
			figures['Mijn voorstellen lists them (checked)'] = `${Date.now() - listed} ms`;
			figures['cards on the page'] = String(await page.getByTestId('card-hand-in').count());
			await page.goto(`${origin}/synchronisatie`);
			await status.and(page.locator('[data-phase="done"]')).waitFor({ timeout: 600_000 });
			const again = Date.now();
			await page.getByRole('button', { name: 'Nu synchroniseren' }).click();
			await status
				.and(page.locator('[data-phase="syncing"]'))
				.waitFor()
				.catch(() => undefined);
			await status.and(page.locator('[data-phase="done"]')).waitFor({ timeout: 600_000 });
			figures['a round with nothing new'] = `${Date.now() - again} ms`;
		});
	} finally {
		await couch.dispose();
	}
	report('Sync: 1,000 snapshots from 10 organisations to one reviewer, in Chromium', figures);
}, 900_000);
