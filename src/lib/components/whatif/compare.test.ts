import { describe, expect, test } from 'vitest';
import { deriveNetwork, seed, torchvision, withOverrides } from '$lib/model';
import { downstreamRows, firstBrokenIndex, flattenCheck } from './compare';
import { fieldsFor, readFields } from './fields';

const real = deriveNetwork(seed);
const conv1 = real.steps[0];

describe('what-if comparison', () => {
	test('an unchanged network matches fc1 and differs nowhere', () => {
		expect(flattenCheck(real)).toEqual({ kind: 'match', size: 4608 });
		expect(downstreamRows(real, real, 0).every((row) => !row.differs)).toBe(true);
	});

	test('a smaller image changes every later map and breaks fc1', () => {
		const changed = deriveNetwork(seed, { inputSize: 160 });
		expect(flattenCheck(changed)).toEqual({ kind: 'mismatch', size: 128 * 4 * 4, expected: 4608 });
		const pool5 = downstreamRows(real, changed, 0).find((row) => row.id === 'pool5')!;
		expect(pool5.changedShape).toEqual([128, 4, 4]);
		expect(pool5.differs).toBe(true);
	});

	test('an impossible conv1 leaves nothing meaningful downstream', () => {
		const changed = deriveNetwork(withOverrides(seed, { conv1: { kernel: 300 } }));
		expect(firstBrokenIndex(changed)).toBe(0);
		expect(flattenCheck(changed)).toEqual({ kind: 'broken' });
		expect(downstreamRows(real, changed, 0).every((row) => row.changedShape === null)).toBe(true);
	});

	test('torchvision’s adaptive pool keeps fc1 fed at any reasonable size', () => {
		expect(flattenCheck(deriveNetwork(torchvision, { inputSize: 320 })).kind).toBe('match');
	});
});

describe('what-if fields', () => {
	test('start from the real layer and read back as an override', () => {
		const values = fieldsFor(conv1, real);
		expect(values).toEqual({ inputSize: 224, kernel: 11, padding: 2, stride: 4, outChannels: 48 });
		expect(readFields(conv1, values)).toEqual({
			ok: true,
			inputSize: 224,
			override: { kernel: 11, padding: 2, stride: 4, outChannels: 48 }
		});
	});

	test('name the first field that is empty, fractional or out of range', () => {
		const values = fieldsFor(conv1, real);
		expect(readFields(conv1, { ...values, stride: 0 })).toEqual({ ok: false, bad: 'stride' });
		expect(readFields(conv1, { ...values, kernel: 2.5 })).toEqual({ ok: false, bad: 'kernel' });
		expect(readFields(conv1, { ...values, inputSize: null })).toEqual({ ok: false, bad: 'imageSize' });
	});

	test('pooling has no channel field', () => {
		const pool1 = real.steps.find((s) => s.id === 'pool1')!;
		expect(fieldsFor(pool1, real).outChannels).toBeUndefined();
	});
});
