/**
 * The optional sync at work (loaded only when sync is on): signs in, replicates on start, every
 * half minute, when the network returns and after each hand-in or review; reads every received
 * document through the domain's checks; and takes what passed into this browser's drafts.
 */
import { readReceived, reviewDocument, snapshotDocument } from '$lib/domain/sync/documents';
import type { Received, ReceivedSnapshot, ReviewDocument } from '$lib/domain/sync/documents';
import { roleOf } from '$lib/domain/sync/names';
import type { PriceItem } from '$lib/domain/price-list/price-item';
import type { Proposal } from '$lib/domain/schemas/proposal';
import { openStorage } from '$lib/storage';
import { SessionError, signIn, signOut } from '$lib/storage/sync/couch-session';
import { SyncEngine } from '$lib/storage/sync/engine';
import { receiveHandIns, receiveReviews } from './sync-receive';
import { syncStatus, type AsideItem, type SyncPhase } from './sync-status.svelte';
import { syncAccount, type SyncAccount } from './sync-account.svelte';

const INTERVAL_MS = 30_000;
const key = (account: SyncAccount, what: string) => `baatwijzer.sync.${account.name}.${what}`;

function readSet(name: string): Set<string> {
	try {
		const value = JSON.parse(localStorage.getItem(name) ?? '[]');
		return new Set(Array.isArray(value) ? value.filter((id) => typeof id === 'string') : []);
	} catch {
		return new Set();
	}
}
const writeSet = (name: string, set: Set<string>) =>
	localStorage.setItem(name, JSON.stringify([...set]));

export type SignInResult =
	{ ok: true } | { ok: false; problem: 'unreachable' | 'wrongPassword' | 'notCouch' | 'noRole' };

class SyncRunner {
	#engine: SyncEngine | null = null;
	#started = false;
	#running: Promise<void> | null = null;
	#again = false;
	/** Documents already read, by id and revision: documents never change, so once is enough. */
	readonly #read = new Map<string, Received>();
	/** The local copies may hold something not yet read into the drafts (true until a first read). */
	#unread = true;
	/** Per proposal, the hand-in number this browser's draft already holds (reviewer). */
	readonly #taken = new Map<string, number>();

	#engineFor(account: SyncAccount): SyncEngine {
		if (this.#engine?.account !== account) {
			void this.#engine?.close();
			this.#engine = new SyncEngine(account);
		}
		return this.#engine;
	}

	async signIn(server: string, name: string, password: string): Promise<SignInResult> {
		try {
			const session = await signIn(server, name, password);
			const role = roleOf(session.roles);
			if (role.kind === 'none') {
				await signOut(server);
				return { ok: false, problem: 'noRole' };
			}
			syncAccount.remember({
				server,
				name: session.name ?? name,
				role: role.kind,
				organisation: role.kind === 'organisation' ? role.organisation : null
			});
		} catch (error) {
			if (error instanceof SessionError) return { ok: false, problem: error.problem };
			throw error;
		}
		this.start();
		return { ok: true };
	}

	async signOut(): Promise<void> {
		const account = syncAccount.current;
		if (account) await signOut(account.server);
		await this.#engine?.close();
		this.#engine = null;
		syncAccount.remember(null);
		syncStatus.phase = 'idle';
		syncStatus.waiting = 0;
		syncStatus.reviews = [];
		syncStatus.aside = [];
		syncStatus.refused = [];
	}

	start(): void {
		if (this.#started) {
			void this.syncNow();
			return;
		}
		this.#started = true;
		window.addEventListener('online', () => void this.syncNow());
		window.addEventListener('offline', () => {
			if (syncAccount.on) syncStatus.phase = 'offline';
		});
		// When the network drops in the middle of a round, PouchDB's replication can leave the
		// rejection of one request for the server's info unhandled, after the round itself has
		// already failed and reported it (the phase). With sync on, the app fetches nothing but
		// the sync server, so a network TypeError here is that one: expected, and already told.
		window.addEventListener('unhandledrejection', (event) => {
			const reason = event.reason as { name?: string; message?: string } | null;
			if (
				syncAccount.on &&
				reason?.name === 'TypeError' &&
				/fetch|network/i.test(reason.message ?? '')
			)
				event.preventDefault();
		});
		setInterval(() => void this.syncNow(), INTERVAL_MS);
		void this.syncNow();
	}

	/** One round now; a call during a round asks for one more after it. */
	syncNow(): Promise<void> {
		if (this.#running) {
			this.#again = true;
			return this.#running;
		}
		this.#running = this.#round().finally(() => {
			this.#running = null;
			if (this.#again) {
				this.#again = false;
				void this.syncNow();
			}
		});
		return this.#running;
	}

	async queueHandIn(proposal: Proposal, items: readonly PriceItem[]): Promise<void> {
		const account = syncAccount.current;
		const handIn = proposal.handIns.at(-1);
		if (account?.role !== 'organisation' || !handIn || !handIn.organisation) return;
		const doc = snapshotDocument(proposal, items, handIn, account.name);
		await this.#engineFor(account).add(handIn.organisation, doc);
		this.#unread = true;
		syncStatus.waiting += 1;
		void this.syncNow();
	}

	async sendReview(proposal: Proposal): Promise<void> {
		const account = syncAccount.current;
		const organisation = proposal.handIns.at(-1)?.organisation;
		if (account?.role !== 'reviewer' || !organisation) return;
		const doc = reviewDocument(proposal, account.name, new Date(), crypto.randomUUID());
		await this.#engineFor(account).add(organisation, doc);
		this.#unread = true;
		syncStatus.reviews = [...syncStatus.reviews, doc];
		syncStatus.waiting += 1;
		void this.syncNow();
	}

	async #round(): Promise<void> {
		const account = syncAccount.current;
		if (!account) return;
		const engine = this.#engineFor(account);
		const knownKey = key(account, 'organisations');
		let organisations = [...readSet(knownKey)];
		if (account.organisation) organisations = [account.organisation];
		syncStatus.phase = 'syncing';
		let problem: SyncPhase | null = null;
		if (!navigator.onLine) problem = 'offline';
		else {
			try {
				organisations = await engine.organisations(organisations);
				writeSet(knownKey, new Set(organisations));
			} catch (error) {
				const status = (error as { status?: number }).status;
				problem = status === 401 ? 'signedOut' : status === 403 ? 'denied' : 'unreachable';
			}
		}
		let done: string[] = [];
		// Only what was local before this replication began can have gone with it.
		const before = await engine.localIds(organisations);
		if (problem === null) {
			const round = await engine.replicate(organisations);
			problem = round.problem;
			done = round.done;
			syncStatus.refused = round.refused;
			if (round.received > 0 || round.refused.length > 0) this.#unread = true;
		}
		// A routine round (nothing came in, nothing was waiting) leaves everything as it was.
		const refused = new Set(syncStatus.refused.map((refusal) => refusal.id));
		if (!this.#unread && problem === null && syncStatus.waiting === 0) {
			syncStatus.phase = 'done';
			syncStatus.lastDoneAt = new Date().toISOString();
			return;
		}
		this.#unread = false;
		await this.#take(engine, account, organisations, { done, before, refused });
		if (account !== syncAccount.current) return;
		syncStatus.phase = problem ?? 'done';
		if (problem === null) syncStatus.lastDoneAt = new Date().toISOString();
	}

	/** Reads the local copies, keeps aside what fails, and takes the rest into the drafts. */
	async #take(
		engine: SyncEngine,
		account: SyncAccount,
		organisations: readonly string[],
		sent: { done: readonly string[]; before: ReadonlySet<string>; refused: ReadonlySet<string> }
	): Promise<void> {
		const documents = await engine.documents(organisations);
		const aside: AsideItem[] = [];
		const reviews: ReviewDocument[] = [];
		const snapshots: ReceivedSnapshot[] = [];
		const own: { organisation: string; id: string }[] = [];
		for (const { organisation, doc } of documents) {
			const cacheKey = `${organisation}/${String(doc._id)}/${String(doc._rev)}`;
			let read = this.#read.get(cacheKey);
			if (!read) {
				read = await readReceived(doc, organisation);
				this.#read.set(cacheKey, read);
			}
			if (!read.ok) {
				const { kind } = read.reason;
				const issues = kind === 'invalid' && 'issues' in read.reason ? read.reason.issues : [];
				aside.push({ id: read.id, organisation, title: read.title, reason: kind, issues });
			} else if (read.kind === 'review') {
				reviews.push(read.review);
				if (read.review.reviewer === account.name) own.push({ organisation, id: read.review._id });
			} else {
				snapshots.push(read.snapshot);
				if (read.snapshot.submittedBy === account.name)
					own.push({ organisation, id: read.snapshot.id });
			}
		}
		reviews.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
		snapshots.sort((a, b) => a.handIn.number - b.handIn.number);
		if (account !== syncAccount.current) return;
		syncStatus.aside = aside;
		syncStatus.reviews = reviews;
		// What is on the server: everything of an organisation whose replication completed.
		const confirmedKey = key(account, 'confirmed');
		const confirmed = readSet(confirmedKey);
		for (const { organisation, id } of own)
			if (
				sent.done.includes(organisation) &&
				sent.before.has(`${organisation}/${id}`) &&
				!sent.refused.has(id)
			)
				confirmed.add(id);
		writeSet(confirmedKey, confirmed);
		syncStatus.waiting = own.filter(({ id }) => !confirmed.has(id)).length;

		const storage = await openStorage();
		if (account.role === 'reviewer') {
			syncStatus.changes = await receiveHandIns(storage, snapshots, this.#taken);
		} else {
			const appliedKey = key(account, 'applied');
			const applied = readSet(appliedKey);
			await receiveReviews(storage, reviews, applied);
			writeSet(appliedKey, applied);
		}
	}
}

export const runner = new SyncRunner();
