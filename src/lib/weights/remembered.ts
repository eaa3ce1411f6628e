/**
 * Weights the reader chose to keep on this device, whatever stores them: a
 * record is the converted weights (the manifest the engine reads plus its
 * bytes), so using it again never reads the .pth.
 *
 * The bytes are cut into chunks of at most `CHUNK_BYTES`, each stored on its
 * own, so a 244 MB model never needs one huge value (browsers limit those) and
 * a failure half-way is known by chunk. The description is written first,
 * marked incomplete, and marked complete after the last chunk: a record cut
 * short by a closed tab or a full disk stays listed, as incomplete, and can be
 * forgotten to free its space.
 */
import { entryBytes } from '../engine/weights';
import type { VariantId } from '../model/types';
import type { ModelJson } from './manifest';

export const CHUNK_BYTES = 32 * 1024 * 1024;

/** What is listed without reading any weights. */
export interface RememberedMeta {
	id: string;
	/** The model card's name: the file's name. */
	name: string;
	variant: VariantId;
	classes: number;
	/** Bytes of converted weights kept: the space the record takes. */
	bytes: number;
	/** ISO 8601. */
	savedAt: string;
	chunks: number;
	/** False until every chunk is written. */
	complete: boolean;
	manifest: ModelJson;
}

/** The few operations a storage needs; chunking and checking live in `RememberedStore`. */
export interface RememberedBackend {
	listMeta(): Promise<RememberedMeta[]>;
	putMeta(meta: RememberedMeta): Promise<void>;
	putChunk(id: string, index: number, data: ArrayBuffer): Promise<void>;
	getChunk(id: string, index: number): Promise<ArrayBuffer | undefined>;
	/** The description and every chunk of `id`; no error if some are already gone. */
	remove(id: string): Promise<void>;
}

/** Weights as the engine runs them: one buffer from the .pth loader, or chunks. */
export interface ModelToKeep {
	manifest: ModelJson;
	data: ArrayBuffer | ArrayBuffer[];
}

export interface RememberedWeights {
	meta: RememberedMeta;
	manifest: ModelJson;
	/** The chunks in order: the engine reads them as one buffer. */
	data: ArrayBuffer[];
}

export type RememberErrorKind = 'quota' | 'incomplete' | 'missing';

export class RememberError extends Error {
	constructor(
		readonly kind: RememberErrorKind,
		message: string,
		/** quota: the bytes the model needs and those the browser said were free (when it says). */
		readonly space: { needed: number; free?: number } = { needed: 0 }
	) {
		super(message);
		this.name = 'RememberError';
	}
}

export interface SpaceEstimate {
	usage?: number;
	quota?: number;
}

export interface StoreOptions {
	chunkBytes?: number;
	/** `navigator.storage.estimate` in the browser: checked before writing, and quoted in a quota error. */
	estimate?: () => Promise<SpaceEstimate | null>;
	now?: () => Date;
	newId?: () => string;
}

/** Browsers name a full store `QuotaExceededError`; older Firefox said `NS_ERROR_DOM_QUOTA_REACHED`. */
export function isQuotaError(error: unknown): boolean {
	const name = (error as { name?: unknown } | null)?.name;
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

export const byteLength = (data: ArrayBuffer | ArrayBuffer[]) =>
	Array.isArray(data) ? data.reduce((sum, part) => sum + part.byteLength, 0) : data.byteLength;

/** `data` in pieces of at most `size` bytes (copies: a stored view would store its whole buffer). */
export function splitIntoChunks(data: ArrayBuffer | ArrayBuffer[], size = CHUNK_BYTES): ArrayBuffer[] {
	const whole = Array.isArray(data) ? joinBuffers(data) : data;
	const chunks: ArrayBuffer[] = [];
	for (let start = 0; start < whole.byteLength; start += size) chunks.push(whole.slice(start, start + size));
	return chunks.length > 0 ? chunks : [new ArrayBuffer(0)];
}

function joinBuffers(parts: ArrayBuffer[]): ArrayBuffer {
	const out = new Uint8Array(byteLength(parts));
	let at = 0;
	for (const part of parts) {
		out.set(new Uint8Array(part), at);
		at += part.byteLength;
	}
	return out.buffer;
}

/** The same weights as `meta`: same name, variant and size (keeping one file twice makes one record). */
export const isSameModel = (meta: RememberedMeta, model: ModelToKeep) =>
	meta.name === model.manifest.modelCard.name &&
	meta.variant === model.manifest.modelCard.variant &&
	meta.bytes === byteLength(model.data);

const manifestBytes = (manifest: ModelJson) =>
	manifest.weightsManifest.flatMap((group) => group.weights).reduce((sum, entry) => sum + entryBytes(entry), 0);

const freeBytes = (estimate: SpaceEstimate | null | undefined) =>
	estimate?.quota !== undefined && estimate.usage !== undefined
		? Math.max(0, estimate.quota - estimate.usage)
		: undefined;

export class RememberedStore {
	#backend: RememberedBackend;
	#chunkBytes: number;
	#estimate: () => Promise<SpaceEstimate | null>;
	#now: () => Date;
	#newId: () => string;

	constructor(backend: RememberedBackend, options: StoreOptions = {}) {
		this.#backend = backend;
		this.#chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
		this.#estimate = options.estimate ?? (async () => null);
		this.#now = options.now ?? (() => new Date());
		this.#newId = options.newId ?? newId;
	}

	/** Newest first. */
	async list(): Promise<RememberedMeta[]> {
		const all = await this.#backend.listMeta();
		return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
	}

	/**
	 * Keeps `model`. When the browser has no room, whatever was written of it is
	 * removed again and a `quota` error says how much was needed; other records
	 * are never touched.
	 */
	async save(model: ModelToKeep, onProgress?: (done: number, total: number) => void): Promise<RememberedMeta> {
		const card = model.manifest.modelCard;
		const needed = byteLength(model.data);
		const free = freeBytes(await this.#estimate());
		if (free !== undefined && free < needed) throw this.#quotaError(needed, free);
		const chunks = splitIntoChunks(model.data, this.#chunkBytes);
		const meta: RememberedMeta = {
			id: this.#newId(),
			name: card.name,
			variant: card.variant,
			classes: card.classes,
			bytes: needed,
			savedAt: this.#now().toISOString(),
			chunks: chunks.length,
			complete: false,
			manifest: model.manifest
		};
		try {
			await this.#backend.putMeta(meta);
			let done = 0;
			for (const [index, chunk] of chunks.entries()) {
				await this.#backend.putChunk(meta.id, index, chunk);
				done += chunk.byteLength;
				onProgress?.(done, needed);
			}
			const complete = { ...meta, complete: true };
			await this.#backend.putMeta(complete);
			return complete;
		} catch (error) {
			await this.#backend.remove(meta.id).catch(() => {});
			if (!isQuotaError(error)) throw error;
			// An estimate that still shows room (a full disk, a test's quota) would contradict the refusal: not quoted.
			const free = freeBytes(await this.#estimate());
			throw this.#quotaError(needed, free !== undefined && free < needed ? free : undefined);
		}
	}

	/** The weights of `id`, checked whole: every chunk there and the bytes the manifest describes. */
	async load(id: string): Promise<RememberedWeights> {
		const meta = (await this.#backend.listMeta()).find((m) => m.id === id);
		if (!meta) throw new RememberError('missing', `No kept model has the id ${id}.`);
		if (!meta.complete) throw incomplete(meta, 'it was not completely saved');
		const data: ArrayBuffer[] = [];
		for (let index = 0; index < meta.chunks; index++) {
			const chunk = await this.#backend.getChunk(id, index);
			if (!chunk) throw incomplete(meta, `part ${index + 1} of ${meta.chunks} is missing`);
			data.push(chunk);
		}
		const stored = data.reduce((sum, chunk) => sum + chunk.byteLength, 0);
		const expected = manifestBytes(meta.manifest);
		if (stored !== meta.bytes || stored !== expected) {
			throw incomplete(meta, `${stored} bytes are stored, the weights need ${expected}`);
		}
		return { meta, manifest: meta.manifest, data };
	}

	async forget(id: string): Promise<void> {
		await this.#backend.remove(id);
	}

	#quotaError(needed: number, free: number | undefined): RememberError {
		return new RememberError('quota', 'This browser has no room to keep the model.', { needed, free });
	}
}

/** Unique enough for one browser's list; `crypto.randomUUID` needs a secure context, a LAN host over http is not. */
const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

function incomplete(meta: RememberedMeta, why: string): RememberError {
	return new RememberError('incomplete', `${meta.name} cannot be used: ${why}. Forget it to free its space.`);
}
