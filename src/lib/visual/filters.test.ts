import { describe, expect, it } from 'vitest';
import { kernelSlices, rgbKernel, sliceNorms, sliceOrder } from './filters';
import { planesRgba, pixelsRgba } from './pixels';

describe('filters', () => {
	it('shows a kernel in colour with zero as mid-grey and the strongest weight at an end', () => {
		const data = new Float32Array(2 * 3 * 2 * 2);
		data.set([0, 0.5, 0, 0, /* G */ 0, 0, -1, 0, /* B */ 0, 0, 0, 0.25], 12);
		const tile = rgbKernel({ shape: [2, 3, 2, 2], data }, 1);
		expect([tile.width, tile.height]).toEqual([2, 2]);
		expect(Array.from(tile.data.subarray(0, 4))).toEqual([128, 128, 128, 255]);
		expect(tile.data[4]).toBe(Math.round(128 + 63.5));
		expect(tile.data[8 + 1]).toBe(1);
	});

	it('orders input slices by norm, strongest first, and copies them in that order', () => {
		const weight = { shape: [1, 3, 2, 2], data: Float32Array.from([1, 0, 0, 0, 3, 4, 0, 0, 0, 2, 0, 0]) };
		const norms = sliceNorms(weight, 0);
		expect(Array.from(norms)).toEqual([1, 5, 2]);
		const order = sliceOrder(norms, 'norm');
		expect(order).toEqual([1, 2, 0]);
		expect(Array.from(kernelSlices(weight, 0, order))).toEqual([3, 4, 0, 0, 0, 2, 0, 0, 1, 0, 0, 0]);
		expect(sliceOrder(norms, 'index')).toEqual([0, 1, 2]);
	});
});

describe('pixels', () => {
	it('turns grey pixels and grey planes into RGBA', () => {
		const grey = pixelsRgba({ data: Uint8Array.from([7, 200]), width: 2, height: 1, channels: 1 });
		expect(Array.from(grey.data)).toEqual([7, 7, 7, 255, 200, 200, 200, 255]);
		const planes = planesRgba([Float32Array.from([0, 1, 0.5, 0.25])], 2);
		expect(Array.from(planes.data.subarray(8, 12))).toEqual([128, 128, 128, 255]);
	});
});

describe('padding and reveal', async () => {
	const { padRgba, revealUpTo } = await import('./pixels');
	const image = { data: new Uint8ClampedArray([9, 9, 9, 255, 8, 8, 8, 255]), width: 2, height: 1 };

	it('puts the image inside a flat border', () => {
		const padded = padRgba(image, 1, [0, 0, 0]);
		expect([padded.width, padded.height]).toEqual([4, 3]);
		expect(Array.from(padded.data.subarray((1 * 4 + 1) * 4, (1 * 4 + 3) * 4))).toEqual([9, 9, 9, 255, 8, 8, 8, 255]);
		expect(Array.from(padded.data.subarray(0, 4))).toEqual([0, 0, 0, 255]);
	});

	it('blanks the cells not yet computed', () => {
		expect(Array.from(revealUpTo(image, 0, [1, 2, 3]).data)).toEqual([9, 9, 9, 255, 1, 2, 3, 255]);
	});
});
