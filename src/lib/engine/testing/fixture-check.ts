/**
 * Comparing the engine with PyTorch on one generated fixture
 * (python/fixtures/make_engine_fixtures.py). Shared by the Node tests and the
 * browser test page, so both apply exactly the same bound.
 */
import { parseNpy } from '../npy';
import type { InputTensor, RunResult, WeightsSource } from '../types';

/** max |actual − expected| / max |expected|: the bound is 1e-4. */
export function relativeError(actual: Float32Array, expected: Float32Array): number {
	if (actual.length !== expected.length) return Infinity;
	let scale = 0;
	let worst = 0;
	for (let i = 0; i < expected.length; i++) {
		scale = Math.max(scale, Math.abs(expected[i]));
		worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
	}
	return Number.isFinite(worst) && scale > 0 ? worst / scale : Infinity;
}

export interface FixtureEngine {
	load(source: WeightsSource): Promise<unknown>;
	run(input: InputTensor): Promise<RunResult>;
}

export interface FixtureReport {
	backend: string;
	/** Images in the fixture's batch: every one's logits are compared. */
	batch: number;
	/** Relative error of the whole batch's logits and of each recorded activation (item 0). */
	errors: Record<string, number>;
}

/** Loads the fixture's weights, runs its batch and measures the distance to PyTorch's outputs. */
export async function checkFixture(
	engine: FixtureEngine,
	weights: WeightsSource,
	readFile: (name: string) => Promise<Uint8Array>,
	steps: readonly string[]
): Promise<FixtureReport> {
	await engine.load(weights);
	const input = parseNpy(await readFile('batch.npy'));
	const result = await engine.run(input);
	const errors: Record<string, number> = {
		logits: relativeError(result.logits, parseNpy(await readFile('logits.npy')).data)
	};
	for (const step of steps) {
		const activation = result.activations.find((a) => a.stepId === step);
		const expected = parseNpy(await readFile(`${step}.npy`));
		const sameShape = activation?.shape.join() === expected.shape.join();
		errors[step] = activation && sameShape ? relativeError(activation.data, expected.data) : Infinity;
	}
	return { backend: result.backend, batch: input.shape[0], errors };
}
