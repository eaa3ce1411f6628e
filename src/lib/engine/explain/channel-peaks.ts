/**
 * For a batch of pictures and some conv layers: each channel's largest value
 * in each picture and where it was, read after the layer's ReLU. Only these
 * N × C numbers leave the backend, not the maps, so the whole test set can go
 * through in batches (`npm run patches`) and the gallery in the page.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ModelView } from '../engine';
import type { InputTensor } from '../types';
import type { BatchMaxima } from './top-peaks';
import { rectifiedIndex, runSteps } from './steps';

export interface LayerMaxima extends BatchMaxima {
	layer: string;
	/** The feature map's height and width. */
	height: number;
}

export async function channelMaxima(model: ModelView, input: InputTensor, layers: string[]): Promise<LayerMaxima[]> {
	const { network, params } = model;
	if (input.shape.length !== 4) throw new Error('explain: channel maxima need an [N, 3, H, W] batch.');
	const [n, c, h, w] = input.shape;
	const reads = layers.map((layer) => ({ layer, at: rectifiedIndex(network, layer) })).sort((a, b) => a.at - b.at);
	const found = tf.tidy(() => {
		let y: tf.Tensor = tf.transpose(tf.tensor4d(input.data, [n, c, h, w]), [0, 2, 3, 1]);
		let from = 0;
		return reads.map(({ layer, at }) => {
			y = runSteps(network, params, y, from, at);
			from = at + 1;
			const [, height, width, channels] = y.shape;
			const flat = tf.reshape(y, [n, height * width, channels]);
			return { layer, height, width, channels, maxima: tf.max(flat, 1), positions: tf.argMax(flat, 1) };
		});
	});
	try {
		return await Promise.all(
			found.map(async (f) => ({
				layer: f.layer,
				height: f.height,
				width: f.width,
				channels: f.channels,
				maxima: (await f.maxima.data()) as Float32Array,
				positions: (await f.positions.data()) as Int32Array
			}))
		);
	} finally {
		tf.dispose(found.flatMap((f) => [f.maxima, f.positions]));
	}
}
