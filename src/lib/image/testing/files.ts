/**
 * Files for tests (Node only): valid images of any size built byte by byte,
 * and the bad files the chooser must refuse. A 12000×12000 PNG is a few
 * hundred kilobytes when its pixels are one bit each and all alike.
 */
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Uint8Array): Buffer {
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	body.copy(out, 4);
	out.writeUInt32BE(crc32(body), 8 + data.length);
	return out;
}

/** A black-and-white PNG (1 bit a pixel), black everywhere. */
export function blankPng(width: number, height: number): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([1, 0, 0, 0, 0], 8);
	const row = 1 + Math.ceil(width / 8);
	const raw = Buffer.alloc(row * height);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', new Uint8Array(0))
	]);
}

/** The skeleton of a baseline JPEG: enough markers for sniffing, no real picture. */
export function jpegSkeleton(width: number, height: number, ended = true): Buffer {
	const app0 = [0xff, 0xe0, 0, 16, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
	const sof0 = [0xff, 0xc0, 0, 11, 8, height >> 8, height & 255, width >> 8, width & 255, 1, 1, 0x11, 0];
	const scan = [0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0, 0x12, 0x34, 0xff, 0x00, 0x56];
	return Buffer.from([0xff, 0xd8, ...app0, ...sof0, ...scan, ...(ended ? [0xff, 0xd9] : [])]);
}

export const svgFile = Buffer.from(
	'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><circle cx="50" cy="50" r="40"/></svg>\n'
);

export const textFile = Buffer.from('These are my notes about AlexNet, saved by mistake with a .png name.\n');
