/** Reading the weights format: packing, shards, and dequantisation of float16 and uint8 entries. */
import { describe, expect, it } from 'vitest';
import type { ModelCard, ModelJson, WeightEntry } from '../weights/manifest';
import { entryBytes, readWeights } from './weights';

const card: ModelCard = {
	name: 'test',
	variant: 'seed',
	classes: 2,
	labels: ['a', 'b'],
	inputSize: 224,
	preprocessing: {
		preset: 'imagenet',
		resize: { kind: 'stretch', size: 224 },
		grayscale: false,
		mean: [0, 0, 0],
		std: [1, 1, 1]
	}
};

function manifest(weights: WeightEntry[], paths = ['shard1.bin']): ModelJson {
	return { format: 'alexnet-lab-weights', version: 1, modelCard: card, weightsManifest: [{ paths, weights }] };
}

const bytesOf = (...parts: ArrayBufferView[]): ArrayBuffer => {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
	let offset = 0;
	for (const p of parts) {
		out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), offset);
		offset += p.byteLength;
	}
	return out.buffer;
};

describe('readWeights', () => {
	it('reads float32 entries packed back to back, in PyTorch layout', () => {
		const a = new Float32Array([1, 2, 3, 4, 5, 6]);
		const b = new Float32Array([-0.5, 0.25]);
		const m = manifest([
			{ name: 'features.0.weight', shape: [2, 3], dtype: 'float32' },
			{ name: 'features.0.bias', shape: [2], dtype: 'float32' }
		]);
		const { parameters } = readWeights(m, bytesOf(a, b));
		expect(parameters.get('features.0.weight')).toEqual({ shape: [2, 3], data: a });
		expect(parameters.get('features.0.bias')).toEqual({ shape: [2], data: b });
	});

	it('dequantises float16: normal, negative, largest, subnormal, zero', () => {
		const halves = new Uint16Array([0x3c00, 0xc000, 0x7bff, 0x0001, 0x0000, 0x3555]);
		const m = manifest([{ name: 'w', shape: [6], dtype: 'float32', quantization: { dtype: 'float16' } }]);
		const data = readWeights(m, bytesOf(halves)).parameters.get('w')?.data;
		expect(Array.from(data ?? [])).toEqual([1, -2, 65504, 2 ** -24, 0, Math.fround(0.333251953125)]);
	});

	it('dequantises uint8 as byte × scale + min', () => {
		const codes = new Uint8Array([0, 1, 128, 255]);
		const quantization = { dtype: 'uint8' as const, scale: 0.02, min: -1.5 };
		const m = manifest([{ name: 'w', shape: [2, 2], dtype: 'float32', quantization }]);
		const data = readWeights(m, bytesOf(codes)).parameters.get('w')?.data;
		expect(Array.from(data ?? [])).toEqual([-1.5, -1.48, 128 * 0.02 - 1.5, 255 * 0.02 - 1.5].map(Math.fround));
	});

	it('joins shards, even when an entry spans two of them, and mixes encodings', () => {
		const values = new Float32Array([1, 2, 3, 4]);
		const whole = new Uint8Array(bytesOf(values, new Uint16Array([0x3c00]), new Uint8Array([7])));
		const m = manifest(
			[
				{ name: 'a', shape: [4], dtype: 'float32' },
				{ name: 'b', shape: [1], dtype: 'float32', quantization: { dtype: 'float16' } },
				{ name: 'c', shape: [1], dtype: 'float32', quantization: { dtype: 'uint8', scale: 2, min: 1 } }
			],
			['s1.bin', 's2.bin']
		);
		const shards = [whole.slice(0, 6).buffer, whole.slice(6).buffer];
		const { parameters } = readWeights(m, shards);
		expect(parameters.get('a')?.data).toEqual(values);
		expect(parameters.get('b')?.data).toEqual(new Float32Array([1]));
		expect(parameters.get('c')?.data).toEqual(new Float32Array([15]));
	});

	it('counts bytes per encoding', () => {
		expect(entryBytes({ name: 'w', shape: [3, 5], dtype: 'float32' })).toBe(60);
		expect(entryBytes({ name: 'w', shape: [3, 5], dtype: 'float32', quantization: { dtype: 'float16' } })).toBe(30);
		expect(
			entryBytes({ name: 'w', shape: [3, 5], dtype: 'float32', quantization: { dtype: 'uint8', scale: 1, min: 0 } })
		).toBe(15);
	});

	it('refuses shards that are too short or too long, and files of another format', () => {
		const m = manifest([{ name: 'w', shape: [4], dtype: 'float32' }]);
		expect(() => readWeights(m, new ArrayBuffer(12))).toThrow(/w needs bytes 0–16/);
		expect(() => readWeights(m, new ArrayBuffer(20))).toThrow(/describes 16 bytes but the shards hold 20/);
		const other = { ...m, format: 'layers-model' } as unknown as ModelJson;
		expect(() => readWeights(other, new ArrayBuffer(16))).toThrow(/not "alexnet-lab-weights"/);
	});

	it('refuses uint8 entries without scale and min', () => {
		const m = manifest([{ name: 'w', shape: [1], dtype: 'float32', quantization: { dtype: 'uint8' } }]);
		expect(() => readWeights(m, new ArrayBuffer(1))).toThrow(/no scale\/min/);
	});
});
