/**
 * Separable triangle-filter resampling of float planes.
 *
 * Upsampling with it is exactly PyTorch's bilinear `interpolate(...,
 * align_corners=False)` (half-pixel centres, edges clamped), which is what the
 * default model was trained with. Downsampling widens the triangle to the
 * scale factor, as PIL's antialiased bilinear does, so a large photo is
 * averaged rather than aliased.
 */

interface Taps {
	start: Int32Array;
	count: Int32Array;
	weights: Float32Array;
	width: number;
}

function taps(inSize: number, outSize: number, offset: number, span: number): Taps {
	const scale = span / outSize;
	const support = Math.max(1, scale);
	const width = Math.ceil(support) * 2 + 1;
	const start = new Int32Array(outSize);
	const count = new Int32Array(outSize);
	const weights = new Float32Array(outSize * width);
	for (let o = 0; o < outSize; o++) {
		const centre = offset + (o + 0.5) * scale;
		const lo = Math.max(0, Math.floor(centre - support));
		const hi = Math.min(inSize, Math.ceil(centre + support));
		let total = 0;
		let n = 0;
		for (let i = lo; i < hi && n < width; i++) {
			const w = Math.max(0, 1 - Math.abs((i + 0.5 - centre) / support));
			weights[o * width + n] = w;
			total += w;
			n++;
		}
		for (let k = 0; k < n; k++) weights[o * width + k] /= total;
		start[o] = lo;
		count[o] = n;
	}
	return { start, count, weights, width };
}

/** A region of the source, in source pixels: the whole image, or a crop window. */
export interface SourceRect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * Resamples `rect` of a `width`×`height` plane to `outW`×`outH`. Taking the
 * crop as a rectangle (not a second pass) is how a resize-then-crop can be one
 * resample.
 */
export function resamplePlane(
	plane: Float32Array,
	width: number,
	height: number,
	outW: number,
	outH: number,
	rect: SourceRect = { x: 0, y: 0, width, height }
): Float32Array {
	const h = taps(width, outW, rect.x, rect.width);
	const v = taps(height, outH, rect.y, rect.height);
	const rows = new Float32Array(outW * height);
	for (let y = 0; y < height; y++) {
		const row = y * width;
		for (let o = 0; o < outW; o++) {
			let sum = 0;
			const base = o * h.width;
			for (let k = 0; k < h.count[o]; k++) sum += plane[row + h.start[o] + k] * h.weights[base + k];
			rows[y * outW + o] = sum;
		}
	}
	const out = new Float32Array(outW * outH);
	for (let o = 0; o < outH; o++) {
		const base = o * v.width;
		for (let x = 0; x < outW; x++) {
			let sum = 0;
			for (let k = 0; k < v.count[o]; k++) sum += rows[(v.start[o] + k) * outW + x] * v.weights[base + k];
			out[o * outW + x] = sum;
		}
	}
	return out;
}
