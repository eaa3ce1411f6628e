/**
 * Max pooling whose gradient is computed here, from ops every backend runs:
 * WASM's MaxPoolGrad kernel (tfjs 4.22) returns wrong gradients. As in PyTorch,
 * each window's gradient goes to its first maximum in row-major order.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { MaxPoolSpec } from '../../model/types';

/**
 * Rows i, i+s, …, i+s·(oh−1) and the same columns from j, by slicing and reshaping:
 * WASM's StridedSlice is a JavaScript loop, its Slice native. `padded` has at least
 * i + s·oh rows and j + s·ow columns.
 */
function strided(padded: tf.Tensor4D, i: number, j: number, s: number, oh: number, ow: number): tf.Tensor4D {
	const [n, , , c] = padded.shape;
	const window = tf.slice(padded, [0, i, j, 0], [n, s * oh, s * ow, c]);
	const rows = tf.reshape(window, [n * oh, s, ow, s * c]);
	return tf.reshape(tf.slice(rows, [0, 0, 0, 0], [n * oh, 1, ow, c]), [n, oh, ow, c]);
}

/** The reverse of `strided`: [n, oh, ow, c] placed at rows i + s·a, columns j + s·b of an [n, ph, pw, c] grid of zeros. */
function place(t: tf.Tensor4D, i: number, j: number, s: number, ph: number, pw: number): tf.Tensor4D {
	const [n, oh, ow, c] = t.shape;
	const rows = tf.pad(tf.reshape(t, [n * oh, 1, ow, c]), [
		[0, 0],
		[0, s - 1],
		[0, 0],
		[0, (s - 1) * c]
	]);
	return tf.pad(tf.reshape(rows, [n, s * oh, s * ow, c]), [
		[0, 0],
		[i, ph - i - s * oh],
		[j, pw - j - s * ow],
		[0, 0]
	]);
}

export function differentiableMaxPool(x: tf.Tensor4D, spec: MaxPoolSpec): tf.Tensor4D {
	const { kernel: k, stride: s, padding: p } = spec;
	const pool = tf.customGrad(((input: tf.Tensor4D, save: tf.GradSaveFunc) => {
		const y = tf.maxPool(input, k, s, p);
		save([input, y]);
		return {
			value: y,
			gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
				const [xs, ys] = saved as [tf.Tensor4D, tf.Tensor4D];
				const [n, h, w, c] = xs.shape;
				const [, oh, ow] = ys.shape;
				// Padding to the pool's own -∞ border, and enough beyond it for the last window's `strided` view.
				const [ph, pw] = [Math.max(h + 2 * p, k - 1 + s * oh), Math.max(w + 2 * p, k - 1 + s * ow)];
				const padded = tf.pad(
					xs,
					[
						[0, 0],
						[p, ph - h - p],
						[p, pw - w - p],
						[0, 0]
					],
					-Infinity
				);
				let taken = tf.zerosLike(ys);
				let dx: tf.Tensor4D = tf.zeros([n, ph, pw, c]);
				for (let i = 0; i < k; i++) {
					for (let j = 0; j < k; j++) {
						const view = strided(padded, i, j, s, oh, ow);
						const first = tf.mul(tf.cast(tf.equal(view, ys), 'float32'), tf.sub(1, taken));
						taken = tf.add(taken, first);
						dx = tf.add(dx, place(tf.mul(dy, first) as tf.Tensor4D, i, j, s, ph, pw));
					}
				}
				return tf.slice(dx, [0, p, p, 0], [n, h, w, c]);
			}
		};
	}) as unknown as Parameters<typeof tf.customGrad>[0]);
	return pool(x) as tf.Tensor4D;
}
