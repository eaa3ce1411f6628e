/**
 * The arithmetic behind the sliding-window animations, kept pure so tests can
 * check it against the engine's outputs: where a window sits, what the
 * convolution's dot product adds up, what a pooling window keeps, and how much
 * neighbouring pooling windows share.
 */

export interface Window {
	/** Top-left corner in input coordinates (negative inside the padding) and side. */
	x: number;
	y: number;
	size: number;
}

export interface Slide {
	kernel: number;
	stride: number;
	padding: number;
	/** Side of the output map. */
	outSize: number;
}

export function cellOf(position: number, outSize: number): { row: number; column: number } {
	return { row: Math.floor(position / outSize), column: position % outSize };
}

export function windowAt(slide: Slide, row: number, column: number): Window {
	return { x: column * slide.stride - slide.padding, y: row * slide.stride - slide.padding, size: slide.kernel };
}

/** The part two windows share, or null when they do not touch. */
export function overlap(a: Window, b: Window): { x: number; y: number; width: number; height: number } | null {
	const x = Math.max(a.x, b.x);
	const y = Math.max(a.y, b.y);
	const width = Math.min(a.x + a.size, b.x + b.size) - x;
	const height = Math.min(a.y + a.size, b.y + b.size) - y;
	return width > 0 && height > 0 ? { x, y, width, height } : null;
}

export interface DotProduct {
	/** Per input channel: the weights and the input values under the window (0 in the padding). */
	weights: Float32Array[];
	inputs: Float32Array[];
	channelSums: number[];
	bias: number;
	total: number;
}

/**
 * Output channel `o` at (row, column) of a convolution, written out: input is
 * C×S×S, weight is PyTorch's [out, C, k, k]. Summed in float64, so it can be
 * compared with the engine's float32 result.
 */
export function dotProduct(
	input: Float32Array,
	inSize: number,
	weight: Float32Array,
	bias: Float32Array,
	o: number,
	slide: Slide,
	row: number,
	column: number
): DotProduct {
	const k = slide.kernel;
	const channels = input.length / (inSize * inSize);
	const win = windowAt(slide, row, column);
	const weights: Float32Array[] = [];
	const inputs: Float32Array[] = [];
	const channelSums: number[] = [];
	for (let c = 0; c < channels; c++) {
		const w = weight.subarray((o * channels + c) * k * k, (o * channels + c + 1) * k * k);
		const x = new Float32Array(k * k);
		let sum = 0;
		for (let dy = 0; dy < k; dy++) {
			const y = win.y + dy;
			for (let dx = 0; dx < k; dx++) {
				const xx = win.x + dx;
				const inside = y >= 0 && y < inSize && xx >= 0 && xx < inSize;
				x[dy * k + dx] = inside ? input[(c * inSize + y) * inSize + xx] : 0;
				sum += w[dy * k + dx] * x[dy * k + dx];
			}
		}
		weights.push(w);
		inputs.push(x);
		channelSums.push(sum);
	}
	const total = channelSums.reduce((a, b) => a + b, bias[o]);
	return { weights, inputs, channelSums, bias: bias[o], total };
}

/** The largest value under a pooling window of one H×W plane, and where it is. */
export function windowMax(plane: Float32Array, size: number, win: Window): { value: number; x: number; y: number } {
	let best = { value: -Infinity, x: win.x, y: win.y };
	for (let y = Math.max(0, win.y); y < Math.min(size, win.y + win.size); y++) {
		for (let x = Math.max(0, win.x); x < Math.min(size, win.x + win.size); x++) {
			const value = plane[y * size + x];
			if (value > best.value) best = { value, x, y };
		}
	}
	return best;
}
