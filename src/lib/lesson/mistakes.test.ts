import { describe, expect, test } from 'vitest';
import { outputSize } from '$lib/model';
import {
	checkAdaptiveSize,
	checkMacs,
	checkOutputSize,
	checkParams,
	randomAdaptiveQuestion,
	randomSizeQuestion,
	readAnswer
} from './mistakes';

const conv1 = { w: 224, f: 11, p: 2, s: 4 };

describe('the output-size mistake classifier', () => {
	test('the right answer is right', () => {
		expect(checkOutputSize(conv1, 55)).toEqual({ kind: 'right', expected: 55 });
	});
	test('no floor: the unfloored value or it rounded up', () => {
		expect(checkOutputSize(conv1, 55.25)).toEqual({ kind: 'wrong', expected: 55, causes: ['no-floor'] });
		expect(checkOutputSize(conv1, 56)).toMatchObject({ causes: ['no-floor'] });
	});
	test('padding counted once', () => {
		// ⌊(27 − 5 + 2)/1⌋ + 1 = 25, where 2P gives 27
		expect(checkOutputSize({ w: 27, f: 5, p: 2, s: 1 }, 25)).toMatchObject({ causes: ['padding-once'] });
	});
	test('an answer two slips explain names both', () => {
		// conv1: one P gives ⌊215/4⌋ + 1 = 54, and so does forgetting the +1.
		expect(checkOutputSize(conv1, 54)).toMatchObject({ causes: ['padding-once', 'plus-one-forgotten'] });
	});
	test('kernel and stride swapped', () => {
		// ⌊(224 − 4 + 4)/11⌋ + 1 = 21
		expect(checkOutputSize(conv1, 21)).toMatchObject({ causes: ['kernel-stride-swapped'] });
	});
	test('+1 forgotten', () => {
		expect(checkOutputSize({ w: 55, f: 3, p: 0, s: 2 }, 26)).toMatchObject({ causes: ['plus-one-forgotten'] });
	});
	test('an answer no slip explains is wrong with no cause named; text that is no number is unreadable', () => {
		expect(checkOutputSize(conv1, 7)).toEqual({ kind: 'wrong', expected: 55, causes: [] });
		expect(readAnswer('fifty')).toBeNull();
		expect(readAnswer(' 55,25 ')).toBe(55.25);
		expect(checkOutputSize(conv1, readAnswer(''))).toEqual({ kind: 'unreadable' });
	});
	test('a correct answer is never flagged, over many random valid questions', () => {
		let seed = 1;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		for (let i = 0; i < 2000; i++) {
			const q = randomSizeQuestion(random);
			expect(q.p).toBeLessThan(q.f);
			expect(q.f).not.toBe(q.s);
			const n = outputSize(q.w, q.f, q.p, q.s);
			expect(n).toBeGreaterThanOrEqual(1);
			expect(checkOutputSize(q, n).kind).toBe('right');
			// Every slip that is computed for a wrong value names a cause, never the right value.
			const wrong = checkOutputSize(q, n - 1);
			expect(wrong.kind).toBe('wrong');
		}
	});
});

describe('the adaptive pool’s output size', () => {
	test('it is the size asked for, whatever comes in', () => {
		expect(checkAdaptiveSize({ w: 13, out: 6 }, 6)).toEqual({ kind: 'right', expected: 6 });
		expect(checkAdaptiveSize({ w: 6, out: 6 }, 6)).toEqual({ kind: 'right', expected: 6 });
	});
	test('the input size kept, or the window given as the size', () => {
		expect(checkAdaptiveSize({ w: 13, out: 6 }, 13)).toMatchObject({ causes: ['adaptive-keeps-input'] });
		// For 13 cells it picks windows up to ⌈13/6⌉ = 3 wide.
		expect(checkAdaptiveSize({ w: 13, out: 6 }, 3)).toMatchObject({ causes: ['adaptive-window'] });
		expect(checkAdaptiveSize({ w: 13, out: 6 }, 2.17)).toMatchObject({ causes: ['adaptive-window'] });
		// At 224 px torchvision's pool gets 6×6 already: a window of 1, and keeping W is right.
		expect(checkAdaptiveSize({ w: 6, out: 6 }, 1)).toMatchObject({ causes: ['adaptive-window'] });
	});
	test('random inputs are larger than the output, and the right answer is never flagged', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		for (let i = 0; i < 500; i++) {
			const q = randomAdaptiveQuestion(random, 6);
			expect(q.w).toBeGreaterThan(6);
			expect(q.w).toBeLessThanOrEqual(40);
			expect(checkAdaptiveSize(q, 6).kind).toBe('right');
			expect(checkAdaptiveSize(q, q.w)).toMatchObject({ causes: ['adaptive-keeps-input'] });
		}
	});
});

describe('parameter and multiply–add questions', () => {
	const conv2Paper = { inChannels: 96, outChannels: 256, kernel: 5, groups: 2, outSide: 27 };
	test('conv with groups: right, bias forgotten, groups forgotten', () => {
		expect(checkParams(conv2Paper, 307_456)).toMatchObject({ kind: 'right' });
		expect(checkParams(conv2Paper, 307_200)).toMatchObject({ causes: ['bias-forgotten'] });
		expect(checkParams(conv2Paper, 614_656)).toMatchObject({ causes: ['groups-forgotten'] });
	});
	test('linear layer as a 1×1 kernel', () => {
		const fc1 = { inChannels: 4608, outChannels: 2048, kernel: 1, groups: 1, outSide: 1 };
		expect(checkParams(fc1, 4608 * 2048 + 2048)).toMatchObject({ kind: 'right' });
		expect(checkParams(fc1, 4608 * 2048)).toMatchObject({ causes: ['bias-forgotten'] });
		expect(checkMacs(fc1, 4608 * 2048)).toMatchObject({ kind: 'right' });
	});
	test('multiply–adds: once per output position', () => {
		const conv1 = { inChannels: 3, outChannels: 48, kernel: 11, groups: 1, outSide: 55 };
		expect(checkMacs(conv1, 48 * 3 * 121 * 55 * 55)).toMatchObject({ kind: 'right' });
		expect(checkMacs(conv1, 48 * 3 * 121)).toMatchObject({ causes: ['positions-forgotten'] });
	});
});
