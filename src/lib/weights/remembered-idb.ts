/**
 * Kept weights in the browser's IndexedDB, one database per site: descriptions
 * in `models` (listing reads only these), weights in `chunks` keyed
 * `[id, index]`. Each chunk is its own transaction, so a large model is never
 * held twice in memory by one huge write, and progress can be shown.
 */
import type { RememberedBackend, RememberedMeta } from './remembered';

const DB_NAME = 'alexnet-lab-remembered-weights';
const DB_VERSION = 1;
const MODELS = 'models';
const CHUNKS = 'chunks';

function done<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/** Resolves when the transaction has committed; a quota error often surfaces only here, as its abort. */
function committed(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
		tx.onerror = () => reject(tx.error);
	});
}

function open(): Promise<IDBDatabase> {
	const request = indexedDB.open(DB_NAME, DB_VERSION);
	request.onupgradeneeded = () => {
		const db = request.result;
		if (!db.objectStoreNames.contains(MODELS)) db.createObjectStore(MODELS, { keyPath: 'id' });
		if (!db.objectStoreNames.contains(CHUNKS)) db.createObjectStore(CHUNKS);
	};
	return done(request);
}

export class IndexedDbBackend implements RememberedBackend {
	#db: Promise<IDBDatabase> | null = null;

	#database(): Promise<IDBDatabase> {
		this.#db ??= open().catch((error: unknown) => {
			this.#db = null; // try again next time (e.g. a private window that refused once)
			throw error;
		});
		return this.#db;
	}

	async #write(stores: string[], work: (tx: IDBTransaction) => void): Promise<void> {
		const tx = (await this.#database()).transaction(stores, 'readwrite');
		const finished = committed(tx);
		work(tx);
		await finished;
	}

	async listMeta(): Promise<RememberedMeta[]> {
		const tx = (await this.#database()).transaction(MODELS, 'readonly');
		return done(tx.objectStore(MODELS).getAll() as IDBRequest<RememberedMeta[]>);
	}

	putMeta(meta: RememberedMeta): Promise<void> {
		return this.#write([MODELS], (tx) => tx.objectStore(MODELS).put(meta));
	}

	putChunk(id: string, index: number, data: ArrayBuffer): Promise<void> {
		return this.#write([CHUNKS], (tx) => tx.objectStore(CHUNKS).put(data, [id, index]));
	}

	async getChunk(id: string, index: number): Promise<ArrayBuffer | undefined> {
		const tx = (await this.#database()).transaction(CHUNKS, 'readonly');
		return done(tx.objectStore(CHUNKS).get([id, index]) as IDBRequest<ArrayBuffer | undefined>);
	}

	remove(id: string): Promise<void> {
		return this.#write([MODELS, CHUNKS], (tx) => {
			tx.objectStore(MODELS).delete(id);
			// Every [id, n]: arrays compare element by element, and [] sorts after every number.
			tx.objectStore(CHUNKS).delete(IDBKeyRange.bound([id, 0], [id, []]));
		});
	}
}
