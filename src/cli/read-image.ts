/**
 * JPEG and PNG files → RGBA pixels in Node, for `predict --image` and
 * `evaluate --images`. The browser decodes with createImageBitmap; the
 * preprocessing after this is shared. JPEGs go through libjpeg-turbo (compiled
 * to WebAssembly), the decoder Chromium and PIL use, so all three see the same
 * pixels: a pure-JavaScript decoder's IDCT and chroma upsampling differ by
 * many levels.
 */
import { decode as decodeJpeg } from '@cwasm/jpeg-turbo';
import { PNG } from 'pngjs';
import type { Pixels } from '../lib/image/preprocess';
import { sniffImage } from '../lib/image/sniff';

/** Decodes `bytes`; throws one readable line when the file is not a usable JPEG or PNG. */
export function decodeImageFile(bytes: Uint8Array, name: string): Pixels {
	const sniffed = sniffImage(bytes);
	if (!sniffed.ok) throw new Error(`${name} is not a readable image (${sniffed.problem.kind}).`);
	const { format } = sniffed.header;
	try {
		if (format === 'jpeg') {
			const image = decodeJpeg(bytes);
			const data = new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength);
			return { data, width: image.width, height: image.height, channels: 4 };
		}
		if (format === 'png') {
			const image = PNG.sync.read(Buffer.from(bytes));
			return { data: new Uint8Array(image.data), width: image.width, height: image.height, channels: 4 };
		}
	} catch (error) {
		throw new Error(`${name} could not be decoded as ${format} (${error instanceof Error ? error.message : error}).`);
	}
	throw new Error(`${name} is a ${format} image; --image reads JPEG and PNG.`);
}
