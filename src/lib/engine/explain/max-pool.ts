/**
 * Max pooling whose gradient is computed here, from ops every backend runs:
 * WASM's MaxPoolGrad kernel (tfjs 4.22) returns wrong gradients. As in PyTorch,
 * each window's gradient goes to its first maximum in row-major order.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { MaxPoolSpec } from '../../model/types';

/** [n, oh, ow, c] spread onto a [n, oh·s, ow·s, c] grid, zeros between: entry (a, b) lands at (a·s, b·s). */
function spread(t: tf.Tensor4D, stride: number): tf.Tensor4D {
	const [n, oh, ow, c] = t.shape;
	if (stride === 1) return t;
	const rows = tf.concat([tf.expandDims(t, 2), tf.zeros([n, oh, stride - 1, ow, c])], 2);
	const grid = tf.reshape(rows, [n, oh * stride, ow, 1, c]);
	const both = tf.concat([grid, tf.zeros([n, oh * stride, ow, stride - 1, c])], 3);
	return tf.reshape(both, [n, oh * stride, ow * stride, c]);
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
				const padded =
					p > 0
						? tf.pad(
								xs,
								[
									[0, 0],
									[p, p],
									[p, p],
									[0, 0]
								],
								-Infinity
							)
						: xs;
				const [ph, pw] = [h + 2 * p, w + 2 * p];
				let taken = tf.zerosLike(ys);
				let dx: tf.Tensor4D = tf.zeros([n, ph, pw, c]);
				for (let i = 0; i < k; i++) {
					for (let j = 0; j < k; j++) {
						const view = tf.stridedSlice(
							padded,
							[0, i, j, 0],
							[n, i + s * (oh - 1) + 1, j + s * (ow - 1) + 1, c],
							[1, s, s, 1]
						) as tf.Tensor4D;
						const first = tf.mul(tf.cast(tf.equal(view, ys), 'float32'), tf.sub(1, taken));
						taken = tf.add(taken, first);
						const placed = spread(tf.mul(dy, first) as tf.Tensor4D, s);
						const [gh, gw] = [placed.shape[1], placed.shape[2]];
						const fit = tf.slice(placed, [0, 0, 0, 0], [n, Math.min(gh, ph - i), Math.min(gw, pw - j), c]);
						dx = tf.add(
							dx,
							tf.pad(fit, [
								[0, 0],
								[i, ph - i - fit.shape[1]],
								[j, pw - j - fit.shape[2]],
								[0, 0]
							])
						);
					}
				}
				return p > 0 ? tf.slice(dx, [0, p, p, 0], [n, h, w, c]) : dx;
			}
		};
	}) as unknown as Parameters<typeof tf.customGrad>[0]);
	return pool(x) as tf.Tensor4D;
}
