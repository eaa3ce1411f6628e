import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cellOf, dotProduct, overlap, windowAt, windowMax, type Slide } from './sliding';

/** Deterministic values in [-1, 1) without a random generator. */
const series = (n: number, seed: number) =>
	Float32Array.from({ length: n }, (_, i) => (((i * 7919 + seed * 104729) % 2000) - 1000) / 1000);

function torch(script: string, input: unknown): number[] {
	const run = spawnSync('/usr/bin/python3', ['-c', script], { input: JSON.stringify(input), maxBuffer: 1 << 26 });
	expect(run.status, run.stderr?.toString()).toBe(0);
	return JSON.parse(run.stdout.toString());
}

describe('dotProduct', () => {
	const size = 23;
	const slide: Slide = { kernel: 11, stride: 4, padding: 2, outSize: 5 };
	const input = series(3 * size * size, 1);
	const weight = series(2 * 3 * 11 * 11, 2);
	const bias = Float32Array.from([0.25, -0.5]);

	it("equals PyTorch's conv2d (11×11, stride 4, padding 2) at every cell, padding included", () => {
		const theirs = torch(
			`
import sys, json, torch, torch.nn.functional as F
d = json.load(sys.stdin)
x = torch.tensor(d["x"]).reshape(1, 3, ${size}, ${size})
w = torch.tensor(d["w"]).reshape(2, 3, 11, 11)
y = F.conv2d(x, w, torch.tensor(d["b"]), stride=4, padding=2)
sys.stdout.write(json.dumps(y.flatten().tolist()))
`,
			{ x: Array.from(input), w: Array.from(weight), b: Array.from(bias) }
		);
		expect(theirs.length).toBe(2 * 5 * 5);
		for (let o = 0; o < 2; o++) {
			for (let p = 0; p < 25; p++) {
				const { row, column } = cellOf(p, 5);
				const ours = dotProduct(input, size, weight, bias, o, slide, row, column);
				expect(ours.total).toBeCloseTo(theirs[o * 25 + p], 4);
				expect(ours.channelSums.reduce((a, b) => a + b) + ours.bias).toBeCloseTo(ours.total, 10);
			}
		}
	});

	it('reads zeros in the padding', () => {
		const corner = dotProduct(input, size, weight, bias, 0, slide, 0, 0);
		expect(Array.from(corner.inputs[0].subarray(0, 11))).toEqual(new Array(11).fill(0));
		expect(corner.inputs[0][2 * 11 + 2]).toBeCloseTo(input[0], 6);
	});
});

describe('pooling windows', () => {
	const slide: Slide = { kernel: 3, stride: 2, padding: 0, outSize: 3 };

	it('overlap by one column when the window (3) is wider than the stride (2)', () => {
		expect(overlap(windowAt(slide, 0, 0), windowAt(slide, 0, 1))).toEqual({ x: 2, y: 0, width: 1, height: 3 });
		expect(overlap(windowAt(slide, 0, 0), windowAt(slide, 1, 1))).toEqual({ x: 2, y: 2, width: 1, height: 1 });
		expect(overlap(windowAt(slide, 0, 0), windowAt(slide, 0, 2))).toBeNull();
	});

	it("keep the same maxima as PyTorch's max_pool2d(3, 2)", () => {
		const plane = series(49, 3);
		const theirs = torch(
			`
import sys, json, torch, torch.nn.functional as F
x = torch.tensor(json.load(sys.stdin)).reshape(1, 1, 7, 7)
sys.stdout.write(json.dumps(F.max_pool2d(x, 3, 2).flatten().tolist()))
`,
			Array.from(plane)
		);
		const ours = Array.from({ length: 9 }, (_, p) => {
			const { row, column } = cellOf(p, 3);
			return windowMax(plane, 7, windowAt(slide, row, column)).value;
		});
		ours.forEach((v, i) => expect(v).toBeCloseTo(theirs[i], 6));
	});
});

describe('dot product in TeX', () => {
	it('writes the largest real products, the channel sums, the bias and the total', async () => {
		const { channelTex, totalTex } = await import('./dot-tex');
		const slide: Slide = { kernel: 2, stride: 1, padding: 0, outSize: 1 };
		const input = Float32Array.from([1, 2, 3, 4, 0.5, 0.5, 0.5, 0.5]);
		const weight = Float32Array.from([1, 0, 0, -1, 2, 2, 2, 2]);
		const dot = dotProduct(input, 2, weight, Float32Array.from([0.25]), 0, slide, 0, 0);
		expect(dot.total).toBeCloseTo(1 - 4 + 4 + 0.25, 6);
		expect(channelTex(dot, 0, 'R', 2)).toBe(
			'\\text{R}: \\; (-1.000) \\cdot 4.000 + 1.000 \\cdot 1.000 + \\cdots \\;(4\\text{ products}) = -3.000'
		);
		expect(totalTex(dot, ['R', 'G'], { o: 0, row: 0, column: 0 })).toBe(
			'y_{0,0,0} = \\underbrace{(-3.000)}_{\\text{R}} + \\underbrace{4.000}_{\\text{G}} + \\underbrace{0.250}_{\\text{bias}} = 1.250'
		);
	});
});
