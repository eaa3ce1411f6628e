/**
 * Same weights, same input → the same numbers as PyTorch, in Node, on every
 * backend Node offers. The fixtures are made by python/fixtures/make_engine_fixtures.py.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeEngine, nodeBackends, readWeightsSource } from './node';
import { checkFixture } from './testing/fixture-check';
import { fixtureCases, fixtureDir, requireFixtures } from './testing/fixtures';

const BOUND = 1e-4;

requireFixtures();
const cases = Object.entries(fixtureCases());

describe.each(nodeBackends)('%s matches PyTorch', (backend) => {
	const engine = createNodeEngine();

	it.each(cases)('%s: logits and activations within 1e-4 of PyTorch', async (name, fixture) => {
		await engine.selectBackend(backend);
		const dir = fixtureDir(name);
		const steps = Object.keys(fixture.activations);
		const report = await checkFixture(
			engine,
			await readWeightsSource(dir),
			async (file) => readFile(join(dir, file)),
			steps
		);
		expect(report.backend).toBe(backend);
		expect(report.batch).toBe(2);
		expect(Object.keys(report.errors)).toEqual(['logits', ...steps]);
		for (const [output, error] of Object.entries(report.errors)) {
			expect(error, `${name} ${output} on ${backend}`).toBeLessThan(BOUND);
		}
	});
});
