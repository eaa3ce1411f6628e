/**
 * The forward pass, built from the description: each step of the derived
 * network becomes one op. Input and logits are in PyTorch's layout; feature
 * maps stay NHWC inside (tfjs's native layout) until read back.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { DerivedStep, Network } from '../model/derive';
import { adaptiveAvgPool, conv2d, flattenChw, linear, localResponseNorm, maxPool } from './ops';
import type { ConvParams, LinearParams } from './ops';
import type { StepParams } from './params';

export interface ForwardOutput {
	/** [N, classes]: the last linear layer's output. */
	logits: tf.Tensor2D;
	probabilities: tf.Tensor2D;
	/** Each kept step's output for the whole batch: NHWC feature maps or [N, features]. */
	steps: Record<string, tf.Tensor>;
}

export interface ForwardOptions {
	/** Step ids whose outputs to keep. */
	keep: ReadonlySet<string>;
}

export function paramsFor<T extends StepParams>(params: ReadonlyMap<string, StepParams>, id: string): T {
	const p = params.get(id);
	if (!p) throw new Error(`engine: no parameters were loaded for ${id}.`);
	return p as T;
}

/**
 * One step on NHWC `x`. `differentiable` takes plain conv2d + bias instead of the fused op: tfjs's fused
 * conv computes the filter's gradient too, and WASM has no Conv2DBackpropFilter kernel.
 */
export function applyStep(
	step: DerivedStep,
	x: tf.Tensor,
	params: ReadonlyMap<string, StepParams>,
	differentiable = false
): tf.Tensor {
	const spec = step.spec;
	switch (spec.kind) {
		case 'conv':
			return conv2d(x as tf.Tensor4D, spec, paramsFor<ConvParams>(params, spec.id), differentiable);
		case 'linear':
			return linear(x as tf.Tensor2D, paramsFor<LinearParams>(params, spec.id));
		case 'relu':
			return tf.relu(x);
		case 'lrn':
			return localResponseNorm(x as tf.Tensor4D, spec);
		case 'maxpool':
			return maxPool(x as tf.Tensor4D, spec);
		case 'adaptiveavgpool':
			return adaptiveAvgPool(x as tf.Tensor4D, spec);
		case 'flatten':
			return flattenChw(x as tf.Tensor4D);
		case 'dropout':
			// Identity at inference, as in PyTorch's eval mode.
			return x;
		case 'softmax':
			return tf.softmax(x);
	}
}

/** Runs `input` ([N, C, H, W], PyTorch layout) through the network. Every intermediate not returned is disposed. */
export function forward(
	network: Network,
	params: ReadonlyMap<string, StepParams>,
	input: tf.Tensor4D,
	options: ForwardOptions
): ForwardOutput {
	const steps = network.steps;
	const lastLinear = steps.findLastIndex((s) => s.kind === 'linear');
	if (lastLinear < 0) throw new Error(`engine: ${network.variant.id} has no linear layer to give logits.`);
	return tf.tidy(() => {
		const kept: Record<string, tf.Tensor> = {};
		let logits: tf.Tensor | null = null;
		let x: tf.Tensor = tf.transpose(input, [0, 2, 3, 1]);
		// ReLUs are never fused into the layer before: WASM would then pack a second copy of
		// every kernel for passes that show the raw conv output, and the ReLU itself is cheap.
		steps.forEach((step, i) => {
			x = applyStep(step, x, params);
			if (options.keep.has(step.id)) kept[step.id] = x;
			if (i === lastLinear) logits = x;
		});
		if (!logits) throw new Error('engine: the pass produced no logits.');
		// The description may end without a softmax; probabilities are always wanted.
		const probabilities = steps[steps.length - 1].kind === 'softmax' ? x : tf.softmax(logits);
		return { logits: logits as tf.Tensor2D, probabilities: probabilities as tf.Tensor2D, steps: kept };
	});
}

/** Each ReLU step's input step, for read-back (see readActivations). */
export function reluInputs(network: Network): Map<string, string> {
	const inputs = new Map<string, string>();
	network.steps.forEach((step, i) => {
		if (step.kind === 'relu' && i > 0) inputs.set(step.id, network.steps[i - 1].id);
	});
	return inputs;
}
