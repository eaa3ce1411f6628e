/**
 * Reading a pass's tensors back as plain Float32Arrays in PyTorch's layout:
 * batch item 0, C×H×W channel-major. The NHWC → CHW transpose runs on the
 * backend, which is faster than a JavaScript loop on every backend we measured.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Activation } from './types';

/** Batch item 0 of an NHWC map as [C, H, W], or row 0 of [N, F] as [F]. */
function firstItemChw(t: tf.Tensor): tf.Tensor {
	return tf.tidy(() => {
		// Slicing copies: with one image the whole tensor already is item 0.
		const first = t.shape[0] === 1 ? t : tf.slice(t, 0, 1);
		if (t.rank === 4) {
			const [, h, w, c] = t.shape;
			return tf.reshape(tf.transpose(first, [0, 3, 1, 2]), [c, h, w]);
		}
		return tf.reshape(first, [t.shape[1] as number]);
	});
}

async function download(t: tf.Tensor): Promise<Float32Array> {
	return (await t.data()) as Float32Array;
}

/**
 * The kept steps' outputs, in `order` (forward order). `reluInputs` maps a ReLU
 * step to the step feeding it: ReLU commutes with the transpose, so its view is
 * the ReLU of its input's view, which is cheaper than a second transpose.
 * Disposes only what it creates.
 */
export async function readActivations(
	steps: Record<string, tf.Tensor>,
	order: readonly string[],
	reluInputs: ReadonlyMap<string, string> = new Map()
): Promise<Activation[]> {
	const ids = order.filter((id) => id in steps);
	// Steps that pass their input through unchanged (dropout) share a tensor: read each once.
	const views = new Map<tf.Tensor, tf.Tensor>();
	for (const id of ids) {
		if (views.has(steps[id])) continue;
		const input = reluInputs.get(id);
		const inputView = input === undefined ? undefined : views.get(steps[input]);
		views.set(steps[id], inputView ? tf.relu(inputView) : firstItemChw(steps[id]));
	}
	try {
		const data = new Map<tf.Tensor, Float32Array>();
		await Promise.all([...views].map(async ([source, view]) => data.set(source, await download(view))));
		return ids.map((stepId) => {
			const view = views.get(steps[stepId]) as tf.Tensor;
			return { stepId, shape: view.shape, data: data.get(steps[stepId]) as Float32Array };
		});
	} finally {
		tf.dispose([...views.values()]);
	}
}

export async function readMatrix(t: tf.Tensor2D): Promise<Float32Array> {
	return download(t);
}
