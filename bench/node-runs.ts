/** The engine in Node: each backend Node offers, every model and configuration of the plan; and the explanations on WASM. */
import { register } from 'node:module';
import { createNodeEngine, nodeBackends, readWeightsDir } from '../src/lib/engine/node';
import { measureConfigs } from '../src/lib/engine/testing/bench-loop';
import { measureExplanations } from '../src/lib/engine/testing/explain-bench';
import { randomWeights } from '../src/lib/engine/testing/random-weights';
import { EXPLAIN_MODEL, type Plan } from './plan';
import { toExplainRow, type ExplainRow, type Measured } from './rows';

export async function runNode(plan: Plan): Promise<Measured[]> {
	const measured: Measured[] = [];
	for (const name of nodeBackends) {
		const engine = createNodeEngine();
		const info = await engine.selectBackend(name);
		for (const model of plan.models) {
			const loaded = await engine.load(randomWeights(model));
			const results = await measureConfigs(engine, loaded.inputShape[1], plan.configs, plan.options);
			for (const r of results) measured.push({ runtime: 'node', backend: name, model, threads: info.threads, ...r });
		}
		engine.dispose();
	}
	return measured;
}

export async function runNodeExplain(plan: Plan): Promise<ExplainRow[]> {
	// The explanations import tfjs's gradients, which Node can only load through this hook.
	register('./esm-extensions.mjs', import.meta.url);
	const { gradCam } = await import('../src/lib/engine/explain/gradcam');
	const { maximise } = await import('../src/lib/engine/explain/maximise');
	const { occlusion } = await import('../src/lib/engine/explain/occlusion');
	const engine = createNodeEngine();
	const info = await engine.selectBackend('wasm');
	try {
		const loaded = await engine.load(await readWeightsDir(EXPLAIN_MODEL.dir));
		const results = await measureExplanations(
			{
				gradCam: (input, layer, classIndex) => engine.withModel((m) => gradCam(m, input, layer, classIndex)),
				occlusion: (input, options) => engine.withModel((m) => occlusion(m, input, options)),
				maximise: (options) => engine.withModel((m) => maximise(m, options))
			},
			loaded.inputShape[1],
			plan.explain
		);
		return results.map((r) => toExplainRow('node', 'wasm', r, info.threads));
	} finally {
		engine.dispose();
	}
}
