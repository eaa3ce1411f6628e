/** The engine in Node: each backend Node offers, every model and configuration of the plan. */
import { createNodeEngine, nodeBackends } from '../src/lib/engine/node';
import { measureConfigs } from '../src/lib/engine/testing/bench-loop';
import { randomWeights } from '../src/lib/engine/testing/random-weights';
import type { Plan } from './plan';
import type { Measured } from './rows';

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
