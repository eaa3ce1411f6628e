/** The convolutions maximisation differentiates give tfjs's own values and input gradients, strided or not, and free what they made. */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-wasm';
import { describe, expect, it } from 'vitest';
import { deriveNetwork } from '../../model/derive';
import type { ConvSpec } from '../../model/types';
import { variants } from '../../model/variants';
import { conv2d, type ConvParams } from '../ops';
import { convForGradient, gradientKernels } from './conv-grad';

const wave = (shape: number[], phase: number) =>
	tf.tensor(
		Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => Math.sin(i * 0.37 + phase)),
		shape
	);

describe.each([
	// conv1 of the default model at 112 and at an odd size, conv2 and conv3 as they are.
	['conv1', 112],
	['conv1', 101],
	['conv2', 13],
	['conv3', 6]
])('%s on a %i-pixel input, wasm', (id, side) => {
	it('matches tf.conv2d and its gradient', async () => {
		await tf.setBackend('wasm');
		const network = deriveNetwork(variants.seed, { classes: 10, inputSize: 112 });
		const at = network.steps.findIndex((s) => s.id === id);
		const spec = network.steps[at].spec as ConvSpec;
		const inC = network.steps[at].inChannels as number;
		// Every conv layer up to this one gets weights: the kernels are made for all of them.
		const all = new Map<string, ConvParams>();
		for (const step of network.steps.slice(0, at + 1)) {
			if (step.spec.kind !== 'conv') continue;
			const inputs = step.inChannels as number;
			all.set(step.id, {
				kernels: [wave([step.spec.kernel, step.spec.kernel, inputs, step.spec.outChannels], 1) as tf.Tensor4D],
				biases: [wave([step.spec.outChannels], 2) as tf.Tensor1D]
			});
		}
		const params = all.get(id) as ConvParams;
		const start = tf.memory().numTensors;
		const kernels = await gradientKernels(network, all, at);
		const x = wave([1, side, side, inC], 3) as tf.Tensor4D;
		const [ours, theirs] = [
			(v: tf.Tensor) => convForGradient(v as tf.Tensor4D, spec, params, kernels.layers.get(id)!),
			(v: tf.Tensor) => conv2d(v as tf.Tensor4D, spec, params, true)
		].map((f) => {
			const weights = tf.tidy(() => wave(f(x).shape, 4));
			const { value, grad } = tf.valueAndGrad((v: tf.Tensor) => tf.sum(tf.mul(f(v), weights)))(x);
			const out = [value.dataSync()[0], Array.from(grad.dataSync())] as const;
			tf.dispose([value, grad, weights]);
			return out;
		});
		expect(ours[0]).toBeCloseTo(theirs[0], 1);
		const scale = Math.max(...theirs[1].map(Math.abs));
		expect(Math.max(...ours[1].map((v, i) => Math.abs(v - theirs[1][i]))) / scale).toBeLessThan(1e-5);
		x.dispose();
		kernels.dispose();
		expect(tf.memory().numTensors).toBe(start);
		for (const p of all.values()) tf.dispose([...p.kernels, ...p.biases]);
	});
});
