/**
 * The "your turn" questions a network offers, from its description: the
 * output size of every sliding window, the parameters and multiply–adds of
 * every convolution and linear layer (a linear layer is a 1×1 kernel on N = 1),
 * and for an adaptive pool the size it always gives, whatever comes in.
 */
import type { DerivedStep, Network } from '$lib/model';
import type { AdaptiveQuestion, ConvCount, SizeQuestion } from './mistakes';

export type ExerciseKind = 'size' | 'params' | 'macs';

export interface Exercise {
	/** Stable across visits: `seed/conv1/size`. */
	id: string;
	stepId: string;
	kind: ExerciseKind;
}

export function sizeQuestionOf(step: DerivedStep): SizeQuestion | null {
	return step.formula ? { w: step.formula.w, f: step.formula.f, p: step.formula.p, s: step.formula.s } : null;
}

export function adaptiveQuestionOf(step: DerivedStep): AdaptiveQuestion | null {
	return step.spec.kind === 'adaptiveavgpool' ? { w: step.inShape[1], out: step.spec.outputSize } : null;
}

export function countQuestionOf(step: DerivedStep): ConvCount | null {
	if (step.spec.kind === 'conv') {
		return {
			inChannels: step.inChannels ?? 0,
			outChannels: step.spec.outChannels,
			kernel: step.spec.kernel,
			groups: step.spec.groups,
			outSide: step.outShape[1]
		};
	}
	if (step.spec.kind === 'linear') {
		return { inChannels: step.inChannels ?? 0, outChannels: step.outShape[0], kernel: 1, groups: 1, outSide: 1 };
	}
	return null;
}

export function stepExercises(network: Network, step: DerivedStep): Exercise[] {
	const kinds: ExerciseKind[] = [];
	if (sizeQuestionOf(step) || adaptiveQuestionOf(step)) kinds.push('size');
	if (countQuestionOf(step)) kinds.push('params', 'macs');
	return kinds.map((kind) => ({ id: `${network.variant.id}/${step.id}/${kind}`, stepId: step.id, kind }));
}

export const networkExercises = (network: Network): Exercise[] =>
	network.steps.flatMap((step) => stepExercises(network, step));
