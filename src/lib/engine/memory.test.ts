/** Every tensor a pass makes is disposed: tfjs's counts are flat over 100 passes, on each Node backend. */
import * as tf from '@tensorflow/tfjs-core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeEngine, nodeBackends, readWeightsDir } from './node';
import { parseNpy } from './npy';
import type { BackendName } from './types';
import { fixtureDir, requireFixtures } from './testing/fixtures';

requireFixtures();

// The 100 passes on WASM, the backend Node and most browsers run. Tensor bookkeeping is
// tfjs-core's and the same on every backend; the pure-JS CPU backend (~2 s a pass) repeats it 10 times.
const passes = (backend: BackendName): number => (backend === 'cpu' ? 10 : 100);

describe.each(nodeBackends)('memory on %s', (backend) => {
	it(`is the same after ${passes(backend)} passes as after the first`, async () => {
		const dir = fixtureDir('seed-10');
		const engine = createNodeEngine();
		await engine.selectBackend(backend);
		await engine.load(await readWeightsDir(dir));
		const input = parseNpy(await readFile(join(dir, 'input.npy')));
		// Both read-back paths: every activation, and logits only.
		const pass = (i: number) => engine.run(input, { activations: i % 2 === 0 });

		await pass(0);
		const first = tf.memory();
		for (let i = 1; i <= passes(backend); i++) await pass(i);
		const after = tf.memory();

		expect(after.numTensors).toBe(first.numTensors);
		expect(after.numBytes).toBe(first.numBytes);
		expect(after.numDataBuffers).toBe(first.numDataBuffers);
		engine.dispose();
		expect(tf.memory().numTensors).toBe(0);
	}, 600_000);
});
