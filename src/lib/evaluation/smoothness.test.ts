/** conv1 smoothness against python/train_photo.py's conv1_smoothness (tests/goldens/conv1-smoothness.json). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filterSmoothness } from './smoothness';

interface Golden {
	fixture: { shape: number[]; weights: number[]; smoothness: number };
	grey: { file: string; smoothness: number };
}
const golden = JSON.parse(readFileSync('tests/goldens/conv1-smoothness.json', 'utf8')) as Golden;

describe('filterSmoothness', () => {
	it('matches PyTorch on a small seeded fixture', () => {
		const { shape, weights, smoothness } = golden.fixture;
		expect(filterSmoothness(Float32Array.from(weights), shape)).toBeCloseTo(smoothness, 5);
	});

	it("matches PyTorch on the grey model's conv1, 48 × 3 × 11 × 11", () => {
		const grey = JSON.parse(readFileSync(golden.grey.file, 'utf8')) as { shape: number[]; weights: number[] };
		expect(filterSmoothness(Float32Array.from(grey.weights), grey.shape)).toBeCloseTo(golden.grey.smoothness, 5);
	});

	it('is 1 for filters that are linear ramps, and about 0 for noise', () => {
		const ramp = Float32Array.from({ length: 2 * 3 * 5 * 5 }, (_, i) => (i % 5) + (Math.floor(i / 5) % 5));
		expect(filterSmoothness(ramp, [2, 3, 5, 5])).toBeCloseTo(1, 9);
		let state = 1;
		const noise = Float32Array.from({ length: 48 * 3 * 11 * 11 }, () => {
			state = (state * 1103515245 + 12345) % 2 ** 31;
			return state / 2 ** 31 - 0.5;
		});
		expect(Math.abs(filterSmoothness(noise, [48, 3, 11, 11]))).toBeLessThan(0.05);
	});

	it('refuses weights that do not fit the shape', () => {
		expect(() => filterSmoothness(new Float32Array(10), [1, 1, 3, 3])).toThrow(/need 9 weights/);
	});
});
