import { describe, expect, it } from 'vitest';
import { makeModelCard } from './card';
import type { ModelJson } from './manifest';
import { RememberError, RememberedStore, splitIntoChunks, type ModelToKeep } from './remembered';
import { MemoryBackend } from './testing/memory-backend';

/** A model whose one weight holds `values` float32s 0, 1, 2…: every byte is checkable. */
function model(name: string, values: number): ModelToKeep {
	const card = makeModelCard({ name, variant: 'seed', classes: 7, inputSize: 224, preset: 'seed' });
	const manifest: ModelJson = {
		format: 'alexnet-lab-weights',
		version: 1,
		modelCard: card,
		weightsManifest: [{ paths: [], weights: [{ name: 'w', shape: [values], dtype: 'float32' }] }]
	};
	return { manifest, data: Float32Array.from({ length: values }, (_, i) => i).buffer };
}

const bytesOf = async (chunks: ArrayBuffer[]) => new Float32Array(await new Blob(chunks).arrayBuffer());

let ids = 0;
const store = (backend: MemoryBackend, options: ConstructorParameters<typeof RememberedStore>[1] = {}) =>
	new RememberedStore(backend, { newId: () => `m${++ids}`, ...options });

describe('splitIntoChunks', () => {
	it('cuts at the chunk size, the last piece shorter, and copies', () => {
		const data = new Uint8Array(10).map((_, i) => i).buffer;
		const chunks = splitIntoChunks(data, 4);
		expect(chunks.map((c) => c.byteLength)).toEqual([4, 4, 2]);
		expect([...new Uint8Array(chunks[2])]).toEqual([8, 9]);
		expect(chunks[0]).not.toBe(data);
	});

	it('joins chunks given as pieces before cutting them again', () => {
		const parts = [new Uint8Array([0, 1, 2]).buffer, new Uint8Array([3, 4, 5, 6]).buffer];
		expect(splitIntoChunks(parts, 4).map((c) => [...new Uint8Array(c)])).toEqual([
			[0, 1, 2, 3],
			[4, 5, 6]
		]);
	});
});

describe('RememberedStore', () => {
	it('saves, lists without reading weights, loads byte for byte and forgets', async () => {
		const backend = new MemoryBackend();
		const s = store(backend, { now: () => new Date('2025-03-01T10:00:00Z') });
		const saved = await s.save(model('a.pth', 100));
		expect(saved).toMatchObject({ name: 'a.pth', variant: 'seed', classes: 7, bytes: 400 });
		expect(saved).toMatchObject({ savedAt: '2025-03-01T10:00:00.000Z', chunks: 1, complete: true });

		const listed = await s.list();
		expect(listed).toEqual([saved]);

		const loaded = await s.load(saved.id);
		expect(loaded.manifest.modelCard.name).toBe('a.pth');
		const values = await bytesOf(loaded.data);
		expect(values.length).toBe(100);
		expect(values.every((v, i) => v === i)).toBe(true);

		await s.forget(saved.id);
		expect(await s.list()).toEqual([]);
		expect(backend.chunks.size).toBe(0);
	});

	it('lists the newest first', async () => {
		let day = 1;
		const s = store(new MemoryBackend(), { now: () => new Date(`2025-03-0${day++}T00:00:00Z`) });
		await s.save(model('old.pth', 4));
		await s.save(model('new.pth', 4));
		expect((await s.list()).map((m) => m.name)).toEqual(['new.pth', 'old.pth']);
	});

	it('stores a buffer larger than the chunk size in chunks and joins them in order', async () => {
		const backend = new MemoryBackend();
		const s = store(backend, { chunkBytes: 1000 });
		const saved = await s.save(model('big.pth', 2600)); // 10,400 bytes
		expect(saved.chunks).toBe(11);
		expect([...backend.chunks.values()].every((c) => c.byteLength <= 1000)).toBe(true);
		const loaded = await s.load(saved.id);
		expect(loaded.data).toHaveLength(11);
		const values = await bytesOf(loaded.data);
		expect(values.length).toBe(2600);
		expect(values.every((v, i) => v === i)).toBe(true);
	});

	it('reports progress chunk by chunk', async () => {
		const progress: number[] = [];
		await store(new MemoryBackend(), { chunkBytes: 400 }).save(model('p.pth', 250), (done) => progress.push(done));
		expect(progress).toEqual([400, 800, 1000]);
	});

	it('a full store: a clear quota error, the partial record removed, earlier records intact', async () => {
		const backend = new MemoryBackend(1000);
		const s = store(backend, { chunkBytes: 300 });
		const first = await s.save(model('first.pth', 100)); // 400 of 1000 bytes
		const error = await s.save(model('second.pth', 200)).catch((e: unknown) => e); // 800 more: fails part-way
		expect(error).toBeInstanceOf(RememberError);
		expect(error).toMatchObject({ kind: 'quota', space: { needed: 800, free: undefined } });
		expect((await s.list()).map((m) => m.name)).toEqual(['first.pth']);
		expect(backend.usedBytes).toBe(400);
		expect((await bytesOf((await s.load(first.id)).data)).length).toBe(100);
	});

	it('quotes the estimate after a refusal only when it agrees there is too little room', async () => {
		const backend = new MemoryBackend(100);
		let usage = 0;
		const s = store(backend, { chunkBytes: 100, estimate: async () => ({ usage, quota: 1000 }) });
		const error = await s.save(model('a.pth', 50), () => (usage = 900)).catch((e: unknown) => e);
		expect(error).toMatchObject({ kind: 'quota', space: { needed: 200, free: 100 } });
	});

	it('says how much was free, and writes nothing, when the estimate already shows no room', async () => {
		const backend = new MemoryBackend();
		const s = store(backend, { estimate: async () => ({ usage: 9_000, quota: 10_000 }) });
		const error = await s.save(model('big.pth', 500)).catch((e: unknown) => e);
		expect(error).toMatchObject({ kind: 'quota', space: { needed: 2000, free: 1000 } });
		expect(backend.meta.size).toBe(0);
	});

	it('an interrupted save is listed as incomplete, refused on load, and can be forgotten', async () => {
		const backend = new MemoryBackend();
		const s = store(backend);
		const saved = await s.save(model('cut.pth', 10));
		await backend.putMeta({ ...saved, complete: false });
		expect((await s.list())[0].complete).toBe(false);
		await expect(s.load(saved.id)).rejects.toMatchObject({ kind: 'incomplete' });
		await s.forget(saved.id);
		expect(await s.list()).toEqual([]);
		expect(backend.chunks.size).toBe(0);
	});

	it('a record with a missing or short chunk is reported, not run', async () => {
		const backend = new MemoryBackend();
		const s = store(backend, { chunkBytes: 16 });
		const gone = await s.save(model('gone.pth', 10));
		backend.chunks.delete(`${gone.id}/1`);
		await expect(s.load(gone.id)).rejects.toMatchObject({ kind: 'incomplete', message: /part 2 of 3 is missing/ });

		const short = await s.save(model('short.pth', 10));
		backend.chunks.set(`${short.id}/2`, new ArrayBuffer(4));
		await expect(s.load(short.id)).rejects.toMatchObject({ kind: 'incomplete', message: /36 bytes are stored/ });
	});

	it('an unknown id is reported as missing', async () => {
		await expect(store(new MemoryBackend()).load('nope')).rejects.toMatchObject({ kind: 'missing' });
	});
});
