import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Preprocessing } from '../weights/manifest';
import { planResize, preprocess } from './preprocess';

const fashion: Preprocessing = {
	preset: 'fashion-mnist',
	resize: { kind: 'stretch', size: 224 },
	grayscale: true,
	mean: [0.286, 0.286, 0.286],
	std: [0.353, 0.353, 0.353]
};

/** A deterministic 28×28 grey image with structure in both directions. */
function sample(): Uint8Array {
	const data = new Uint8Array(28 * 28);
	for (let i = 0; i < data.length; i++) data[i] = (i * 37 + (i % 28) * 11) % 256;
	return data;
}

describe('preprocess', () => {
	it("equals the training pipeline's PyTorch preprocessing (bilinear, align_corners=False)", () => {
		const data = sample();
		const ours = preprocess({ data, width: 28, height: 28, channels: 1 }, fashion).data;
		const script = `
import sys, json, torch, torch.nn.functional as F
x = torch.tensor(json.load(sys.stdin), dtype=torch.uint8).reshape(1, 1, 28, 28)
y = F.interpolate(x.float() / 255, size=(224, 224), mode="bilinear", align_corners=False)
y = ((y - 0.286) / 0.353).expand(-1, 3, -1, -1)
sys.stdout.write(json.dumps(y.flatten().tolist()))
`;
		const run = spawnSync('/usr/bin/python3', ['-c', script], {
			input: JSON.stringify(Array.from(data)),
			maxBuffer: 64 * 1024 * 1024
		});
		expect(run.status, run.stderr?.toString()).toBe(0);
		const theirs: number[] = JSON.parse(run.stdout.toString());
		expect(ours.length).toBe(theirs.length);
		let worst = 0;
		for (let i = 0; i < ours.length; i++) worst = Math.max(worst, Math.abs(ours[i] - theirs[i]));
		expect(worst).toBeLessThan(1e-5);
	});

	it('averages when shrinking, so a checkerboard becomes flat grey', () => {
		const size = 448;
		const data = new Uint8Array(size * size);
		for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) data[y * size + x] = (x + y) % 2 ? 255 : 0;
		const out = preprocess({ data, width: size, height: size, channels: 1 }, fashion).data;
		const centre = out[112 * 224 + 112] * 0.353 + 0.286;
		expect(centre).toBeCloseTo(0.5, 2);
	});

	it("plans torchvision's resize-256 / centre-crop-224 on a landscape photo", () => {
		const plan = planResize(640, 480, { kind: 'resize-crop', resize: 256, crop: 224 });
		expect(plan.resized).toEqual({ width: 341, height: 256 });
		expect(plan.size).toBe(224);
		expect(plan.source.width).toBeCloseTo((224 * 640) / 341, 6);
		expect(plan.source.y).toBeCloseTo((16 * 480) / 256, 6);
	});
});
