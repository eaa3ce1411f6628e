/** The hand-made max-pool gradient equals tfjs's CPU kernel (PyTorch's rule) on every Node backend; WASM's own does not. */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { describe, expect, it } from 'vitest';
import type { MaxPoolSpec } from '../../model/types';
import { differentiableMaxPool } from './max-pool';

const shape = [2, 13, 13, 4];
const values = Array.from({ length: 2 * 13 * 13 * 4 }, (_, i) => Math.sin(i * 1.7));
const spec = (padding: number): MaxPoolSpec => ({
	kind: 'maxpool',
	id: 'pool',
	group: 'features',
	kernel: 3,
	stride: 2,
	padding
});

/** ReLU first: windows of zeros tie, and the first maximum must take the gradient. */
async function gradient(backend: string, pool: (x: tf.Tensor4D) => tf.Tensor4D): Promise<number[]> {
	await tf.setBackend(backend);
	return tf.tidy(() => {
		const weights = (y: tf.Tensor4D) => tf.mul(y, tf.reshape(tf.range(0, y.size), y.shape));
		return Array.from(
			tf
				.grad((x: tf.Tensor) => tf.sum(weights(pool(tf.relu(x) as tf.Tensor4D))))(tf.tensor(values, shape))
				.dataSync()
		);
	});
}

describe.each([0, 1])('max pooling 3/2, padding %i', (padding) => {
	it('has the CPU kernel’s gradient on cpu and wasm', async () => {
		const reference = await gradient('cpu', (x) => tf.maxPool(x, 3, 2, padding));
		for (const backend of ['cpu', 'wasm']) {
			expect(await gradient(backend, (x) => differentiableMaxPool(x, spec(padding))), backend).toEqual(reference);
		}
		expect(reference.some((v) => v !== 0)).toBe(true);
	});
});
