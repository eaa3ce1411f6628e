/**
 * The benchmark's measuring loop, shared by Node and the browser test page so
 * both time exactly the same thing: one `run` call, read-back included.
 */
import type { InputTensor, RunResult } from '../types';
import { randomInput } from './random-weights';

export type BenchMode = 'logits' | 'all';

export interface BenchConfig {
	batch: number;
	mode: BenchMode;
}

export interface BenchResult extends BenchConfig {
	/** The first pass of this configuration (after load, for the first one measured). */
	firstMs: number;
	/** Timed passes after warm-up. */
	times: number[];
}

export interface BenchOptions {
	passes: number;
	/** Warm-up passes before timing: at least `warmup`, and more until `warmupMs` have gone by. */
	warmup: number;
	warmupMs: number;
	/** When the first configuration's first pass is slower than this, the others are not measured. */
	slowFirstPassMs: number;
}

export interface BenchEngine {
	run(input: InputTensor, options: { activations: boolean }): Promise<RunResult>;
}

async function measure(
	engine: BenchEngine,
	input: InputTensor,
	config: BenchConfig,
	options: BenchOptions
): Promise<BenchResult> {
	const once = async () => {
		const start = performance.now();
		await engine.run(input, { activations: config.mode === 'all' });
		return performance.now() - start;
	};
	const warmupStart = performance.now();
	const firstMs = await once();
	// Right after loading, the worker is still collecting the weights' garbage and new threads are settling.
	for (let i = 1; i < options.warmup || performance.now() - warmupStart < options.warmupMs; i++) await once();
	const times: number[] = [];
	for (let i = 0; i < options.passes; i++) times.push(await once());
	return { ...config, firstMs, times };
}

/** Times each configuration in order on an engine with weights loaded for `inputSize`. */
export async function measureConfigs(
	engine: BenchEngine,
	inputSize: number,
	configs: readonly BenchConfig[],
	options: BenchOptions
): Promise<BenchResult[]> {
	const results: BenchResult[] = [];
	for (const config of configs) {
		results.push(await measure(engine, randomInput(config.batch, inputSize), config, options));
		if (results[0].firstMs > options.slowFirstPassMs) break;
	}
	return results;
}
