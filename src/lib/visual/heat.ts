/**
 * Explanation maps laid over the picture: a coarse map (Grad-CAM's 13×13,
 * occlusion's places) brought to the picture's size and blended over it.
 */
import type { Rgba } from './atlas';
import { LUT_SIZE, lutIndex, type ColourScale } from './colour';

/** Where a map cell's value sits on the picture, as a fractional cell coordinate of pixel centre `p`. */
export type CellOf = (p: number) => number;

/** Grad-CAM: cells tile the picture evenly (bilinear, as PyTorch's interpolate with align_corners=False). */
export const evenCells =
	(cells: number, size: number): CellOf =>
	(p) =>
		((p + 0.5) * cells) / size - 0.5;

/** Occlusion: cell i is the patch whose top-left is i·stride; its value belongs at the patch's centre. */
export const patchCells =
	(patch: number, stride: number): CellOf =>
	(p) =>
		(p + 0.5 - patch / 2) / stride;

function bilinear(map: Float32Array, rows: number, cols: number, y: number, x: number): number {
	const cy = Math.min(Math.max(y, 0), rows - 1);
	const cx = Math.min(Math.max(x, 0), cols - 1);
	const y0 = Math.floor(cy);
	const x0 = Math.floor(cx);
	const y1 = Math.min(y0 + 1, rows - 1);
	const x1 = Math.min(x0 + 1, cols - 1);
	const fy = cy - y0;
	const fx = cx - x0;
	const at = (r: number, c: number) => map[r * cols + c];
	return (1 - fy) * ((1 - fx) * at(y0, x0) + fx * at(y0, x1)) + fy * ((1 - fx) * at(y1, x0) + fx * at(y1, x1));
}

/** The picture with the map over it: each pixel = (1 − opacity)·picture + opacity·colour(value). */
export function blendHeat(
	picture: Rgba,
	map: Float32Array,
	rows: number,
	cols: number,
	cellOf: CellOf,
	scale: ColourScale,
	lut: Uint8Array,
	opacity: number
): Rgba {
	const { width, height } = picture;
	const out = new Uint8ClampedArray(picture.data.length);
	for (let y = 0; y < height; y++) {
		const cy = cellOf(y);
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 4;
			const k = lutIndex(bilinear(map, rows, cols, cy, cellOf(x)), scale, LUT_SIZE) * 3;
			for (let c = 0; c < 3; c++) out[i + c] = (1 - opacity) * picture.data[i + c] + opacity * lut[k + c];
			out[i + 3] = 255;
		}
	}
	return { data: out, width, height };
}
