/** A top patch is the receptive field of the peak's cell, clipped to the picture, resampled to a square. */
import { describe, expect, it } from 'vitest';
import { deriveNetwork, variants } from '../model';
import { fieldGeometry } from './receptive';
import { cropPatch, patchBox } from './top-patches';

const network = deriveNetwork(variants.seed, { classes: 10, inputSize: 224 });
const geometry = fieldGeometry(network.steps);

describe('patchBox', () => {
	it('is conv1’s 11 × 11 window at stride 4, cut by the padding at the edge', () => {
		const g = geometry.get('relu1')!;
		expect(patchBox(g, 0, 0, 224)).toEqual({ x: 0, y: 0, width: 9, height: 9 });
		expect(patchBox(g, 10, 20, 224)).toEqual({ x: 78, y: 38, width: 11, height: 11 });
		expect(patchBox(g, 54, 54, 224)).toEqual({ x: 214, y: 214, width: 10, height: 10 });
	});

	it('covers most of the picture at conv5 and never leaves it', () => {
		const g = geometry.get('relu5')!;
		for (const [row, column] of [
			[0, 0],
			[6, 6],
			[12, 12]
		]) {
			const box = patchBox(g, row, column, 224);
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(224);
			expect(box.y + box.height).toBeLessThanOrEqual(224);
			expect(box.width).toBeGreaterThan(90);
		}
		expect(patchBox(g, 6, 6, 224).width).toBe(g.rf);
	});
});

describe('cropPatch', () => {
	it('copies the box’s pixels, enlarged, from grey or colour planes', () => {
		const size = 8;
		const grey = Float32Array.from({ length: size * size }, (_, i) => i / (size * size));
		const box = { x: 2, y: 3, width: 2, height: 2 };
		const out = cropPatch([grey], size, box, 4);
		const at = (x: number, y: number) => out.data[(y * 4 + x) * 4];
		expect([at(0, 0), at(1, 1), at(2, 0), at(0, 2), at(3, 3)]).toEqual(
			[26, 26, 27, 34, 35].map((i) => Math.round((i / 64) * 255))
		);
		const red = new Float32Array(size * size).fill(1);
		const zero = new Float32Array(size * size);
		const colour = cropPatch([red, zero, zero], size, box, 2);
		expect([...colour.data.subarray(0, 4)]).toEqual([255, 0, 0, 255]);
	});
});
