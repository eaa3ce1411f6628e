/**
 * Convolution kernels as pictures. conv1's kernels see R, G and B, so each is
 * shown in colour, stretched to the full 0–255 range with zero kept grey
 * (128): colour shows what the filter looks for, grey what it ignores. Deeper
 * kernels see feature maps, not colours, so each input channel's k×k slice is
 * shown on its own, and their norms say which inputs a filter listens to most.
 */
import type { Rgba } from './atlas';

/** [out, in, k, k], PyTorch's conv weight layout. */
export interface Kernels {
	shape: number[];
	data: Float32Array;
}

/** Output channel `o` of a kernel with three input channels as a k×k colour tile. */
export function rgbKernel(weight: Kernels, o: number): Rgba {
	const [, inChannels, k] = weight.shape;
	if (inChannels !== 3) throw new Error(`An RGB tile needs three input channels, not ${inChannels}.`);
	const area = k * k;
	const base = o * 3 * area;
	let reach = 0;
	for (let i = base; i < base + 3 * area; i++) reach = Math.max(reach, Math.abs(weight.data[i]));
	const data = new Uint8ClampedArray(area * 4);
	for (let p = 0; p < area; p++) {
		for (let c = 0; c < 3; c++) {
			const w = weight.data[base + c * area + p];
			data[p * 4 + c] = reach > 0 ? 128 + (127 * w) / reach : 128;
		}
		data[p * 4 + 3] = 255;
	}
	return { data, width: k, height: k };
}

/** L2 norm of each input-channel slice of output channel `o`. */
export function sliceNorms(weight: Kernels, o: number): Float32Array {
	const [, inChannels, k] = weight.shape;
	const area = k * k;
	const norms = new Float32Array(inChannels);
	for (let i = 0; i < inChannels; i++) {
		let sum = 0;
		const base = (o * inChannels + i) * area;
		for (let p = base; p < base + area; p++) sum += weight.data[p] * weight.data[p];
		norms[i] = Math.sqrt(sum);
	}
	return norms;
}

/** Input channels in the order to show them: as stored, or strongest first. */
export function sliceOrder(norms: Float32Array, order: 'index' | 'norm'): number[] {
	const indices = Array.from(norms, (_, i) => i);
	return order === 'norm' ? indices.sort((a, b) => norms[b] - norms[a] || a - b) : indices;
}

/** The k×k·in values of output channel `o`, as one C×H×W array for the tile grid. */
export function kernelSlices(weight: Kernels, o: number, order: readonly number[]): Float32Array {
	const [, inChannels, k] = weight.shape;
	const area = k * k;
	const out = new Float32Array(order.length * area);
	order.forEach((i, position) => {
		const base = (o * inChannels + i) * area;
		out.set(weight.data.subarray(base, base + area), position * area);
	});
	return out;
}

/** Every output channel of a three-input-channel kernel as colour tiles, `columns` a row, 1-pixel see-through gaps. */
export function rgbKernelAtlas(weight: Kernels, columns: number): Rgba {
	const [out, , k] = weight.shape;
	const step = k + 1;
	const rows = Math.ceil(out / columns);
	const width = columns * step - 1;
	const height = rows * step - 1;
	const atlas: Rgba = { data: new Uint8ClampedArray(width * height * 4), width, height };
	for (let o = 0; o < out; o++) {
		const tile = rgbKernel(weight, o);
		const x0 = (o % columns) * step;
		const y0 = Math.floor(o / columns) * step;
		for (let y = 0; y < k; y++) {
			atlas.data.set(tile.data.subarray(y * k * 4, (y + 1) * k * 4), ((y0 + y) * atlas.width + x0) * 4);
		}
	}
	return atlas;
}
