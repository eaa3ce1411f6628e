/** Pictures as RGBA, for drawing: the chosen image, the resized input, and single planes through a colour map. */
import type { Pixels } from '../image/preprocess';
import { paintPlane, type Rgba } from './atlas';
import type { ColourScale } from './colour';

/** Decoded pixels (RGBA or grey) as RGBA. */
export function pixelsRgba(pixels: Pixels): Rgba {
	const { width, height } = pixels;
	if (pixels.channels === 4) return { data: new Uint8ClampedArray(pixels.data), width, height };
	const data = new Uint8ClampedArray(width * height * 4);
	for (let i = 0; i < width * height; i++) data.set([pixels.data[i], pixels.data[i], pixels.data[i], 255], i * 4);
	return { data, width, height };
}

/** Planes in [0, 1] (one grey or R, G, B) of a size×size input as RGBA. */
export function planesRgba(planes: readonly Float32Array[], size: number): Rgba {
	const data = new Uint8ClampedArray(size * size * 4);
	const [r, g = r, b = r] = planes;
	for (let i = 0; i < size * size; i++) {
		data[i * 4] = r[i] * 255;
		data[i * 4 + 1] = g[i] * 255;
		data[i * 4 + 2] = b[i] * 255;
		data[i * 4 + 3] = 255;
	}
	return { data, width: size, height: size };
}

/** One H×W plane of a C×H×W array through a colour map. */
export function planeRgba(
	values: Float32Array,
	channel: number,
	height: number,
	width: number,
	scale: ColourScale,
	lut: Uint8Array
): Rgba {
	const image: Rgba = { data: new Uint8ClampedArray(width * height * 4), width, height };
	paintPlane(image, 0, 0, values, channel * height * width, height, width, scale, lut);
	return image;
}

/** An image inside a border of `padding` pixels in a flat colour: the zeros a padded convolution reads. */
export function padRgba(
	image: Rgba,
	padding: number,
	colour: readonly [number, number, number] = [215, 215, 207]
): Rgba {
	const width = image.width + 2 * padding;
	const height = image.height + 2 * padding;
	const data = new Uint8ClampedArray(width * height * 4);
	for (let i = 0; i < width * height; i++) data.set([...colour, 255], i * 4);
	for (let y = 0; y < image.height; y++) {
		data.set(
			image.data.subarray(y * image.width * 4, (y + 1) * image.width * 4),
			((y + padding) * width + padding) * 4
		);
	}
	return { data, width, height };
}

/** The same image with every cell after `last` (in reading order) blank: an output being filled in. */
export function revealUpTo(
	image: Rgba,
	last: number,
	blank: readonly [number, number, number] = [236, 236, 230]
): Rgba {
	const data = new Uint8ClampedArray(image.data);
	for (let i = last + 1; i < image.width * image.height; i++) data.set([...blank, 255], i * 4);
	return { data, width: image.width, height: image.height };
}
