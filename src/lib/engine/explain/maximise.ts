/**
 * Activation maximisation (Erhan et al. 2009; Olah et al. 2017, "Feature
 * Visualization"): gradient ascent on a picture, from faint noise, to raise
 * one channel's mean output. What keeps it from high-frequency noise: the
 * picture is drawn in decorrelated colour through a sigmoid, every step sees
 * it jittered and slightly rescaled, and it is blurred every few steps.
 * Rotation is not among the transforms: tfjs has no differentiable warp on every backend.
 * A step's cost is mostly the convolutions' input gradients, taken as forward
 * convolutions (conv-grad.ts), and the max-pool gradients (max-pool.ts).
 */
import './register-gradients';
import * as tf from '@tensorflow/tfjs-core';
import type { ModelView } from '../engine';
import { gradientKernels } from './conv-grad';
import { pictureSizeError } from './sizes';
import { stepIndex, runSteps, type CancelFlag } from './steps';

export interface MaximiseOptions {
	layer: string;
	channel: number;
	steps?: number;
	/** Side of the picture optimised (default 112: most of conv5's receptive field, at a quarter of the cost of 224). */
	size?: number;
	/** Each step moves the picture by this much, relative to the gradient's RMS. */
	rate?: number;
	/** Largest shift in pixels, each way. */
	jitter?: number;
	/** Blur every this many steps (0: never). */
	blurEvery?: number;
	/** A picture is reported every this many steps, and after the last. */
	every?: number;
	seed?: number;
	cancel?: CancelFlag;
	onPicture?: (picture: MaximisedPicture) => void;
}

export interface MaximisedPicture {
	layer: string;
	channel: number;
	/** RGBA, size × size. */
	rgba: Uint8ClampedArray;
	size: number;
	step: number;
	steps: number;
	/** The channel's mean output for the picture as it stands. */
	activation: number;
}

export interface MaximiseResult extends MaximisedPicture {
	complete: boolean;
	ms: number;
	msPerStep: number;
}

export const MAXIMISE_DEFAULTS = { steps: 64, size: 112, rate: 0.06, jitter: 6, blurEvery: 4, every: 8, seed: 1 };

/** Square root of ImageNet's colour covariance (Lucid's), columns scaled to norm ≤ 1: RGB = M · p. */
const COLOUR_SQRT = [
	[0.26, 0.09, 0.02],
	[0.27, 0.0, -0.05],
	[0.27, -0.09, 0.03]
];
const MAX_NORM = Math.max(...[0, 1, 2].map((j) => Math.hypot(...COLOUR_SQRT.map((row) => row[j]))));

function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export async function maximise(model: ModelView, options: MaximiseOptions): Promise<MaximiseResult> {
	const o = { ...MAXIMISE_DEFAULTS, ...options };
	const { network, params, info } = model;
	const at = stepIndex(network, o.layer);
	const conv = network.steps[at];
	if (conv.kind !== 'conv') throw new Error(`explain: ${o.layer} is not a convolution.`);
	const channels = conv.outShape[0];
	if (!Number.isInteger(o.channel) || o.channel < 0 || o.channel >= channels)
		throw new Error(`explain: ${o.layer} has channels 0–${channels - 1}, not ${o.channel}.`);
	const sizeProblem = pictureSizeError(network, o.size, at);
	if (sizeProblem) throw new Error(sizeProblem);
	const { mean, std, grayscale } = info.card.preprocessing;
	const start = performance.now();
	const random = mulberry32(o.seed);
	const depth = grayscale ? 1 : 3;
	const kernels = await gradientKernels(network, params, at);
	const colour = tf.tensor2d(COLOUR_SQRT.map((row) => row.map((v) => v / MAX_NORM)));
	const meanT = tf.tensor1d(mean);
	const stdT = tf.tensor1d(std);
	const blurKernel = tf.tidy(() => {
		const g = tf.tensor1d([0.25, 0.5, 0.25]);
		const k = tf.outerProduct(g, g);
		return tf.tile(tf.reshape(k, [3, 3, 1, 1]), [1, 1, depth, 1]) as tf.Tensor4D;
	});
	let p: tf.Tensor4D = tf.tidy(() =>
		tf.mul(tf.randomNormal([1, o.size, o.size, depth], 0, 1, 'float32', o.seed), 0.05)
	);

	/** The picture in [0, 1], RGB, from the parameters. */
	const picture = (q: tf.Tensor4D): tf.Tensor4D =>
		tf.sigmoid(
			depth === 1
				? tf.tile(q, [1, 1, 1, 3])
				: tf.reshape(tf.matMul(tf.reshape(q, [-1, 3]), colour, false, true), q.shape)
		) as tf.Tensor4D;

	const report = async (step: number): Promise<MaximisedPicture> => {
		const [pixels, activation] = tf.tidy(() => {
			const rgb = picture(p);
			const out = runSteps(network, params, tf.div(tf.sub(rgb, meanT), stdT), 0, at);
			return [
				tf.cast(tf.round(tf.mul(rgb, 255)), 'int32'),
				tf.mean(tf.slice(out, [0, 0, 0, o.channel], [1, -1, -1, 1]))
			];
		});
		const [rgb, value] = await Promise.all([pixels.data(), activation.data()]);
		tf.dispose([pixels, activation]);
		const rgba = new Uint8ClampedArray(o.size * o.size * 4);
		for (let i = 0; i < o.size * o.size; i++) {
			rgba.set([rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2], 255], 4 * i);
		}
		const shown = {
			layer: o.layer,
			channel: o.channel,
			rgba,
			size: o.size,
			step,
			steps: o.steps,
			activation: value[0]
		};
		o.onPicture?.(shown);
		return shown;
	};

	let step = 0;
	try {
		for (; step < o.steps && !o.cancel?.cancelled; step++) {
			const dy = Math.floor(random() * (2 * o.jitter + 1));
			const dx = Math.floor(random() * (2 * o.jitter + 1));
			const scale = 0.95 + random() * 0.1;
			const next = tf.tidy(() => {
				const objective = (q: tf.Tensor): tf.Scalar => {
					const padded = tf.pad(
						picture(q as tf.Tensor4D),
						[
							[0, 0],
							[o.jitter, o.jitter],
							[o.jitter, o.jitter],
							[0, 0]
						],
						0.5
					);
					const shifted = tf.slice(padded, [0, dy, dx, 0], [1, o.size, o.size, 3]);
					const side = Math.round(o.size * scale);
					const scaled = side === o.size ? shifted : tf.image.resizeBilinear(shifted, [side, side], true);
					const x = tf.div(tf.sub(scaled, meanT), stdT);
					const out = runSteps(network, params, x, 0, at, true, kernels);
					return tf.mean(tf.slice(out, [0, 0, 0, o.channel], [1, -1, -1, 1]));
				};
				const grad = tf.grad(objective)(p);
				const rms = tf.add(tf.sqrt(tf.mean(tf.square(grad))), 1e-8);
				let q = tf.add(p, tf.mul(tf.div(grad, rms), o.rate)) as tf.Tensor4D;
				if (o.blurEvery > 0 && (step + 1) % o.blurEvery === 0) {
					q = tf.depthwiseConv2d(
						tf.pad(
							q,
							[
								[0, 0],
								[1, 1],
								[1, 1],
								[0, 0]
							],
							0
						),
						blurKernel,
						1,
						'valid'
					);
				}
				return q;
			});
			p.dispose();
			p = next;
			if ((step + 1) % o.every === 0 && step + 1 < o.steps) await report(step + 1);
			// Lets a cancel message in between steps.
			else await new Promise((resolve) => setTimeout(resolve, 0));
		}
		const last = await report(step);
		const ms = performance.now() - start;
		return { ...last, complete: step === o.steps, ms, msPerStep: ms / Math.max(1, step) };
	} finally {
		tf.dispose([p, colour, meanT, stdT, blurKernel]);
		kernels.dispose();
	}
}
