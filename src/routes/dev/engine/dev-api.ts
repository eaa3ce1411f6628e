/**
 * What the engine test page offers the end-to-end tests (window.__engineDev):
 * the same checks as the Node tests, run through the real worker client.
 */
import type { EngineClient } from '$lib/engine/client';
import { measureConfigs, type BenchConfig, type BenchOptions, type BenchResult } from '$lib/engine/testing/bench-loop';
import { measureExplanations, type ExplainBenchOptions, type ExplainResult } from '$lib/engine/testing/explain-bench';
import { checkFixture, type FixtureReport } from '$lib/engine/testing/fixture-check';
import { randomWeights } from '$lib/engine/testing/random-weights';
import type { VariantId } from '$lib/model/types';
import type { BackendChoice, BackendInfo, EngineStatus } from '$lib/engine/types';

export interface EngineDevApi {
	select(choice: BackendChoice): Promise<BackendInfo>;
	/** Loads `${base}/model.json` and compares its batch with PyTorch's outputs. */
	check(base: string, steps: string[]): Promise<FixtureReport>;
	loseDevice(): Promise<boolean>;
	status(): Promise<EngineStatus>;
	/** npm run bench: loads seeded random weights, then times each configuration in turn. */
	bench(variant: VariantId, configs: BenchConfig[], options: BenchOptions): Promise<BenchResult[]>;
	/** npm run bench, explanation rows: loads `modelUrl`, then times Grad-CAM, occlusion and maximisation. */
	benchExplain(modelUrl: string, options: ExplainBenchOptions): Promise<ExplainResult[]>;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

export function engineDevApi(client: EngineClient, onChange: () => void): EngineDevApi {
	const changed = <T>(value: T): T => {
		onChange();
		return value;
	};
	return {
		select: async (choice) => changed(await client.selectBackend(choice)),
		check: async (base, steps) =>
			changed(
				await checkFixture(client, { url: `${base}/model.json` }, (name) => fetchBytes(`${base}/${name}`), steps)
			),
		loseDevice: () => client.simulateDeviceLoss(),
		status: () => client.status(),
		async bench(variant, configs, options) {
			const model = await client.load(randomWeights(variant));
			return changed(await measureConfigs(client, model.inputShape[1], configs, options));
		},
		async benchExplain(modelUrl, options) {
			const model = await client.load({ url: modelUrl });
			const engine = {
				gradCam: client.gradCam,
				occlusion: (input, args) => client.occlusion(input, args).result,
				maximise: (args) => client.maximise(args).result
			} satisfies Parameters<typeof measureExplanations>[0];
			return changed(await measureExplanations(engine, model.inputShape[1], options));
		}
	};
}
