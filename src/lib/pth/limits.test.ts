/** The small rules behind the budgets: overlapping strides, escaped keys, the decode budget. */
import { describe, expect, it } from 'vitest';
import { keyName, quoted } from './errors';
import { deriveNetwork } from '../model/derive';
import { variants } from '../model/variants';
import { DecodeBudget, MAX_CHECKPOINT_ELEMENTS, MAX_CLASSES, MAX_STORAGE_BYTES, MIN_DECODE_BUDGET } from './limits';
import { overlaps, storageReach, type StorageRef, type TensorRef } from './tensors';

const tensor = (shape: number[], stride: number[]): TensorRef => ({
	storage: { key: '0', dtype: 'float32', numel: 1e9 },
	offset: 0,
	shape,
	stride
});

describe('overlaps', () => {
	it.each([
		[[4, 5], [5, 1], false], // contiguous
		[[4, 5], [1, 4], false], // transposed
		[[4, 5], [10, 2], false], // every other element
		[[4, 1, 5], [5, 0, 1], false], // a size-1 axis never steps
		[[0, 5], [0, 0], false], // empty
		[[4, 5], [0, 1], true], // stride 0: rows repeated
		[[4, 5], [1, 1], true], // sliding window
		[[4, 5], [4, 1], true] // rows overlap by one
	])('shape %j, strides %j: %s', (shape, stride, expected) => {
		expect(overlaps(tensor(shape, stride))).toBe(expected);
	});
});

describe('storageReach', () => {
	it('is the furthest byte any view reads, per storage, in its element size', () => {
		const wide: StorageRef = { key: 'w', dtype: 'float64', numel: 1e6 };
		const half: StorageRef = { key: 'h', dtype: 'float16', numel: 1e6 };
		const reach = storageReach([
			{ storage: wide, offset: 10, shape: [48], stride: [1] }, // 10 … 57
			{ storage: wide, offset: 0, shape: [4, 5], stride: [1, 20] }, // transposed: up to 3 + 4·20 = 83
			{ storage: wide, offset: 900_000, shape: [0], stride: [1] }, // empty: reads nothing
			{ storage: half, offset: 6, shape: [2, 3], stride: [3, 1] } // 6 … 11
		]);
		expect([...reach]).toEqual([
			[wide, 84 * 8],
			[half, 12 * 2]
		]);
	});
});

describe('the budgets follow from the largest variant at MAX_CLASSES', () => {
	it('torchvision at 5,000 classes: 77,488,840 values, 309,955,360 bytes as float32', () => {
		expect(MAX_CLASSES).toBe(5_000);
		expect(MAX_CHECKPOINT_ELEMENTS).toBe(deriveNetwork(variants.torchvision, { classes: 5_000 }).totals.params);
		expect([MAX_CHECKPOINT_ELEMENTS, MAX_STORAGE_BYTES]).toEqual([77_488_840, 309_955_360]);
		// torchvision's real ImageNet file (61.1 million float32 values) fits with room to spare.
		expect(deriveNetwork(variants.torchvision).totals.paramBytes).toBeLessThan(0.8 * MAX_STORAGE_BYTES);
	});
});

describe('keys in messages', () => {
	it('escapes control characters and quotes, and cuts long keys', () => {
		expect(quoted('a\u001b[2J\nb"\\')).toBe('"a\\u001b[2J\\u000ab\\"\\\\"');
		expect(quoted('x'.repeat(200))).toBe(`"${'x'.repeat(80)}…"`);
		expect(keyName('features.0.weight')).toBe('features.0.weight');
		expect(keyName('features.0.weight\r')).toBe('"features.0.weight\\u000d"');
	});
});

describe('DecodeBudget', () => {
	it('allows a small pickle its minimum, a large one 128 bytes a byte, then refuses', () => {
		const small = new DecodeBudget(10);
		small.charge(MIN_DECODE_BUDGET);
		expect(() => small.charge(1)).toThrow(/builds values far larger than itself/);
		const large = new DecodeBudget(1 << 20);
		large.charge(128 << 20);
		expect(() => large.charge(1)).toThrow(expect.objectContaining({ kind: 'too-large' }));
	});
});
