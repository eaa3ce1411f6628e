/**
 * Grad-CAM (Selvaraju et al. 2017): the gradient of one class's logit (before
 * softmax) with respect to a conv layer's rectified maps A; each channel's
 * weight is its gradient's spatial mean, and the map is ReLU(Σ_k w_k·A_k).
 * Eval mode: dropout is the identity, as in the forward pass.
 */
import './register-gradients';
import * as tf from '@tensorflow/tfjs-core';
import type { ModelView } from '../engine';
import type { InputTensor } from '../types';
import { lastLinearIndex, pictureNhwc, rectifiedIndex, runSteps } from './steps';

export interface GradCamResult {
	layer: string;
	classIndex: number;
	/** rows × cols, row-major, at the layer's own resolution (13×13 for conv5 at 224). */
	map: Float32Array;
	rows: number;
	cols: number;
	/** The class's logit for this picture. */
	logit: number;
	ms: number;
}

export async function gradCam(
	model: ModelView,
	input: InputTensor,
	layer: string,
	classIndex: number
): Promise<GradCamResult> {
	const { network, params } = model;
	if (!Number.isInteger(classIndex) || classIndex < 0 || classIndex >= network.classes)
		throw new Error(`explain: class ${classIndex} is not one of the ${network.classes} classes.`);
	const start = performance.now();
	const at = rectifiedIndex(network, layer);
	const last = lastLinearIndex(network);
	const [cam, logit] = tf.tidy(() => {
		const maps = runSteps(network, params, pictureNhwc(input), 0, at);
		const classLogit = (a: tf.Tensor): tf.Scalar =>
			tf.sum(tf.slice(runSteps(network, params, a, at + 1, last, true), [0, classIndex], [1, 1]));
		const { value, grad } = tf.valueAndGrad(classLogit)(maps);
		const weights = tf.mean(grad, [1, 2], true);
		return [tf.squeeze(tf.relu(tf.sum(tf.mul(maps, weights), 3)), [0]), value];
	});
	try {
		const [rows, cols] = cam.shape;
		const [map, value] = await Promise.all([cam.data() as Promise<Float32Array>, logit.data()]);
		return { layer, classIndex, map, rows, cols, logit: value[0], ms: performance.now() - start };
	} finally {
		tf.dispose([cam, logit]);
	}
}
