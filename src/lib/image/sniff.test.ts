import { describe, expect, it } from 'vitest';
import { sniffImage } from './sniff';
import { workingSize } from './decode';
import { blankPng, jpegSkeleton, svgFile, textFile } from './testing/files';

const sniff = (bytes: Uint8Array) => sniffImage(bytes);

describe('sniffImage', () => {
	it('reads the size of a PNG from its header', () => {
		expect(sniff(blankPng(12000, 12000))).toEqual({ ok: true, header: { format: 'png', width: 12000, height: 12000 } });
	});

	it('reads the size of a JPEG from its start-of-frame marker', () => {
		expect(sniff(jpegSkeleton(640, 480))).toEqual({ ok: true, header: { format: 'jpeg', width: 640, height: 480 } });
	});

	it('names a JPEG or PNG that was cut off', () => {
		expect(sniff(jpegSkeleton(640, 480, false))).toEqual({ ok: false, problem: { kind: 'truncated', format: 'JPEG' } });
		const png = blankPng(30, 30);
		expect(sniff(png.subarray(0, png.length - 20))).toEqual({
			ok: false,
			problem: { kind: 'truncated', format: 'PNG' }
		});
		expect(sniff(png.subarray(0, 10))).toEqual({ ok: false, problem: { kind: 'truncated', format: 'PNG' } });
	});

	it('refuses SVG, text, empty and unknown files by their bytes, not their names', () => {
		expect(sniff(svgFile)).toEqual({ ok: false, problem: { kind: 'svg' } });
		expect(sniff(textFile)).toEqual({ ok: false, problem: { kind: 'text' } });
		expect(sniff(Buffer.from('BMW and other cars'))).toEqual({ ok: false, problem: { kind: 'text' } });
		expect(sniff(new Uint8Array(0))).toEqual({ ok: false, problem: { kind: 'empty' } });
		expect(sniff(Uint8Array.from([0, 1, 2, 3, 200, 201, 202]))).toEqual({
			ok: false,
			problem: { kind: 'unknown-format' }
		});
	});

	it('reads GIF, WebP and BMP sizes', () => {
		const gif = Buffer.from([...Buffer.from('GIF89a'), 0x40, 0x01, 0xf0, 0x00, 0, 0, 0]);
		expect(sniff(gif)).toEqual({ ok: true, header: { format: 'gif', width: 320, height: 240 } });
		const webp = Buffer.alloc(30);
		webp.write('RIFF', 0);
		webp.writeUInt32LE(22, 4);
		webp.write('WEBPVP8X', 8);
		webp.writeUIntLE(99, 24, 3);
		webp.writeUIntLE(49, 27, 3);
		expect(sniff(webp)).toEqual({ ok: true, header: { format: 'webp', width: 100, height: 50 } });
		const bmp = Buffer.alloc(54);
		bmp.write('BM', 0);
		bmp.writeUInt32LE(54, 2);
		bmp.writeUInt32LE(40, 14);
		bmp.writeInt32LE(7, 18);
		bmp.writeInt32LE(-5, 22);
		expect(sniff(bmp)).toEqual({ ok: true, header: { format: 'bmp', width: 7, height: 5 } });
	});
});

describe('workingSize', () => {
	it('keeps small images and scales large ones to a longer side of 1024', () => {
		expect(workingSize(451, 300)).toEqual({ width: 451, height: 300 });
		expect(workingSize(4000, 3000)).toEqual({ width: 1024, height: 768 });
		expect(workingSize(20000, 10)).toEqual({ width: 1024, height: 1 });
	});
});
