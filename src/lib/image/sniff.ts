/**
 * What a file really is, read from its bytes rather than its name: the format
 * from the magic number, the size from the header (so an enormous image is
 * refused before decoding), and whether the end is there (so a cut-off
 * download is named as such instead of showing half a picture).
 */
import type { ImageProblem } from './problems';

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp';

export interface ImageHeader {
	format: ImageFormat;
	width: number;
	height: number;
}

export type Sniffed = { ok: true; header: ImageHeader } | { ok: false; problem: ImageProblem };

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
	bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
const u16le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u24le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
const u32le = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
const i32le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_IEND = [0, 0, 0, 0, ...ascii('IEND'), 0xae, 0x42, 0x60, 0x82];

function png(b: Uint8Array): Sniffed {
	if (b.length < 24 || !startsWith(b, ascii('IHDR'), 12))
		return { ok: false, problem: { kind: 'truncated', format: 'PNG' } };
	if (!startsWith(b, PNG_IEND, b.length - PNG_IEND.length))
		return { ok: false, problem: { kind: 'truncated', format: 'PNG' } };
	return { ok: true, header: { format: 'png', width: u32be(b, 16), height: u32be(b, 20) } };
}

/** Start-of-frame markers carry the size; DHT (C4), JPG (C8) and DAC (CC) share the range but do not. */
const isStartOfFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/** In entropy-coded data 0xFF is always followed by 0x00 or a restart marker, so FF D9 near the end can only be the end. */
function hasJpegEnd(b: Uint8Array): boolean {
	for (let i = b.length - 2; i >= Math.max(0, b.length - 4096); i--)
		if (b[i] === 0xff && b[i + 1] === 0xd9) return true;
	return false;
}

function jpeg(b: Uint8Array): Sniffed {
	const truncated: Sniffed = { ok: false, problem: { kind: 'truncated', format: 'JPEG' } };
	let i = 2;
	while (i + 9 < b.length) {
		if (b[i] !== 0xff) return { ok: false, problem: { kind: 'unreadable', format: 'JPEG' } };
		const marker = b[i + 1];
		if (marker === 0xff) {
			i++;
			continue;
		}
		if (isStartOfFrame(marker)) {
			if (!hasJpegEnd(b)) return truncated;
			return { ok: true, header: { format: 'jpeg', height: u16be(b, i + 5), width: u16be(b, i + 7) } };
		}
		i += 2 + u16be(b, i + 2);
	}
	return truncated;
}

function gif(b: Uint8Array): Sniffed {
	if (b.length < 13) return { ok: false, problem: { kind: 'truncated', format: 'GIF' } };
	return { ok: true, header: { format: 'gif', width: u16le(b, 6), height: u16le(b, 8) } };
}

function webp(b: Uint8Array): Sniffed {
	const truncated: Sniffed = { ok: false, problem: { kind: 'truncated', format: 'WebP' } };
	if (b.length < 30 || u32le(b, 4) + 8 > b.length) return truncated;
	const chunk = String.fromCharCode(...b.subarray(12, 16));
	if (chunk === 'VP8 ')
		return { ok: true, header: { format: 'webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff } };
	if (chunk === 'VP8L') {
		const bits = u32le(b, 21);
		return { ok: true, header: { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 } };
	}
	if (chunk === 'VP8X')
		return { ok: true, header: { format: 'webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 } };
	return { ok: false, problem: { kind: 'unreadable', format: 'WebP' } };
}

/** Sizes of the BMP info headers in use; checking it keeps a text starting with "BM" from passing as a bitmap. */
const BMP_INFO_SIZES = [12, 40, 52, 56, 64, 108, 124];

function bmp(b: Uint8Array): Sniffed | null {
	if (b.length < 26 || !BMP_INFO_SIZES.includes(u32le(b, 14))) return null;
	if (u32le(b, 2) > b.length) return { ok: false, problem: { kind: 'truncated', format: 'BMP' } };
	return { ok: true, header: { format: 'bmp', width: Math.abs(i32le(b, 18)), height: Math.abs(i32le(b, 22)) } };
}

/** Text: SVG (XML that draws) or any other file of mostly printable characters. */
function text(b: Uint8Array): ImageProblem | null {
	const head = b.subarray(0, 4096);
	let printable = 0;
	for (const c of head) if (c === 9 || c === 10 || c === 13 || (c >= 32 && c !== 127)) printable++;
	if (printable < head.length * 0.95) return null;
	const start = new TextDecoder().decode(head).toLowerCase();
	return start.includes('<svg') ? { kind: 'svg' } : { kind: 'text' };
}

/** Identifies the image format and size of a whole file's bytes, or says what is wrong. */
export function sniffImage(bytes: Uint8Array): Sniffed {
	if (bytes.length === 0) return { ok: false, problem: { kind: 'empty' } };
	if (startsWith(bytes, PNG_SIGNATURE)) return png(bytes);
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return jpeg(bytes);
	if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return gif(bytes);
	if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return webp(bytes);
	const bitmap = startsWith(bytes, ascii('BM')) ? bmp(bytes) : null;
	if (bitmap) return bitmap;
	return { ok: false, problem: text(bytes) ?? { kind: 'unknown-format' } };
}
