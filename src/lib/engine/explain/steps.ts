/**
 * Running part of the network, for explanations: from the input to a layer,
 * or from a layer to the logits with ops every backend can differentiate.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Network } from '../../model/derive';
import { applyStep, paramsFor } from '../forward';
import { convForGradient, type GradientKernels, type LayerKernels } from './conv-grad';
import { differentiableMaxPool } from './max-pool';
import type { ConvParams } from '../ops';
import type { StepParams } from '../params';
import type { InputTensor } from '../types';

export function stepIndex(network: Network, id: string): number {
	const index = network.steps.findIndex((s) => s.id === id);
	if (index < 0) throw new Error(`explain: ${network.variant.id} has no step ${JSON.stringify(id)}.`);
	return index;
}

/** Conv layers by id, in forward order. */
export function convIds(network: Network): string[] {
	return network.steps.filter((s) => s.kind === 'conv').map((s) => s.id);
}

/**
 * Where a conv layer's feature maps are read: its ReLU's output when a ReLU follows (what the
 * next layer receives, and Caffe's in-place `conv5` blob in the Grad-CAM paper), else its own.
 */
export function rectifiedIndex(network: Network, convId: string): number {
	const index = stepIndex(network, convId);
	if (network.steps[index].kind !== 'conv') throw new Error(`explain: ${convId} is not a convolution.`);
	return network.steps[index + 1]?.kind === 'relu' ? index + 1 : index;
}

export function lastLinearIndex(network: Network): number {
	const index = network.steps.findLastIndex((s) => s.kind === 'linear');
	if (index < 0) throw new Error(`explain: ${network.variant.id} has no linear layer to give logits.`);
	return index;
}

/**
 * Steps `from`..`to` (inclusive) on NHWC `x`; intermediates are left to the caller's tidy.
 * `kernels`: conv layers found there take their input gradient through these (conv-grad.ts).
 */
export function runSteps(
	network: Network,
	params: ReadonlyMap<string, StepParams>,
	x: tf.Tensor,
	from: number,
	to: number,
	differentiable = false,
	kernels?: GradientKernels
): tf.Tensor {
	let y = x;
	for (let i = from; i <= to; i++) {
		const spec = network.steps[i].spec;
		if (differentiable && spec.kind === 'maxpool') y = differentiableMaxPool(y as tf.Tensor4D, spec);
		else if (differentiable && spec.kind === 'conv' && kernels?.layers.has(spec.id))
			y = convForGradient(
				y as tf.Tensor4D,
				spec,
				paramsFor<ConvParams>(params, spec.id),
				kernels.layers.get(spec.id) as LayerKernels
			);
		else y = applyStep(network.steps[i], y, params, differentiable);
	}
	return y;
}

/** A [3, H, W] or [1, 3, H, W] picture as an NHWC batch of one. */
export function pictureNhwc(input: InputTensor): tf.Tensor4D {
	const [c, h, w] = input.shape.slice(-3);
	if (input.shape.length === 4 && input.shape[0] !== 1) throw new Error('explain: one picture at a time.');
	return tf.tidy(() => tf.transpose(tf.tensor4d(input.data, [1, c, h, w]), [0, 2, 3, 1]));
}

/** Set by the caller (the worker, on a cancel message); long tasks look at it between batches and steps. */
export interface CancelFlag {
	cancelled: boolean;
}
