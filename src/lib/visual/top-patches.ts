/**
 * The part of a picture a channel's maximum saw: the receptive field of that
 * cell, clipped to the picture (src/lib/visual/receptive.ts), cut from the
 * model's input and resampled to a small square for the atlas.
 */
import type { Rgba } from './atlas';
import { receptiveField, type Field, type FieldGeometry } from './receptive';

/** The input pixels the cell (row, column) of a layer with this geometry sees. */
export function patchBox(geometry: FieldGeometry, row: number, column: number, inputSize: number): Field {
	return receptiveField(geometry, row, column, inputSize);
}

/**
 * `box` of the size×size planes (one grey or R, G, B, in [0, 1]) as a side×side picture. A box
 * clipped at the picture's edge is stretched to the square, as the channel saw no pixels beyond it.
 */
export function cropPatch(planes: readonly Float32Array[], size: number, box: Field, side: number): Rgba {
	const data = new Uint8ClampedArray(side * side * 4);
	const [r, g = r, b = r] = planes;
	for (let y = 0; y < side; y++) {
		// The source pixel under the centre of each target pixel.
		const sy = box.y + Math.min(box.height - 1, Math.floor(((y + 0.5) * box.height) / side));
		for (let x = 0; x < side; x++) {
			const sx = box.x + Math.min(box.width - 1, Math.floor(((x + 0.5) * box.width) / side));
			const from = sy * size + sx;
			const to = (y * side + x) * 4;
			data[to] = r[from] * 255;
			data[to + 1] = g[from] * 255;
			data[to + 2] = b[from] * 255;
			data[to + 3] = 255;
		}
	}
	return { data, width: side, height: side };
}
