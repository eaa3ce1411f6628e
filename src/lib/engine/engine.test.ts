/** Choosing a backend, falling back, and refusing bad weights and inputs, in Node. */
import { describe, expect, it } from 'vitest';
import { createEngine } from './engine';
import { createNodeEngine } from './node';
import { randomInput, randomWeights } from './testing/random-weights';
import type { EngineNotice } from './types';

describe('choosing a backend', () => {
	it('auto measures WASM and does not bother starting the plain CPU backend', async () => {
		const engine = createNodeEngine();
		const info = await engine.selectBackend('auto');
		expect(info).toMatchObject({ name: 'wasm', reason: 'probe', simd: true });
		const { probe, available } = engine.status();
		expect(probe.find((p) => p.name === 'wasm')?.ms).toBeGreaterThan(0);
		expect(probe.find((p) => p.name === 'cpu')).toMatchObject({ note: 'not measured: slower than WASM' });
		expect(available).toContain('wasm');
	});

	it('auto starts the cached pick without probing', async () => {
		const engine = createNodeEngine();
		expect(await engine.selectBackend('auto', 'cpu')).toMatchObject({ name: 'cpu', reason: 'cache' });
		expect(engine.status().probe).toEqual([]);
	});

	it('a backend that cannot start falls back to the next one, with a notice', async () => {
		const notices: EngineNotice[] = [];
		// WebGL has no context to draw in under Node: it fails to initialise, as on a machine without GPU.
		const engine = createEngine({ offered: ['webgl', 'wasm', 'cpu'], onNotice: (n) => notices.push(n) });
		const info = await engine.selectBackend('webgl');
		expect(info).toMatchObject({ name: 'wasm', reason: 'fallback' });
		expect(notices).toEqual([expect.objectContaining({ kind: 'fallback', from: 'webgl', to: 'wasm' })]);
		expect(notices[0].message).toMatch(/^webgl could not start \(.+\); running on wasm instead\.$/);
		expect(engine.status().notices).toEqual(notices);
	});

	it('keeps the loaded model across a backend switch', async () => {
		const engine = createNodeEngine();
		await engine.selectBackend('wasm');
		await engine.load(randomWeights('seed'));
		const input = randomInput(1, 224);
		const onWasm = await engine.run(input, { activations: false });
		await engine.selectBackend('cpu');
		const onCpu = await engine.run(input, { activations: false });
		expect(onCpu.backend).toBe('cpu');
		for (let i = 0; i < 10; i++) expect(onCpu.logits[i]).toBeCloseTo(onWasm.logits[i], 3);
		engine.dispose();
	}, 60_000);
});

describe('read-back', () => {
	it('returns every step in forward order, only the listed ones, or none', async () => {
		const engine = createNodeEngine();
		await engine.selectBackend('wasm');
		const model = await engine.load(randomWeights('seed'));
		const input = randomInput(1, 224);
		const all = await engine.run(input);
		expect(all.activations.map((a) => a.stepId)).toEqual(model.stepIds);
		expect(all.activations.find((a) => a.stepId === 'pool5')?.shape).toEqual([128, 6, 6]);
		const some = await engine.run(input, { activations: ['pool5', 'conv1'] });
		expect(some.activations.map((a) => a.stepId)).toEqual(['conv1', 'pool5']);
		expect((await engine.run(input, { activations: false })).activations).toEqual([]);
		// A ReLU read alongside its input is computed from the input's view: it must equal reading it alone.
		const alone = (await engine.run(input, { activations: ['relu1'] })).activations[0];
		expect(all.activations.find((a) => a.stepId === 'relu1')?.data).toEqual(alone.data);
		engine.dispose();
	}, 60_000);
});

describe('refusals', () => {
	it('asks for a backend before weights', async () => {
		await expect(createNodeEngine().load(randomWeights('seed'))).rejects.toThrow(/select a backend/);
	});

	it('names a missing or misshapen parameter', async () => {
		const engine = createNodeEngine();
		await engine.selectBackend('wasm');
		const weights = randomWeights('seed');
		const entries = weights.manifest.weightsManifest[0].weights;
		const renamed = structuredClone(weights.manifest);
		renamed.weightsManifest[0].weights[0] = { ...entries[0], name: 'features.0.kernel' };
		await expect(engine.load({ manifest: renamed, data: weights.data })).rejects.toThrow(
			'weights: features.0.weight is missing from the weights file.'
		);
		const otherVariant = structuredClone(weights.manifest);
		otherVariant.modelCard.variant = 'torchvision';
		await expect(engine.load({ manifest: otherVariant, data: weights.data })).rejects.toThrow(
			'weights: features.0.weight has shape [48, 3, 11, 11] but the model needs [64, 3, 11, 11].'
		);
	});

	it('says what input shape the model takes', async () => {
		const engine = createNodeEngine();
		await engine.selectBackend('wasm');
		await engine.load(randomWeights('seed'));
		await expect(engine.run(randomInput(1, 227))).rejects.toThrow(
			/does not fit this model, which takes \[3, 224, 224\]/
		);
		await expect(engine.run({ data: new Float32Array(10), shape: [3, 224, 224] })).rejects.toThrow(
			/needs 150528 values/
		);
		engine.dispose();
	});
});
