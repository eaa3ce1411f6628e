import { describe, expect, it } from 'vitest';
import { makeModelCard } from './card';
import { halfToFloatTable } from './float16';
import { encodeTensor, writeWeights } from './writer';

const values = Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 3 - 0.5);
const tensor = { name: 'features.0.weight', shape: [10, 100], values };
const card = makeModelCard({ name: 't', variant: 'seed', classes: 10, inputSize: 224, preset: 'fashion-mnist' });

describe('encodeTensor', () => {
	it('float32 is the values byte for byte', () => {
		const { entry, bytes } = encodeTensor(tensor, 'float32');
		expect(entry).toEqual({ name: 'features.0.weight', shape: [10, 100], dtype: 'float32' });
		expect([...new Float32Array(bytes.slice().buffer)]).toEqual([...values]);
	});

	it('float16 keeps every value within half precision', () => {
		const { entry, bytes } = encodeTensor(tensor, 'float16');
		expect(entry.quantization).toEqual({ dtype: 'float16' });
		const table = halfToFloatTable();
		const halves = new Uint16Array(bytes.slice().buffer);
		halves.forEach((h, i) =>
			expect(Math.abs(table[h] - values[i])).toBeLessThanOrEqual(Math.abs(values[i]) * 2 ** -11)
		);
	});

	it('uint8 maps the range onto 0…255 and dequantises within half a step', () => {
		const { entry, bytes } = encodeTensor(tensor, 'uint8');
		const { scale = NaN, min = NaN } = entry.quantization ?? {};
		expect(min).toBe(Math.min(...values));
		expect(Math.max(...bytes)).toBe(255);
		bytes.forEach((b, i) => expect(Math.abs(b * scale + min - values[i])).toBeLessThanOrEqual(scale / 2 + 1e-6));
	});
});

describe('writeWeights', () => {
	it('concatenates in order and cuts shards of the given size', () => {
		const a = encodeTensor(tensor, 'float32');
		const b = encodeTensor({ name: 'features.0.bias', shape: [10], values: values.subarray(0, 10) }, 'float16');
		const { modelJson, shards } = writeWeights(card, [a, b], 1500);
		expect(modelJson.weightsManifest).toEqual([
			{ paths: ['group1-shard1of3.bin', 'group1-shard2of3.bin', 'group1-shard3of3.bin'], weights: [a.entry, b.entry] }
		]);
		const files = [...shards.values()].map((pieces) => Buffer.concat(pieces));
		expect(files.map((s) => s.length)).toEqual([1500, 1500, 1020]);
		// The last shard spans both tensors: its pieces are views of each, not a copy.
		expect(shards.get('group1-shard3of3.bin')?.map((piece) => piece.length)).toEqual([1000, 20]);
		const joined = Buffer.concat(files);
		expect(joined.subarray(0, 4000).equals(Buffer.from(a.bytes))).toBe(true);
		expect(joined.subarray(4000).equals(Buffer.from(b.bytes))).toBe(true);
		expect(modelJson.modelCard.preprocessing.grayscale).toBe(true);
	});
});
