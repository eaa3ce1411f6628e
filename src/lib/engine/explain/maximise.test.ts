/** Activation maximisation raises its channel's mean output, reports pictures as it goes, stops when cancelled, and frees every tensor. */
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createNodeEngine, readWeightsDir } from '../node';
import { maximise, type MaximisedPicture } from './maximise';

const MODEL = 'static/models/fashion-mnist';

describe('activation maximisation on wasm, default model', () => {
	it.each([
		['conv1', 3],
		['conv5', 7]
	])(
		'%s channel %i: the channel responds more at the end than at the start',
		async (layer, channel) => {
			const engine = createNodeEngine();
			await engine.selectBackend('wasm');
			await engine.load(await readWeightsDir(MODEL));
			const start = tf.memory().numTensors;
			const pictures: MaximisedPicture[] = [];
			const first = await engine.withModel((model) => maximise(model, { layer, channel, steps: 0 }));
			const result = await engine.withModel((model) =>
				maximise(model, { layer, channel, steps: 32, every: 8, onPicture: (p) => pictures.push(p) })
			);
			expect(result.complete).toBe(true);
			expect(result.activation).toBeGreaterThan(first.activation);
			expect(pictures.map((p) => p.step)).toEqual([8, 16, 24, 32]);
			expect(new Set(result.rgba).size).toBeGreaterThan(10);
			expect(tf.memory().numTensors).toBe(start);
			console.log(`${layer}: ${result.msPerStep.toFixed(1)} ms a step, ${first.activation} → ${result.activation}`);
			engine.dispose();
		},
		300_000
	);

	it('stops when cancelled and leaves no tensor behind', async () => {
		const engine = createNodeEngine();
		await engine.selectBackend('wasm');
		await engine.load(await readWeightsDir(MODEL));
		const start = tf.memory().numTensors;
		const cancel = { cancelled: false };
		const result = await engine.withModel((model) =>
			maximise(model, {
				layer: 'conv2',
				channel: 0,
				steps: 64,
				every: 4,
				cancel,
				onPicture: (p) => {
					if (p.step >= 8) cancel.cancelled = true;
				}
			})
		);
		expect(result.complete).toBe(false);
		expect(result.step).toBe(8);
		expect(tf.memory().numTensors).toBe(start);
		engine.dispose();
	}, 300_000);
});
