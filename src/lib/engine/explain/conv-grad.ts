/**
 * Convolutions for the many gradient steps of activation maximisation, whose
 * input gradient is itself a forward convolution: the kernel flipped in space,
 * in and out channels swapped, over the output gradient padded by
 * kernel − 1 − padding. On WASM, tfjs 4.22's Conv2DBackpropInput is a plain
 * loop, several times slower than the XNNPACK convolution that replaces it; it
 * was most of the cost of a step. Only the input's gradient: the weights stay
 * fixed when explaining.
 *
 * A strided layer (conv1, stride 4) becomes a stride-1 one first: the picture
 * cut into stride × stride blocks stacked as channels (space to depth), the
 * kernel cut the same way. Same sums, same result; its gradient is then a
 * stride-1 convolution and reshapes.
 *
 * The kernels are rearranged once, in JavaScript, for a run of many steps
 * (WASM's Reverse and Gather are JavaScript loops too, and slow on a kernel).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Network } from '../../model/derive';
import type { ConvSpec } from '../../model/types';
import type { ConvParams } from '../ops';
import type { StepParams } from '../params';

export interface LayerKernels {
	/** Side of the space-to-depth blocks: the layer's stride (1: none). */
	block: number;
	/** Per group: the kernel as the stride-1 convolution uses it, and that kernel flipped. */
	kernels: tf.Tensor4D[];
	flipped: tf.Tensor4D[];
}

/** Per conv layer id; `dispose` frees what was made. */
export interface GradientKernels {
	layers: ReadonlyMap<string, LayerKernels>;
	dispose(): void;
}

/** Kernel side once cut into blocks: ⌈kernel / stride⌉. */
const blocks = (spec: ConvSpec) => Math.ceil(spec.kernel / spec.stride);

function handled(spec: ConvSpec): boolean {
	return spec.stride === 1 ? spec.padding <= spec.kernel - 1 : spec.groups === 1;
}

/** [K, K, C, O] zero-padded to [kb·s, kb·s, C, O] and cut into s × s blocks: [kb, kb, s·s·C, O]. */
function blocked(kernel: Float32Array, [k, , c, o]: number[], s: number): Float32Array {
	if (s === 1) return kernel;
	const kb = Math.ceil(k / s);
	const to = new Float32Array(kb * kb * s * s * c * o);
	for (let y = 0; y < k; y++)
		for (let x = 0; x < k; x++) {
			const target = ((Math.floor(y / s) * kb + Math.floor(x / s)) * s * s + (y % s) * s + (x % s)) * c * o;
			to.set(kernel.subarray((y * k + x) * c * o, (y * k + x + 1) * c * o), target);
		}
	return to;
}

/** [K, K, C, O] turned half a turn in space, in and out channels swapped: [K, K, O, C]. */
function flipped(kernel: Float32Array, [k, , c, o]: number[]): Float32Array {
	const to = new Float32Array(kernel.length);
	for (let y = 0; y < k; y++)
		for (let x = 0; x < k; x++) {
			const source = (y * k + x) * c * o;
			const target = ((k - 1 - y) * k + (k - 1 - x)) * o * c;
			for (let i = 0; i < c; i++) for (let j = 0; j < o; j++) to[target + j * c + i] = kernel[source + i * o + j];
		}
	return to;
}

/** Kernels for the conv layers among steps 0..`upTo`. */
export async function gradientKernels(
	network: Network,
	params: ReadonlyMap<string, StepParams>,
	upTo: number
): Promise<GradientKernels> {
	const layers = new Map<string, LayerKernels>();
	const made: tf.Tensor[] = [];
	for (const step of network.steps.slice(0, upTo + 1)) {
		const spec = step.spec;
		if (spec.kind !== 'conv' || !handled(spec)) continue;
		const s = spec.stride;
		const layer: LayerKernels = { block: s, kernels: [], flipped: [] };
		for (const kernel of (params.get(spec.id) as ConvParams).kernels) {
			const [, , c, o] = kernel.shape;
			const kb = blocks(spec);
			const shape = [kb, kb, s * s * c, o];
			const values = blocked((await kernel.data()) as Float32Array, kernel.shape, s);
			const forward = s === 1 ? kernel : tf.tensor4d(values, shape as [number, number, number, number]);
			const backward = tf.tensor4d(flipped(values, shape), [kb, kb, o, s * s * c]);
			if (forward !== kernel) made.push(forward);
			made.push(backward);
			layer.kernels.push(forward);
			layer.flipped.push(backward);
		}
		layers.set(spec.id, layer);
	}
	return { layers, dispose: () => tf.dispose(made) };
}

function stride1(input: tf.Tensor4D, kernel: tf.Tensor4D, backward: tf.Tensor4D, padding: number): tf.Tensor4D {
	const conv = tf.customGrad(((x: tf.Tensor4D) => ({
		value: tf.conv2d(x, kernel, 1, padding),
		gradFunc: (dy: tf.Tensor) => tf.conv2d(dy as tf.Tensor4D, backward, 1, kernel.shape[0] - 1 - padding)
	})) as unknown as Parameters<typeof tf.customGrad>[0]);
	return conv(input) as tf.Tensor4D;
}

/** The picture padded, trimmed to whole blocks that the last window needs, and its s × s blocks stacked as channels. */
function spaceToDepth(x: tf.Tensor4D, spec: ConvSpec): tf.Tensor4D {
	const s = spec.stride;
	const [n, h, w, c] = x.shape;
	const p = spec.padding;
	const out = (side: number) => Math.floor((side + 2 * p - spec.kernel) / s) + 1;
	const [hb, wb] = [out(h) - 1 + blocks(spec), out(w) - 1 + blocks(spec)];
	const trimmed = tf.slice(x, [0, 0, 0, 0], [n, Math.min(h, s * hb - p), Math.min(w, s * wb - p), c]);
	const padded = tf.pad(trimmed, [
		[0, 0],
		[p, s * hb - p - trimmed.shape[1]],
		[p, s * wb - p - trimmed.shape[2]],
		[0, 0]
	]);
	const rows = tf.reshape(padded, [n * hb, s, wb, s * c]);
	return tf.reshape(tf.transpose(rows, [0, 2, 1, 3]), [n, hb, wb, s * s * c]);
}

/** A conv layer (bias added, no ReLU) whose input gradient is a forward convolution; `layer` from `gradientKernels`. */
export function convForGradient(x: tf.Tensor4D, spec: ConvSpec, params: ConvParams, layer: LayerKernels): tf.Tensor4D {
	const one = (input: tf.Tensor4D, g: number) =>
		tf.add(
			layer.block === 1
				? stride1(input, layer.kernels[g], layer.flipped[g], spec.padding)
				: stride1(spaceToDepth(input, spec), layer.kernels[g], layer.flipped[g], 0),
			params.biases[g]
		) as tf.Tensor4D;
	if (spec.groups === 1) return one(x, 0);
	const parts = tf.split(x, spec.groups, 3) as tf.Tensor4D[];
	return tf.concat(
		parts.map((part, g) => one(part, g)),
		3
	);
}
