/**
 * The legacy format beyond what the fixture index covers (read-pth.test.ts
 * reads every legacy fixture's values, logits.test.ts their logits):
 * storage views, long pickles, and files that are damaged or cut short.
 */
import { describe, expect, it } from 'vitest';
import { bytesSource } from './byte-source';
import { PthError } from './errors';
import { OP } from './pickle-opcodes';
import { readPthStateDict } from './read-pth';
import { readFloat32 } from './tensor-data';
import { fixtureBytes } from './testing/fixtures';
import { dictPickle, legacyFile, legacyTensor, type LegacyParts, type LegacyTensor } from './testing/legacy-builder';
import { pickle } from './testing/pickle-builder';

/** A 2×3 column-major tensor on storage "1" ([0 … 5]), and a view of that storage's elements 2…4. */
const matrix: LegacyTensor = { key: '1', numel: 6, offset: 0, shape: [2, 3], stride: [1, 2] };
const viewed: LegacyTensor = { key: '1', numel: 6, view: ['9', 2, 3], offset: 1, shape: [2], stride: [1] };

const file = (tensors: Record<string, LegacyTensor>, parts: Partial<LegacyParts> = {}) =>
	legacyFile({
		main: dictPickle(Object.entries(tensors).map(([name, t]) => [name, (p) => legacyTensor(p, t)])),
		keys: ['1'],
		storages: [{ values: [0, 1, 2, 3, 4, 5] }],
		...parts
	});

async function values(bytes: Uint8Array): Promise<Record<string, number[]>> {
	const checkpoint = await readPthStateDict(bytesSource(bytes));
	const out: Record<string, number[]> = {};
	for (const [name, tensor] of checkpoint.tensors) {
		out[name] = [...(await readFloat32(tensor, await checkpoint.openStorage(tensor)))];
	}
	return out;
}

async function failure(bytes: Uint8Array): Promise<PthError> {
	const error = await readPthStateDict(bytesSource(bytes)).then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(PthError);
	return error as PthError;
}

describe('legacy files written by hand', () => {
	it('reads strided tensors and storage views (view_metadata) of one storage', async () => {
		expect(await values(file({ matrix, viewed }))).toEqual({ matrix: [0, 2, 4, 1, 3, 5], viewed: [3, 4] });
	});

	it('reads pickles longer than its first look at the file', async () => {
		const main = dictPickle([
			['notes', (p) => p.str('x'.repeat(200_000))],
			[
				'state_dict',
				(p) =>
					p
						.op(OP.EMPTY_DICT)
						.str('matrix')
						.op(...legacyTensorBytes(matrix), OP.SETITEM)
			]
		]);
		expect(await values(file({}, { main }))).toEqual({ matrix: [0, 2, 4, 1, 3, 5] });
	});

	it('refuses a view that reaches past the end of its storage', async () => {
		const error = await failure(file({ viewed: { ...viewed, view: ['9', 4, 3] } }));
		expect([error.kind, error.message]).toEqual(['corrupt', expect.stringContaining('reaches past the end')]);
	});

	it('refuses a storage whose element count differs from the pickle’s', async () => {
		const error = await failure(file({ matrix }, { storages: [{ count: 7, values: [0, 1, 2, 3, 4, 5, 6] }] }));
		expect([error.kind, error.message]).toEqual(['corrupt', expect.stringContaining('holds 7 elements')]);
	});

	it('refuses a key list that does not match the tensors', async () => {
		const extra = await failure(file({ matrix }, { keys: ['1', '2'] }));
		expect(extra.message).toContain('no tensor uses it');
		const missing = await failure(file({ matrix }, { keys: [], storages: [] }));
		expect(missing.message).toContain('its values are not in the file');
	});

	it('refuses other versions of the format, and pickles that are not torch.save’s', async () => {
		expect((await failure(file({ matrix }, { version: 1000 }))).kind).toBe('unsupported');
		const bare = await failure(pickle((p) => p.op(OP.EMPTY_DICT)));
		expect([bare.kind, bare.message]).toEqual(['not-pytorch', expect.stringContaining('bare Python pickle')]);
	});
});

/** `legacyTensor`'s opcodes on their own, to put a tensor inside a nested dict. */
function legacyTensorBytes(t: LegacyTensor): number[] {
	const whole = pickle((p) => legacyTensor(p, t));
	return [...whole.subarray(2, whole.length - 1)]; // without PROTO 2 and STOP
}

/** A tiny xorshift generator, so the damaged files are the same on every run. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 4294967296;
	};
}

async function outcome(bytes: Uint8Array): Promise<unknown> {
	return readPthStateDict(bytesSource(bytes)).then(
		() => null,
		(e: unknown) => e
	);
}

describe('cut-short and damaged legacy files', () => {
	it('every prefix of a small legacy file says it ends too early', async () => {
		// Whole, torch.save's legacy file of a list is read and refused for holding a list.
		const whole = fixtureBytes('legacy-list.pth');
		await expect(readPthStateDict(bytesSource(whole))).rejects.toMatchObject({ kind: 'not-state-dict' });
		for (let length = 1; length < whole.length; length++) {
			const error = await outcome(whole.subarray(0, length));
			expect(error, `length ${length}`).toBeInstanceOf(PthError);
			expect([(error as PthError).kind, (error as PthError).message], `length ${length}`).toEqual([
				'truncated',
				expect.stringContaining('ends too early')
			]);
		}
	});

	it('a 29 MB legacy file cut in its pickles, its storage headers or its values says it ends too early', async () => {
		const whole = fixtureBytes('legacy-seed-7-float16-views-protocol4.pth');
		const lengths = [...Array.from({ length: 4096 }, (_, i) => i + 1)];
		for (let i = 1; i < 200; i++) lengths.push(Math.floor((whole.length * i) / 200));
		lengths.push(whole.length - 1);
		for (const length of lengths) {
			const error = await outcome(whole.subarray(0, length));
			expect(error, `length ${length}`).toBeInstanceOf(PthError);
			expect((error as PthError).kind, `length ${length}`).toBe('truncated');
		}
	});

	it('random byte changes in a legacy file either load or throw a PthError, never another error', async () => {
		const real = fixtureBytes('legacy-list.pth');
		const next = random(7);
		for (let trial = 0; trial < 2000; trial++) {
			const bytes = real.slice();
			const changes = 1 + Math.floor(next() * 4);
			for (let c = 0; c < changes; c++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
			const error = await outcome(bytes);
			if (error !== null) expect(error, `trial ${trial}: ${String(error)}`).toBeInstanceOf(PthError);
		}
	});
});
