import { describe, expect, test } from 'vitest';
import { deriveNetwork, variants } from '$lib/model';
import { adaptiveQuestionOf, networkExercises, sizeQuestionOf, stepExercises } from './exercises';

const step = (variant: keyof typeof variants, id: string) => {
	const network = deriveNetwork(variants[variant]);
	return { network, step: network.steps.find((s) => s.id === id)! };
};

describe('the exercises a network offers', () => {
	test('a convolution: its size, parameters and multiply–adds', () => {
		const { network, step: conv1 } = step('seed', 'conv1');
		expect(stepExercises(network, conv1).map((e) => e.id)).toEqual([
			'seed/conv1/size',
			'seed/conv1/params',
			'seed/conv1/macs'
		]);
		expect(sizeQuestionOf(conv1)).toEqual({ w: 224, f: 11, p: 2, s: 4 });
	});
	test('torchvision’s adaptive pool asks for its output size, from its own input', () => {
		const { network, step: avgpool } = step('torchvision', 'avgpool');
		expect(stepExercises(network, avgpool).map((e) => e.id)).toEqual(['torchvision/avgpool/size']);
		expect(adaptiveQuestionOf(avgpool)).toEqual({ w: 6, out: 6 });
		expect(sizeQuestionOf(avgpool)).toBeNull();
	});
	test('steps with nothing to work out have no exercise', () => {
		const { network, step: relu1 } = step('seed', 'relu1');
		expect(stepExercises(network, relu1)).toEqual([]);
		expect(new Set(networkExercises(network).map((e) => e.id)).size).toBe(networkExercises(network).length);
	});
});
