/**
 * A `RememberedBackend` in a Map, for unit tests: values are copied in and out
 * as a browser's store would, and a byte quota makes a full disk on demand.
 */
import type { RememberedBackend, RememberedMeta } from '../remembered';

export class MemoryBackend implements RememberedBackend {
	meta = new Map<string, RememberedMeta>();
	chunks = new Map<string, ArrayBuffer>();

	/** `quotaBytes`: chunk bytes this store holds before a write fails with `QuotaExceededError`. */
	constructor(private quotaBytes = Infinity) {}

	get usedBytes(): number {
		return [...this.chunks.values()].reduce((sum, chunk) => sum + chunk.byteLength, 0);
	}

	async listMeta(): Promise<RememberedMeta[]> {
		return [...this.meta.values()].map((m) => structuredClone(m));
	}

	async putMeta(meta: RememberedMeta): Promise<void> {
		this.meta.set(meta.id, structuredClone(meta));
	}

	async putChunk(id: string, index: number, data: ArrayBuffer): Promise<void> {
		if (this.usedBytes + data.byteLength > this.quotaBytes) {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		}
		this.chunks.set(key(id, index), data.slice(0));
	}

	async getChunk(id: string, index: number): Promise<ArrayBuffer | undefined> {
		return this.chunks.get(key(id, index))?.slice(0);
	}

	async remove(id: string): Promise<void> {
		this.meta.delete(id);
		for (const k of [...this.chunks.keys()]) if (k.startsWith(`${id}/`)) this.chunks.delete(k);
	}
}

const key = (id: string, index: number) => `${id}/${index}`;
