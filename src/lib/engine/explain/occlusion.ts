/**
 * Occlusion sensitivity (Zeiler & Fergus 2013): a grey square slid over the
 * picture; at each place, how much the class's probability drops. Grey is 0
 * after normalisation, the dataset's mean colour. Occluded copies run through
 * the engine's ordinary forward pass in batches.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ModelView } from '../engine';
import { forward } from '../forward';
import type { InputTensor } from '../types';
import type { CancelFlag } from './steps';

export interface OcclusionOptions {
	classIndex: number;
	patch: number;
	stride: number;
	/** Occluded pictures per forward pass (default 16). */
	batch?: number;
	cancel?: CancelFlag;
	onProgress?: (done: number, total: number) => void;
}

export interface OcclusionResult {
	classIndex: number;
	patch: number;
	stride: number;
	/** rows × cols, row-major: probability without the patch minus with it there (positive: the place mattered). */
	map: Float32Array;
	rows: number;
	cols: number;
	baseline: number;
	/** Pictures run, the unoccluded one included, and the batched forward passes that ran them. */
	pictures: number;
	passes: number;
	/** False when cancelled: places not reached are 0. */
	complete: boolean;
	ms: number;
}

/** Places along one side: ⌊(size − patch)/stride⌋ + 1, the patch always wholly inside. */
export function occlusionPlaces(size: number, patch: number, stride: number): number {
	if (!(patch >= 1 && patch <= size && stride >= 1)) throw new Error('explain: the patch must fit the picture.');
	return Math.floor((size - patch) / stride) + 1;
}

/** A default a student can wait for: about an eighth of the side, half-overlapping. */
export function defaultOcclusion(size: number): { patch: number; stride: number } {
	const patch = Math.max(1, Math.round(size / 7));
	return { patch, stride: Math.max(1, Math.round(patch / 2)) };
}

async function classProbabilities(
	model: ModelView,
	batch: Float32Array,
	shape: [number, number, number, number],
	classIndex: number
): Promise<Float32Array> {
	const column = tf.tidy(() => {
		const out = forward(model.network, model.params, tf.tensor4d(batch, shape), { keep: new Set() });
		return tf.slice(out.probabilities, [0, classIndex], [shape[0], 1]);
	});
	try {
		return (await column.data()) as Float32Array;
	} finally {
		column.dispose();
	}
}

export async function occlusion(
	model: ModelView,
	input: InputTensor,
	options: OcclusionOptions
): Promise<OcclusionResult> {
	const start = performance.now();
	const [c, h, w] = input.shape.slice(-3);
	const { classIndex, patch, stride } = options;
	if (!Number.isInteger(classIndex) || classIndex < 0 || classIndex >= model.network.classes)
		throw new Error(`explain: class ${classIndex} is not one of the ${model.network.classes} classes.`);
	const rows = occlusionPlaces(h, patch, stride);
	const cols = occlusionPlaces(w, patch, stride);
	const total = rows * cols;
	const size = c * h * w;
	const perPass = Math.max(1, options.batch ?? 16);
	const [baseline] = await classProbabilities(model, input.data, [1, c, h, w], classIndex);
	const map = new Float32Array(total);
	let passes = 1;
	let done = 0;
	while (done < total && !options.cancel?.cancelled) {
		const n = Math.min(perPass, total - done);
		const batch = new Float32Array(n * size);
		for (let b = 0; b < n; b++) {
			const place = done + b;
			const top = Math.floor(place / cols) * stride;
			const left = (place % cols) * stride;
			const item = batch.subarray(b * size, (b + 1) * size);
			item.set(input.data.subarray(0, size));
			for (let ch = 0; ch < c; ch++)
				for (let y = top; y < top + patch; y++)
					item.fill(0, ch * h * w + y * w + left, ch * h * w + y * w + left + patch);
		}
		const probabilities = await classProbabilities(model, batch, [n, c, h, w], classIndex);
		for (let b = 0; b < n; b++) map[done + b] = baseline - probabilities[b];
		done += n;
		passes++;
		options.onProgress?.(done, total);
	}
	return {
		classIndex,
		patch,
		stride,
		map,
		rows,
		cols,
		baseline,
		pictures: done + 1,
		passes,
		complete: done === total,
		ms: performance.now() - start
	};
}
