/**
 * AlexNet's layers as tfjs-core ops, with PyTorch's semantics. Tensors here are
 * NHWC (the layout every tfjs backend runs convolutions in); the forward pass
 * converts at its edges.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { AdaptiveAvgPoolSpec, ConvSpec, LrnSpec, MaxPoolSpec } from '../model/types';

/** One kernel and bias per group: a grouped convolution is `groups` ordinary ones side by side. */
export interface ConvParams {
	kernels: tf.Tensor4D[];
	biases: tf.Tensor1D[];
}

export interface LinearParams {
	/** PyTorch's [out, in], as stored: see `linear`. */
	weight: tf.Tensor2D;
	bias: tf.Tensor1D;
}

/** Conv2d with explicit zero padding and bias; `groups` splits the channels. `plain`: unfused (see applyStep). */
export function conv2d(x: tf.Tensor4D, spec: ConvSpec, params: ConvParams, plain = false): tf.Tensor4D {
	const one = (input: tf.Tensor4D, group: number): tf.Tensor4D =>
		plain
			? tf.add(tf.conv2d(input, params.kernels[group], spec.stride, spec.padding), params.biases[group])
			: tf.fused.conv2d({
					x: input,
					filter: params.kernels[group],
					bias: params.biases[group],
					strides: spec.stride,
					pad: spec.padding
				});
	if (spec.groups === 1) return one(x, 0);
	const parts = tf.split(x, spec.groups, 3) as tf.Tensor4D[];
	return tf.concat(
		parts.map((part, group) => one(part, group)),
		3
	);
}

/**
 * PyTorch's LocalResponseNorm: x / (k + α/n · Σ x²)^β over n neighbouring channels.
 * tfjs sums over depthRadius each side and does not divide α by n, hence the conversion.
 */
export function localResponseNorm(x: tf.Tensor4D, spec: LrnSpec): tf.Tensor4D {
	if (spec.size % 2 === 0) {
		throw new Error(`${spec.id}: LocalResponseNorm with an even size (${spec.size}) is not supported by the engine.`);
	}
	return tf.localResponseNormalization(x, (spec.size - 1) / 2, spec.k, spec.alpha / spec.size, spec.beta);
}

/** Max pooling; padding counts as −∞ (never the maximum), as in PyTorch. */
export function maxPool(x: tf.Tensor4D, spec: MaxPoolSpec): tf.Tensor4D {
	return tf.maxPool(x, spec.kernel, spec.stride, spec.padding);
}

/** Bin edges of PyTorch's adaptive pooling: [floor(i·in/out), ceil((i+1)·in/out)). */
export function adaptiveBins(inSize: number, outSize: number): [number, number][] {
	return Array.from({ length: outSize }, (_, i) => [
		Math.floor((i * inSize) / outSize),
		Math.ceil(((i + 1) * inSize) / outSize)
	]);
}

/** [out·out, in·in]: row (i, j) averages input bin i × bin j. */
function adaptivePoolMatrix(inSize: number, outSize: number): Float32Array {
	const bins = adaptiveBins(inSize, outSize);
	const matrix = new Float32Array(outSize * outSize * inSize * inSize);
	bins.forEach(([r0, r1], i) =>
		bins.forEach(([c0, c1], j) => {
			const row = (i * outSize + j) * inSize * inSize;
			const weight = 1 / ((r1 - r0) * (c1 - c0));
			for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) matrix[row + r * inSize + c] = weight;
		})
	);
	return matrix;
}

/**
 * AdaptiveAvgPool2d. Identity when the map already has the output size (torchvision at
 * 224), a plain average pool when the size divides evenly, else a pooling matrix.
 */
export function adaptiveAvgPool(x: tf.Tensor4D, spec: AdaptiveAvgPoolSpec): tf.Tensor4D {
	const [n, h, w, c] = x.shape;
	const out = spec.outputSize;
	if (h !== w) throw new Error(`${spec.id}: the engine pools square maps only (got ${h}×${w}).`);
	if (h === out) return tf.clone(x);
	if (h % out === 0) return tf.avgPool(x, h / out, h / out, 0);
	return tf.tidy(() => {
		const matrix = tf.tensor3d(adaptivePoolMatrix(h, out), [1, out * out, h * w]);
		const pooled = tf.matMul(tf.tile(matrix, [n, 1, 1]), tf.reshape(x, [n, h * w, c]));
		return tf.reshape(pooled, [n, out, out, c]);
	});
}

/** torch.flatten(x, 1): PyTorch's C·H·W order, so fc1's weights line up. */
export function flattenChw(x: tf.Tensor4D): tf.Tensor2D {
	const [n, h, w, c] = x.shape;
	return tf.tidy(() => tf.reshape(tf.transpose(x, [0, 3, 1, 2]), [n, c * h * w]));
}

/**
 * y = x·Wᵀ + b, computed as (W·xᵀ)ᵀ with W in PyTorch's [out, in] layout. On WASM,
 * x·W with W as the right operand makes XNNPACK repack (transpose) all of W on
 * the first pass — 1.3 s for torchvision's fc1 — and keep a second copy; as the
 * left operand W is used in place, and each pass repacks only the small xᵀ.
 */
export function linear(x: tf.Tensor2D, params: LinearParams): tf.Tensor2D {
	return tf.tidy(() => tf.add(tf.transpose(tf.matMul(params.weight, tf.transpose(x))), params.bias));
}
