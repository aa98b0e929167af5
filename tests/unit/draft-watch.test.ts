// A draft's page follows its draft without Dexie (draft-watch.ts): Dexie's own announcement of a
// write, from another tab, makes the page read the draft again. These tests write through the
// repository (Dexie) as another tab would and hold the watcher to what it must pass on.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyProposal, type Proposal } from '$lib/domain/schemas/proposal';
import type { BrokenDraft } from '$lib/domain/records';
import { BaatwijzerDb, type StoredDraft } from '$lib/storage/db';
import { DraftsRepository } from '$lib/storage/drafts-repository';
import { DEXIE_MUTATIONS, touchesDrafts, watchStoredDraft } from '$lib/storage/draft-watch';
import { DATABASE_NAME } from '$lib/storage/schema-versions';

const now = new Date('2026-12-06T10:00:00Z');
const proposal = (id: string, title: string): Proposal => ({ ...emptyProposal(id, now), title });
type Seen = StoredDraft | BrokenDraft | undefined;

/** Calls `watch` and resolves with what it passes on, once `until` holds. */
function follow(id: string, until: (seen: Seen[]) => boolean) {
	const seen: Seen[] = [];
	let stop = () => {};
	const done = new Promise<Seen[]>((resolve) => {
		stop = watchStoredDraft(id, (read) => {
			seen.push(read);
			if (until(seen)) resolve(seen);
		});
	});
	return { done, stop: () => stop(), seen };
}

afterEach(async () => {
	await Dexie.delete(DATABASE_NAME);
});

describe('following a draft without Dexie', () => {
	it("passes on another tab's save, then its delete", async () => {
		const db = new BaatwijzerDb();
		const other = new DraftsRepository(db);
		const stored = await other.create(proposal('a', 'Begin'));
		const saved = follow('a', (seen) => seen.some((read) => read && 'revision' in read));
		await other.save({ ...stored.proposal, title: 'Elders gewijzigd' }, stored.revision);
		const [read] = await saved.done;
		expect(read).toMatchObject({ revision: stored.revision + 1 });
		expect((read as StoredDraft).proposal.title).toBe('Elders gewijzigd');
		saved.stop();

		const deleted = follow('a', (seen) => seen.includes(undefined));
		await other.delete('a');
		expect(await deleted.done).toContain(undefined);
		deleted.stop();
		db.close();
	});

	it('passes nothing on once stopped', async () => {
		const db = new BaatwijzerDb();
		const other = new DraftsRepository(db);
		const stored = await other.create(proposal('a', 'Begin'));
		const stopped = follow('a', () => true);
		stopped.stop();
		// A second watcher that is still on tells when the announcement has been handled.
		const live = follow('a', () => true);
		await other.save({ ...stored.proposal, title: 'Later' }, stored.revision);
		await live.done;
		live.stop();
		expect(stopped.seen).toEqual([]);
		db.close();
	});

	it('reads only for announcements that touch the drafts table', () => {
		expect(touchesDrafts({ [`idb://${DATABASE_NAME}/drafts/`]: {} })).toBe(true);
		expect(touchesDrafts({ [`idb://${DATABASE_NAME}/drafts/updatedAt`]: {} })).toBe(true);
		expect(touchesDrafts({ all: {} })).toBe(true);
		expect(touchesDrafts({ [`idb://${DATABASE_NAME}/summaries/`]: {} })).toBe(false);
		expect(touchesDrafts({ [`idb://${DATABASE_NAME}/priceLists/`]: {} })).toBe(false);
		expect(touchesDrafts(null)).toBe(false);
	});

	it('listens under the name Dexie announces on (a Dexie update that renames it fails here)', () => {
		const dexie = readFileSync('node_modules/dexie/dist/dexie.mjs', 'utf8');
		expect(dexie).toContain(`STORAGE_MUTATED_DOM_EVENT_NAME = '${DEXIE_MUTATIONS}'`);
		expect(dexie).toContain('new BroadcastChannel(STORAGE_MUTATED_DOM_EVENT_NAME)');
	});
});
