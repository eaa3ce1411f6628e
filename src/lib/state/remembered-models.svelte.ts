/**
 * The Model page's list of weights kept on this device, with what the last
 * action did: keep, use, forget, each saying so in one message. Storage comes
 * in as a `RememberedStore` (IndexedDB in the browser, a Map in tests).
 * A message is written when shown, in the page's language: it is a function of
 * the words, so this module never needs to know the language.
 */
import { formatBytes, type RememberedWords } from '$lib/content/remembered';
import {
	askToPersist,
	estimateSpace,
	isPersisted,
	PERSIST_ABOVE_BYTES,
	type StorageSpace
} from '$lib/offline/storage-space';
import {
	byteLength,
	isSameModel,
	RememberError,
	RememberedStore,
	type ModelToKeep,
	type RememberedMeta,
	type RememberedWeights
} from '$lib/weights/remembered';
import { IndexedDbBackend } from '$lib/weights/remembered-idb';
import { errorMessage } from '../errors';

type Say = (words: RememberedWords) => string;

export interface RememberedMessage {
	/** problem: a quota error or a failure, shown as an alert. */
	kind: 'info' | 'problem';
	say: Say;
}

const info = (say: Say): RememberedMessage => ({ kind: 'info', say });
const problem = (say: Say): RememberedMessage => ({ kind: 'problem', say });

export class RememberedModels {
	records = $state.raw<RememberedMeta[]>([]);
	/** False until the first listing has come back. */
	listed = $state(false);
	space = $state.raw<StorageSpace | null>(null);
	persisted = $state(false);
	/** Keeping: bytes written so far, of `total`. */
	saving = $state.raw<{ name: string; done: number; total: number } | null>(null);
	/** The id being read or forgotten: its buttons wait. */
	busy = $state<string | null>(null);
	message = $state.raw<RememberedMessage | null>(null);

	#store: RememberedStore;

	constructor(store: RememberedStore = browserStore()) {
		this.#store = store;
	}

	async refresh(): Promise<void> {
		try {
			this.records = await this.#store.list();
		} catch (error) {
			this.message = problem(failed(error));
		}
		this.listed = true;
		this.space = await estimateSpace();
		this.persisted = await isPersisted();
	}

	isKept(model: ModelToKeep): boolean {
		return this.records.some((meta) => meta.complete && isSameModel(meta, model));
	}

	/** The record made, or null when it was not kept (the message says why). */
	async keep(model: ModelToKeep): Promise<RememberedMeta | null> {
		const name = model.manifest.modelCard.name;
		if (this.isKept(model)) {
			this.message = info((w) => w.already(name));
			return null;
		}
		this.message = null;
		this.saving = { name, done: 0, total: byteLength(model.data) };
		try {
			const meta = await this.#store.save(model, (done, total) => (this.saving = { name, done, total }));
			const persist = byteLength(model.data) > PERSIST_ABOVE_BYTES ? await askToPersist() : null;
			this.message = info((w) => w.saved(name, persist ? w.persist[persist] : ''));
			return meta;
		} catch (error) {
			const quota = error instanceof RememberError && error.kind === 'quota';
			this.message = problem(quota ? quotaText(error) : (w) => w.saveFailed(errorMessage(error)));
			return null;
		} finally {
			this.saving = null;
			await this.refresh();
		}
	}

	/** The kept weights of `id`, or null (and a message) when they cannot be read back whole. */
	async read(meta: RememberedMeta): Promise<RememberedWeights | null> {
		this.busy = meta.id;
		this.message = info((w) => w.reading(meta.name));
		try {
			const weights = await this.#store.load(meta.id);
			this.message = info((w) => w.used(meta.name));
			return weights;
		} catch (error) {
			this.message = problem(error instanceof RememberError ? (w) => w.unreadable(meta.name) : failed(error));
			return null;
		} finally {
			this.busy = null;
		}
	}

	/** `running`: the forgotten weights run in this tab now (they stay in memory until a reload). */
	async forget(meta: RememberedMeta, running: boolean): Promise<void> {
		this.busy = meta.id;
		try {
			await this.#store.forget(meta.id);
			this.message = info((w) => (running ? w.forgottenStillRunning : w.forgotten)(meta.name));
		} catch (error) {
			this.message = problem(failed(error));
		} finally {
			this.busy = null;
			await this.refresh();
		}
	}
}

let shared: RememberedStore | null = null;
/** One store (one database connection) for the tab, however often the Model page is opened. */
function browserStore(): RememberedStore {
	shared ??= new RememberedStore(new IndexedDbBackend(), { estimate: estimateSpace });
	return shared;
}

const failed =
	(error: unknown): Say =>
	(w) =>
		w.failed(errorMessage(error));

function quotaText(error: RememberError): Say {
	const { needed, free } = error.space;
	return (w) => w.quota(formatBytes(needed), free === undefined ? null : formatBytes(free));
}
