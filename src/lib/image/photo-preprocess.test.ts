/**
 * The colour model's `fashion-photo` preset in Node (the path of `predict
 * --image` and `evaluate --images`) against PyTorch's torchvision-style
 * Resize + CenterCrop + Normalize on the same files: a landscape JPEG that is
 * shrunk and a portrait PNG that is enlarged. The browser's side of the same
 * comparison is tests/e2e/photo-preprocess.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeImageFile } from '../../cli/read-image';
import { preprocessingPreset } from '../weights/presets';
import { planResize, preprocess } from './preprocess';
import { maxDifference, PHOTO_FIXTURES_DIR, photoFixtures, referenceInput } from './testing/photo-fixtures';

const fixtures = photoFixtures();

describe('the fashion-photo preset', () => {
	it('keeps colour and a photo’s proportions: shorter side to the input size, centre crop', () => {
		const pre = preprocessingPreset('fashion-photo', 224);
		expect(pre.grayscale).toBe(false);
		expect(pre.resize).toEqual({ kind: 'resize-crop', resize: 224, crop: 224 });
		const plan = planResize(400, 261, pre.resize);
		expect(plan.resized).toEqual({ width: 343, height: 224 });
		// torchvision's CenterCrop rounds (343 − 224) / 2 = 59.5 with Python's round, to 60.
		expect(plan.source.x).toBeCloseTo((60 * 400) / 343, 9);
	});

	it('takes the training run’s mean and std when given', () => {
		const stats = { mean: fixtures.mean, std: fixtures.std };
		expect(preprocessingPreset('fashion-photo', 224, { mean: [0.1, 0.2, 0.3], std: [0.4, 0.5, 0.6] })).toMatchObject({
			mean: [0.1, 0.2, 0.3],
			std: [0.4, 0.5, 0.6]
		});
		expect(preprocessingPreset('fashion-photo', 224, stats)).toMatchObject(stats);
	});

	it.each(fixtures.photos)('%s: Node gives PyTorch’s tensor within 1e-5', (photo) => {
		const pixels = decodeImageFile(readFileSync(join(PHOTO_FIXTURES_DIR, photo)), photo);
		expect(pixels.width === pixels.height).toBe(false);
		const pre = preprocessingPreset('fashion-photo', fixtures.size, { mean: fixtures.mean, std: fixtures.std });
		const { data, size } = preprocess(pixels, pre);
		expect(size).toBe(fixtures.size);
		expect(maxDifference(data, referenceInput(photo))).toBeLessThan(1e-5);
	});

	it("rounds a half-pixel crop offset to even, as torchvision's CenterCrop does", () => {
		const plan = planResize(640, 480, { kind: 'resize-crop', resize: 256, crop: 224 });
		expect(plan.source.x).toBeCloseTo((58 * 640) / 341, 9);
	});
});
