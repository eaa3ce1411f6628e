/** What the benchmark measures, and when a slow backend is cut short. */
import type { BenchConfig, BenchOptions } from '../src/lib/engine/testing/bench-loop';
import type { VariantId } from '../src/lib/model/types';

export interface Plan {
	models: VariantId[];
	configs: BenchConfig[];
	options: BenchOptions;
}

const everyConfig = (batches: number[]): BenchConfig[] =>
	batches.flatMap((batch) => (['logits', 'all'] as const).map((mode) => ({ batch, mode })));

/**
 * A backend whose first batch-1 pass takes longer than 1.5 s (a software GPU, the plain
 * JavaScript CPU backend) is measured at batch 1 logits-only, so that one run of the
 * benchmark takes minutes, not an hour; its other rows are reported as not measured.
 */
const SLOW_FIRST_PASS_MS = 1500;

export const fullPlan: Plan = {
	models: ['seed', 'torchvision'],
	configs: everyConfig([1, 8]),
	options: { passes: 10, warmup: 3, slowFirstPassMs: SLOW_FIRST_PASS_MS }
};

/** A smoke run while developing: the same shape, a fraction of the CPU time. */
export const quickPlan: Plan = {
	models: ['seed'],
	configs: everyConfig([1]),
	options: { passes: 3, warmup: 1, slowFirstPassMs: SLOW_FIRST_PASS_MS }
};
