/** The small rules behind the budgets: overlapping strides, escaped keys, the decode budget. */
import { describe, expect, it } from 'vitest';
import { keyName, quoted } from './errors';
import { DecodeBudget, MIN_DECODE_BUDGET } from './limits';
import { overlaps, type TensorRef } from './tensors';

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
