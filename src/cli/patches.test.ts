/**
 * `npm run patches` on 30 test pictures with the shipped model: the atlas and
 * its index are written and named in the model card, a recorded peak is the
 * channel's true maximum for its picture, and bad input exits 2 with one line.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFashionMnist } from '../lib/datasets/fashion-mnist';
import { createNodeEngine, readWeightsDir } from '../lib/engine/node';
import { preprocess } from '../lib/image/preprocess';
import { atlasLayout, readLayerPatches, readPatchIndex } from '../lib/weights/patch-atlas';

const MODEL = 'static/models/fashion-mnist';
const dir = mkdtempSync(join(tmpdir(), 'patches-'));
for (const file of readdirSync(MODEL).filter((f) => f === 'model.json' || f.endsWith('.bin')))
	copyFileSync(join(MODEL, file), join(dir, file));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function patches(...args: string[]) {
	const run = spawnSync('npx', ['tsx', 'src/cli/patches.ts', ...args], { encoding: 'utf8' });
	if (run.error) throw run.error;
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run patches', () => {
	it('writes per-layer atlases whose peaks are the channels’ real maxima', async () => {
		const run = patches('--model', dir, '--dataset', 'fashion-mnist', '--limit', '30', '--batch', '15', '--crop', '16');
		expect(run.status, run.stderr).toBe(0);
		const card = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')).modelCard;
		expect(card.patches).toBe('patches/patches.json');
		const index = readPatchIndex(JSON.parse(readFileSync(join(dir, card.patches), 'utf8')));
		expect(index).toMatchObject({ images: 30, crop: 16, top: 9, dataset: 'Fashion-MNIST test' });
		expect(index.layers).toEqual(['conv1', 'conv2', 'conv3', 'conv4', 'conv5']);

		const conv5 = readLayerPatches(JSON.parse(readFileSync(join(dir, 'patches/conv5.json'), 'utf8')), 'conv5', 9);
		const png = PNG.sync.read(readFileSync(join(dir, 'patches/conv5.png')));
		const layout = atlasLayout(conv5.channels, 9, 16);
		expect([png.width, png.height]).toEqual([layout.width, layout.height]);
		for (const list of conv5.peaks) {
			expect(list).toHaveLength(9);
			expect(list.map((p) => p[1])).toEqual([...list.map((p) => p[1])].sort((a, b) => b - a));
		}

		// The strongest picture of conv5's channel 2, run on its own: the recorded cell holds the channel's maximum.
		const [image, value, row, column] = conv5.peaks[2][0];
		const test = loadFashionMnist('test');
		const area = test.width * test.height;
		const weights = await readWeightsDir(MODEL);
		const input = preprocess(
			{ data: test.images.subarray(image * area, (image + 1) * area), width: 28, height: 28, channels: 1 },
			weights.manifest.modelCard.preprocessing
		);
		const engine = createNodeEngine();
		await engine.selectBackend('wasm');
		await engine.load(weights);
		const result = await engine.run(
			{ data: input.data, shape: [3, input.size, input.size] },
			{ activations: ['relu5'] }
		);
		engine.dispose();
		const [, h, w] = result.activations[0].shape;
		const plane = result.activations[0].data.subarray(2 * h * w, 3 * h * w);
		expect(plane[row * w + column]).toBeCloseTo(value, 2);
		expect(Math.max(...plane)).toBeCloseTo(value, 2);
	}, 300_000);

	it.each([
		[['--dataset', 'fashion-mnist'], /--model is required/],
		[['--model', dir, '--limit', '0'], /--limit must be a whole number from 1 to 10000/],
		[['--model', '/nonexistent'], /Bad --model \/nonexistent/],
		[['--model', dir, '--dataset', 'mnist'], /Unknown --dataset "mnist"/]
	])(
		'%j exits 2 with one line',
		(args, message) => {
			const run = patches(...args);
			expect(run.status).toBe(2);
			expect(run.stderr).toMatch(message);
			expect(run.stderr.trim().split('\n')).toHaveLength(1);
		},
		120_000
	);
});
