/** What the benchmark measures, and when a slow backend is cut short. */
import type { BenchConfig, BenchOptions } from '../src/lib/engine/testing/bench-loop';
import type { ExplainBenchOptions } from '../src/lib/engine/testing/explain-bench';
import type { VariantId } from '../src/lib/model/types';

export interface Plan {
	models: VariantId[];
	configs: BenchConfig[];
	options: BenchOptions;
	/** The explanation rows: the default model, WASM only. */
	explain: ExplainBenchOptions;
}

/** The app's default model, its path from the repository and from the built site. */
export const EXPLAIN_MODEL = { dir: 'static/models/fashion-mnist', url: '/models/fashion-mnist/model.json' };

const CONV_LAYERS = ['conv1', 'conv2', 'conv3', 'conv4', 'conv5'];

const everyConfig = (batches: number[]): BenchConfig[] =>
	batches.flatMap((batch) => (['logits', 'all'] as const).map((mode) => ({ batch, mode })));

/**
 * A backend whose first batch-1 pass takes longer than 1.5 s (a software GPU, the plain
 * JavaScript CPU backend) is measured at batch 1 logits-only, so that one run of the
 * benchmark takes minutes, not an hour; its other rows are reported as not measured.
 */
const SLOW_FIRST_PASS_MS = 1500;

/**
 * Warm-up lasts at least this long (and at least 3 passes): right after loading, the
 * first dozen passes can take twice as long while the garbage of the weights is
 * collected and new threads settle.
 */
const WARMUP_MS = 2000;

export const fullPlan: Plan = {
	models: ['seed', 'torchvision'],
	configs: everyConfig([1, 8]),
	options: { passes: 10, warmup: 3, warmupMs: WARMUP_MS, slowFirstPassMs: SLOW_FIRST_PASS_MS },
	// Three maximisations of 64 steps per layer: the run's longest part, several seconds each.
	explain: {
		warmup: 3,
		gradCamRuns: 10,
		occlusionRuns: 3,
		maximiseRuns: 3,
		gradCamLayer: 'conv5',
		maximiseLayers: CONV_LAYERS
	}
};

/** A smoke run while developing: the same shape, a fraction of the CPU time. */
export const quickPlan: Plan = {
	models: ['seed'],
	configs: everyConfig([1]),
	options: { passes: 3, warmup: 1, warmupMs: 0, slowFirstPassMs: SLOW_FIRST_PASS_MS },
	explain: {
		warmup: 1,
		gradCamRuns: 3,
		occlusionRuns: 1,
		maximiseRuns: 1,
		gradCamLayer: 'conv5',
		maximiseLayers: CONV_LAYERS
	}
};
