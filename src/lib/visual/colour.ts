/**
 * Colour maps for activations, chosen to stay readable with colour-blindness:
 * cividis for values that cannot be negative (after ReLU), purple–orange for
 * values of either sign (before ReLU), with zero in the neutral middle.
 */
import { interpolateCividis, interpolatePuOr } from 'd3';

export type Interpolator = (t: number) => string;

/** Purple for negative, near-white for zero, orange for positive. */
export const diverging: Interpolator = interpolatePuOr;
export const sequential: Interpolator = interpolateCividis;

/** Steps of the lookup table: finer than the eye can tell apart on a tile. */
export const LUT_SIZE = 256;

/** RGB triples sampled from an interpolator, so painting a pixel is an array read. */
export function colourLut(interpolator: Interpolator, size = LUT_SIZE): Uint8Array {
	const lut = new Uint8Array(size * 3);
	for (let i = 0; i < size; i++) {
		const [r, g, b] = parseRgb(interpolator(i / (size - 1)));
		lut.set([r, g, b], i * 3);
	}
	return lut;
}

/** d3's interpolators return `rgb(r, g, b)` or `#rrggbb`. */
export function parseRgb(colour: string): [number, number, number] {
	if (colour.startsWith('#')) {
		const n = parseInt(colour.slice(1, 7), 16);
		return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
	}
	const parts = colour.match(/[\d.]+/g);
	if (!parts || parts.length < 3) throw new Error(`Not an rgb() colour: ${colour}`);
	return [Math.round(+parts[0]), Math.round(+parts[1]), Math.round(+parts[2])];
}

export interface ColourScale {
	/** Values at the two ends of the map: symmetric around zero when signed. */
	domain: [number, number];
	signed: boolean;
}

/** Index into the LUT for a value; values outside the domain take the end colours. */
export function lutIndex(value: number, scale: ColourScale, size = LUT_SIZE): number {
	const [lo, hi] = scale.domain;
	const span = hi - lo;
	if (!(span > 0)) return scale.signed ? size >> 1 : 0;
	const t = (value - lo) / span;
	const i = Math.round(t * (size - 1));
	return i < 0 ? 0 : i >= size ? size - 1 : i;
}
