/**
 * JPEG and PNG files → RGBA pixels in Node, for `predict --image` and
 * `evaluate --images`. The browser decodes with createImageBitmap; this follows
 * the same rules (the limits of src/lib/image/limits.ts, from the header before
 * decoding; transparent parts drawn over white), so a picture gives the same
 * input in both. JPEGs go through libjpeg-turbo (compiled to WebAssembly), the
 * decoder Chromium and PIL use, so all three see the same pixels: a
 * pure-JavaScript decoder's IDCT and chroma upsampling differ by many levels.
 */
import { decode as decodeJpeg } from '@cwasm/jpeg-turbo';
import { PNG } from 'pngjs';
import { MAX_FILE_BYTES, MAX_PIXELS } from '../lib/image/limits';
import type { Pixels } from '../lib/image/preprocess';
import { sniffImage } from '../lib/image/sniff';
import { errorMessage } from '../lib/errors';

const megapixels = (pixels: number) => `${Math.round(pixels / 1_000_000)} megapixels`;

/** Draws RGBA over white in place, as the browser's canvas does before the pixels are read: a cut-out's background becomes white. */
export function compositeOverWhite(data: Uint8Array): void {
	for (let i = 0; i < data.length; i += 4) {
		const alpha = data[i + 3];
		if (alpha === 255) continue;
		const under = 255 - alpha;
		for (let c = 0; c < 3; c++) data[i + c] = Math.round((data[i + c] * alpha + 255 * under) / 255);
		data[i + 3] = 255;
	}
}

/** Decodes `bytes`; throws one readable line when the file is not a usable JPEG or PNG, or too large to open. */
export function decodeImageFile(bytes: Uint8Array, name: string): Pixels {
	if (bytes.length > MAX_FILE_BYTES)
		throw new Error(
			`${name} is ${bytes.length.toLocaleString('en')} bytes, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB the app opens.`
		);
	const sniffed = sniffImage(bytes);
	if (!sniffed.ok) throw new Error(`${name} is not a readable image (${sniffed.problem.kind}).`);
	const { format, width, height } = sniffed.header;
	if (width === 0 || height === 0)
		throw new Error(`${name} says it is ${width} × ${height} pixels: there is no picture.`);
	if (width * height > MAX_PIXELS) {
		throw new Error(
			`${name} is ${width} × ${height} pixels (${megapixels(width * height)}), more than the ${megapixels(MAX_PIXELS)} the app opens; use a smaller copy.`
		);
	}
	let pixels: Pixels & { data: Uint8Array };
	try {
		if (format === 'jpeg') {
			const image = decodeJpeg(bytes);
			const data = new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength);
			pixels = { data, width: image.width, height: image.height, channels: 4 };
		} else if (format === 'png') {
			const image = PNG.sync.read(Buffer.from(bytes));
			pixels = { data: new Uint8Array(image.data), width: image.width, height: image.height, channels: 4 };
		} else {
			throw new Error(`${name} is a ${format} image; --image reads JPEG and PNG.`);
		}
	} catch (error) {
		const reason = errorMessage(error);
		if (reason.startsWith(name)) throw error;
		throw new Error(`${name} could not be decoded as ${format} (${reason}).`);
	}
	compositeOverWhite(pixels.data);
	return pixels;
}
