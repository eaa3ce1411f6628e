/**
 * Feature maps to pixels, without a canvas: every channel of a C×H×W activation
 * coloured through a LUT into one RGBA image (the atlas), tile after tile in a
 * row of `columns`. Pure, so tests can check the colours; the canvas then only
 * copies it, scaled with crisp pixels.
 */
import { LUT_SIZE, lutIndex, type ColourScale } from './colour';

export interface Rgba {
	data: Uint8ClampedArray;
	width: number;
	height: number;
}

/** Colours one H×W plane into `target` with its top-left corner at (x0, y0). */
export function paintPlane(
	target: Rgba,
	x0: number,
	y0: number,
	plane: Float32Array,
	offset: number,
	height: number,
	width: number,
	scale: ColourScale,
	lut: Uint8Array
): void {
	const [lo, hi] = scale.domain;
	const span = hi - lo;
	const flat = !(span > 0);
	const factor = flat ? 0 : (LUT_SIZE - 1) / span;
	const flatIndex = lutIndex(0, scale);
	for (let y = 0; y < height; y++) {
		let p = ((y0 + y) * target.width + x0) * 4;
		let s = offset + y * width;
		for (let x = 0; x < width; x++, p += 4, s++) {
			const value = plane[s];
			if (Number.isNaN(value)) {
				// Cells past the end of a vector laid out as a square stay see-through.
				target.data[p + 3] = 0;
				continue;
			}
			let i = flat ? flatIndex : Math.round((value - lo) * factor);
			if (i < 0) i = 0;
			else if (i >= LUT_SIZE) i = LUT_SIZE - 1;
			target.data[p] = lut[i * 3];
			target.data[p + 1] = lut[i * 3 + 1];
			target.data[p + 2] = lut[i * 3 + 2];
			target.data[p + 3] = 255;
		}
	}
}

/** All channels of a C×H×W activation side by side, `columns` tiles a row, no gaps. */
export function paintAtlas(
	activation: Float32Array,
	shape: readonly [number, number, number],
	columns: number,
	scales: readonly ColourScale[],
	lut: Uint8Array
): Rgba {
	const [channels, height, width] = shape;
	const rows = Math.ceil(channels / columns);
	const atlas: Rgba = {
		data: new Uint8ClampedArray(columns * width * rows * height * 4),
		width: columns * width,
		height: rows * height
	};
	for (let c = 0; c < channels; c++) {
		const x0 = (c % columns) * width;
		const y0 = Math.floor(c / columns) * height;
		paintPlane(atlas, x0, y0, activation, c * height * width, height, width, scales[c], lut);
	}
	return atlas;
}

/** A flat vector (an fc layer's outputs) laid out as one near-square map; the unused cells are NaN. */
export function asSquareMap(vector: Float32Array): { data: Float32Array; shape: [number, number, number] } {
	const side = Math.ceil(Math.sqrt(vector.length));
	const rows = Math.ceil(vector.length / side);
	const data = new Float32Array(rows * side).fill(NaN);
	data.set(vector);
	return { data, shape: [1, rows, side] };
}
