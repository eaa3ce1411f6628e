import { expect, test } from 'vitest';
import { activationCurves, spreadLabels } from './activations';
import { dropoutMask } from './random';

const curve = (id: string) => activationCurves.find((c) => c.id === id)!;

test('slopes: sigmoid peaks at 1/4, tanh at 1, ReLU is 1 for every positive input', () => {
	expect(curve('sigmoid').slope(0)).toBeCloseTo(0.25);
	expect(curve('tanh').slope(0)).toBeCloseTo(1);
	expect(curve('relu').slope(1000)).toBe(1);
	expect(curve('sigmoid').slope(6)).toBeLessThan(0.003);
});

test('labels are pushed apart but keep their order', () => {
	expect(spreadLabels([100, 101, 50], 13)).toEqual([100, 113, 50]);
});

test('the dropout mask is the same for the same seed', () => {
	expect(dropoutMask(10, 0.5, 3)).toEqual(dropoutMask(10, 0.5, 3));
	expect(dropoutMask(1000, 0.5, 1).filter(Boolean).length).toBeGreaterThan(400);
});
