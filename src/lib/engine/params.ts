/**
 * The network's parameters as tfjs tensors in the layouts the ops want:
 * conv OIHW → HWIO (one per group); linear stays [out, in]. Names and
 * shapes are checked against the description, so a wrong file fails at load
 * with a sentence, not mid-pass with a shape error.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { DerivedStep, Network } from '../model/derive';
import type { ConvParams, LinearParams } from './ops';
import type { Parameter } from './weights';

export type StepParams = ConvParams | LinearParams;

function take(parameters: Map<string, Parameter>, name: string, expected: number[]): Parameter {
	const p = parameters.get(name);
	if (!p) throw new Error(`weights: ${name} is missing from the weights file.`);
	if (p.shape.length !== expected.length || p.shape.some((d, i) => d !== expected[i])) {
		throw new Error(`weights: ${name} has shape [${p.shape.join(', ')}] but the model needs [${expected.join(', ')}].`);
	}
	return p;
}

function convParams(step: DerivedStep, parameters: Map<string, Parameter>): ConvParams {
	if (step.spec.kind !== 'conv') throw new Error(`${step.id} is not a convolution.`);
	const { outChannels, kernel, groups } = step.spec;
	const inPerGroup = (step.inChannels as number) / groups;
	const weight = take(parameters, `${step.torchName}.weight`, [outChannels, inPerGroup, kernel, kernel]);
	const bias = take(parameters, `${step.torchName}.bias`, [outChannels]);
	// Output channels are grouped in order, so splitting HWIO's last axis gives each group its kernel.
	const [kernels, biases] = tf.tidy(() => [
		tf.split(
			tf.transpose(tf.tensor4d(weight.data, [outChannels, inPerGroup, kernel, kernel]), [2, 3, 1, 0]),
			groups,
			3
		),
		tf.split(tf.tensor1d(bias.data), groups)
	]);
	return { kernels: kernels as tf.Tensor4D[], biases: biases as tf.Tensor1D[] };
}

function linearParams(step: DerivedStep, parameters: Map<string, Parameter>): LinearParams {
	const [out] = step.outShape;
	const inFeatures = step.inChannels as number;
	const weight = take(parameters, `${step.torchName}.weight`, [out, inFeatures]);
	const bias = take(parameters, `${step.torchName}.bias`, [out]);
	return { weight: tf.tensor2d(weight.data, [out, inFeatures]), bias: tf.tensor1d(bias.data) };
}

/** Tensors for every conv and linear step, by step id. Dispose with `disposeParams`. */
export function createParams(network: Network, parameters: Map<string, Parameter>): Map<string, StepParams> {
	const params = new Map<string, StepParams>();
	try {
		for (const step of network.steps) {
			if (step.kind === 'conv') params.set(step.id, convParams(step, parameters));
			if (step.kind === 'linear') params.set(step.id, linearParams(step, parameters));
		}
	} catch (error) {
		disposeParams(params);
		throw error;
	}
	return params;
}

export function disposeParams(params: Map<string, StepParams>): void {
	for (const p of params.values()) {
		if ('kernels' in p) tf.dispose([...p.kernels, ...p.biases]);
		else tf.dispose([p.weight, p.bias]);
	}
	params.clear();
}
