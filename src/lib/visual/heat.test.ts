import { describe, expect, it } from 'vitest';
import { blendHeat, evenCells, patchCells } from './heat';

describe('heat maps over the picture', () => {
	it('places Grad-CAM cells evenly and occlusion values at patch centres', () => {
		expect(evenCells(13, 224)(0)).toBeCloseTo((0.5 * 13) / 224 - 0.5);
		expect(evenCells(2, 4)(1)).toBeCloseTo(0.25);
		expect(patchCells(32, 16)(15.5)).toBeCloseTo(0);
		expect(patchCells(32, 16)(31.5)).toBeCloseTo(1);
	});

	it('blends the colour of the value over the picture at the given opacity', () => {
		const picture = { data: new Uint8ClampedArray([100, 100, 100, 255, 100, 100, 100, 255]), width: 2, height: 1 };
		const lut = new Uint8Array(256 * 3);
		lut.set([200, 0, 0], 255 * 3);
		const out = blendHeat(
			picture,
			new Float32Array([0, 1]),
			1,
			2,
			(p) => p,
			{ domain: [0, 1], signed: false },
			lut,
			0.5
		);
		expect([...out.data]).toEqual([50, 50, 50, 255, 150, 50, 50, 255]);
	});
});
