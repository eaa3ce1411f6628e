/**
 * Grad-CAM and occlusion maps equal PyTorch's (python/fixtures/make_explain_fixtures.py) within
 * 1e-3 of the map's maximum, on every backend Node offers, and leave no tensor behind.
 */
import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeEngine, nodeBackends, readWeightsDir } from '../node';
import { parseNpy } from '../npy';
import { fixtureDir, requireFixtures } from '../testing/fixtures';
import { gradCam } from './gradcam';
import { occlusion } from './occlusion';

requireFixtures();

interface ExplainCases {
	gradcam: { layer: string; classIndex: number; file: string }[];
	occlusion: { patch: number; stride: number; classIndex: number; file: string }[];
}

const EXPLAIN_DIR = join(process.cwd(), 'tests', 'fixtures', 'generated', 'explain');
const npy = (path: string) => parseNpy(readFileSync(path));
const cases = (name: string) => JSON.parse(readFileSync(join(EXPLAIN_DIR, name, 'cases.json'), 'utf8')) as ExplainCases;

/** Largest difference, as a fraction of the reference map's largest magnitude. */
function relativeError(ours: Float32Array, theirs: Float32Array): number {
	const scale = Math.max(...theirs.map(Math.abs));
	expect(scale, 'the PyTorch map is not all zero').toBeGreaterThan(0);
	return Math.max(...ours.map((v, i) => Math.abs(v - theirs[i]))) / scale;
}

describe.each(nodeBackends)('explanations on %s match PyTorch', (backend) => {
	it.each(['seed-10', 'torchvision-1000'])(
		'%s: Grad-CAM for two classes at two layers, and occlusion',
		async (name) => {
			const engine = createNodeEngine();
			await engine.selectBackend(backend);
			await engine.load(await readWeightsDir(fixtureDir(name)));
			const input = npy(join(fixtureDir(name), 'input.npy'));
			const start = tf.memory().numTensors;
			const { gradcam, occlusion: occlusions } = cases(name);
			for (const c of gradcam) {
				const result = await engine.withModel((model) => gradCam(model, input, c.layer, c.classIndex));
				const reference = npy(join(EXPLAIN_DIR, name, c.file));
				expect([result.rows, result.cols]).toEqual(reference.shape);
				expect(relativeError(result.map, reference.data), `${c.file} on ${backend}`).toBeLessThan(1e-3);
			}
			for (const c of occlusions) {
				const progress: number[] = [];
				const result = await engine.withModel((model) =>
					occlusion(model, input, { ...c, batch: 4, onProgress: (done) => progress.push(done) })
				);
				const reference = npy(join(EXPLAIN_DIR, name, c.file));
				expect([result.rows, result.cols]).toEqual(reference.shape);
				expect(result.complete).toBe(true);
				expect(result.pictures).toBe(result.rows * result.cols + 1);
				expect(result.passes).toBe(1 + Math.ceil((result.rows * result.cols) / 4));
				expect(progress.at(-1)).toBe(result.rows * result.cols);
				expect(relativeError(result.map, reference.data), `${c.file} on ${backend}`).toBeLessThan(1e-3);
			}
			expect(tf.memory().numTensors).toBe(start);
			engine.dispose();
		},
		600_000
	);
});

describe('occlusion cancelled', () => {
	it('stops between batches, says so, and leaves no tensor behind', async () => {
		const engine = createNodeEngine();
		await engine.selectBackend('wasm');
		await engine.load(await readWeightsDir(fixtureDir('seed-10')));
		const input = npy(join(fixtureDir('seed-10'), 'input.npy'));
		const start = tf.memory().numTensors;
		const cancel = { cancelled: false };
		const result = await engine.withModel((model) =>
			occlusion(model, input, {
				classIndex: 0,
				patch: 32,
				stride: 16,
				batch: 8,
				cancel,
				onProgress: (done) => {
					if (done >= 16) cancel.cancelled = true;
				}
			})
		);
		expect(result.complete).toBe(false);
		expect(result.pictures).toBe(17);
		expect(result.passes).toBe(3);
		expect(tf.memory().numTensors).toBe(start);
		engine.dispose();
	}, 600_000);
});
