/**
 * The whole road from a .pth to a prediction: the file PyTorch saved, read by
 * the loader (in-memory weights, as the page gets them) and by `npm run
 * convert` (files on disk), gives PyTorch's logits for the same input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeEngine, readWeightsSource } from '../engine/node';
import type { WeightsSource } from '../engine/types';
import { bytesSource } from './byte-source';
import { loadPthModel } from './load-model';
import { fixtureBytes, fixtureFloats, fixtureIndex, fixturePath, ROOT, type ValidCase } from './testing/fixtures';

const BOUND = 1e-4;
const engine = createNodeEngine();
const cases = fixtureIndex().valid.filter((c) => c.logits !== null);
const scratch = mkdtempSync(join(tmpdir(), 'convert-'));
afterAll(() => {
	engine.dispose();
	rmSync(scratch, { recursive: true, force: true });
});

/** Largest difference relative to the largest PyTorch logit. */
function relativeError(actual: Float32Array, expected: number[]): number {
	const scale = Math.max(...expected.map(Math.abs));
	return Math.max(...expected.map((e, i) => Math.abs(actual[i] - e))) / scale;
}

async function logits(source: WeightsSource, c: ValidCase): Promise<Float32Array> {
	await engine.selectBackend('wasm');
	const loaded = await engine.load(source);
	const size = loaded.inputShape[1];
	const result = await engine.run({ data: fixtureFloats(c.input), shape: [3, size, size] }, { activations: false });
	return result.logits;
}

describe('logits after loading a .pth equal PyTorch’s', () => {
	it.each(cases.map((c) => [c.file, c] as const))('%s, as the page loads it', async (_, c) => {
		const model = await loadPthModel(bytesSource(fixtureBytes(c.file)), { name: c.file });
		const actual = await logits({ manifest: model.manifest, data: model.data }, c);
		expect(actual).toHaveLength(c.classes);
		expect(relativeError(actual, c.logits as number[])).toBeLessThan(BOUND);
	});

	it.each(['seed-10.pth', 'noncontiguous.pth', 'seed-5-bfloat16.pth', 'legacy-2017-seed-10-float16-views.pth'])(
		'%s, through npm run convert',
		async (file) => {
			const c = cases.find((k) => k.file === file) as ValidCase;
			const out = join(scratch, file);
			const run = spawnSync('npx', ['tsx', 'src/cli/convert.ts', fixturePath(file), '--out', out], {
				cwd: ROOT,
				encoding: 'utf8'
			});
			expect([run.status, run.stderr]).toEqual([0, '']);
			const actual = await logits(await readWeightsSource(out), c);
			expect(relativeError(actual, c.logits as number[])).toBeLessThan(BOUND);
		}
	);
});
