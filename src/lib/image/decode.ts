/**
 * A file to RGBA pixels, safely: the size is checked before reading, the
 * header before decoding, and large images are scaled down by the browser's
 * decoder itself (createImageBitmap's resize), so the full-size picture never
 * reaches JavaScript memory or the tensor.
 */
import { MAX_FILE_BYTES, MAX_PIXELS, MAX_WORKING_SIDE } from './limits';
import type { Pixels } from './preprocess';
import { ImageRefused } from './problems';
import { sniffImage, type ImageFormat } from './sniff';

export interface DecodedImage {
	name: string;
	format: ImageFormat;
	/** RGBA at the working size (the original, or scaled down to MAX_WORKING_SIDE). */
	pixels: Pixels & { channels: 4 };
	original: { width: number; height: number };
}

/** The working size: the original, or scaled so the longer side is `maxSide`. */
export function workingSize(
	width: number,
	height: number,
	maxSide = MAX_WORKING_SIDE
): { width: number; height: number } {
	const scale = Math.min(1, maxSide / Math.max(width, height));
	return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Reads, checks and decodes an image file; throws ImageRefused with the reason. */
export async function decodeImage(
	file: Blob,
	name = file instanceof File ? file.name : 'image'
): Promise<DecodedImage> {
	if (file.size === 0) throw new ImageRefused({ kind: 'empty' });
	if (file.size > MAX_FILE_BYTES)
		throw new ImageRefused({ kind: 'file-too-large', bytes: file.size, limit: MAX_FILE_BYTES });
	const sniffed = sniffImage(new Uint8Array(await file.arrayBuffer()));
	if (!sniffed.ok) throw new ImageRefused(sniffed.problem);
	const { format, width, height } = sniffed.header;
	if (width === 0 || height === 0) throw new ImageRefused({ kind: 'unreadable', format });
	if (width * height > MAX_PIXELS)
		throw new ImageRefused({ kind: 'too-many-pixels', width, height, limit: MAX_PIXELS });

	const target = workingSize(width, height);
	// Only the longer side is given: a photo turned by its EXIF orientation then keeps its proportions.
	const resize =
		target.width >= width ? {} : width >= height ? { resizeWidth: target.width } : { resizeHeight: target.height };
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file, { ...resize, resizeQuality: 'high', colorSpaceConversion: 'none' });
	} catch {
		throw new ImageRefused({ kind: 'unreadable', format });
	}
	try {
		return { name, format, pixels: bitmapPixels(bitmap), original: { width, height } };
	} finally {
		bitmap.close();
	}
}

/** Draws a bitmap over white (transparent parts of a cut-out become white) and reads its pixels. */
export function bitmapPixels(
	source: ImageBitmap | HTMLVideoElement,
	width = sourceWidth(source),
	height = sourceHeight(source)
): Pixels & { channels: 4 } {
	const canvas = new OffscreenCanvas(width, height);
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) throw new Error('This browser cannot draw on a canvas.');
	context.fillStyle = '#fff';
	context.fillRect(0, 0, width, height);
	context.drawImage(source, 0, 0, width, height);
	const { data } = context.getImageData(0, 0, width, height);
	return { data, width, height, channels: 4 };
}

const sourceWidth = (s: ImageBitmap | HTMLVideoElement) => ('videoWidth' in s ? s.videoWidth : s.width);
const sourceHeight = (s: ImageBitmap | HTMLVideoElement) => ('videoHeight' in s ? s.videoHeight : s.height);
