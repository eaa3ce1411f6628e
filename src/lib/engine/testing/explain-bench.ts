/**
 * The benchmark's explanation rows, measured the same way in Node and on the
 * browser test page: Grad-CAM (ms per picture), the default occlusion map
 * (ms per map, and the batched passes it took) and activation maximisation
 * with its defaults (ms per step, one full run per timing, for each layer).
 * Times are taken around the call: in the browser, messages to and from the
 * worker included.
 */
import type { GradCamResult } from '../explain/gradcam';
import type { MaximiseResult } from '../explain/maximise';
import { defaultOcclusion, type OcclusionResult } from '../explain/occlusion';
import type { MaximiseArgs, OcclusionArgs } from '../protocol';
import type { InputTensor } from '../types';
import { randomInput } from './random-weights';

export interface ExplainBenchEngine {
	gradCam(input: InputTensor, layer: string, classIndex: number): Promise<GradCamResult>;
	occlusion(input: InputTensor, options: OcclusionArgs): Promise<OcclusionResult>;
	maximise(options: MaximiseArgs): Promise<MaximiseResult>;
}

export interface ExplainBenchOptions {
	/** Untimed calls before the timed ones (a maximisation warms up with a short run). */
	warmup: number;
	gradCamRuns: number;
	occlusionRuns: number;
	/** Full maximisations timed per layer. */
	maximiseRuns: number;
	/** Grad-CAM's layer (the app's default). */
	gradCamLayer: string;
	/** Layers maximised, each at its defaults. */
	maximiseLayers: string[];
}

export type ExplainTask = 'grad-cam' | 'occlusion' | 'maximise';

export interface ExplainResult {
	task: ExplainTask;
	/** What was computed, in words: layer, class or channel, sizes. */
	setting: string;
	/** Each timed call's time per unit (a picture, a map, a step). */
	times: number[];
	/** Each timed call's whole time. */
	totals: number[];
	/** Occlusion: batched forward passes per map. */
	passes?: number;
}

async function timed<T>(task: () => Promise<T>): Promise<{ ms: number; result: T }> {
	const start = performance.now();
	const result = await task();
	return { ms: performance.now() - start, result };
}

async function repeat<T>(warmup: number, runs: number, task: () => Promise<T>) {
	for (let i = 0; i < warmup; i++) await task();
	const timings: { ms: number; result: T }[] = [];
	for (let i = 0; i < runs; i++) timings.push(await timed(task));
	return timings;
}

/** Times each explanation in turn on an engine with the model loaded for `inputSize`. */
export async function measureExplanations(
	engine: ExplainBenchEngine,
	inputSize: number,
	options: ExplainBenchOptions
): Promise<ExplainResult[]> {
	const input = randomInput(1, inputSize);
	const results: ExplainResult[] = [];

	const cams = await repeat(options.warmup, options.gradCamRuns, () => engine.gradCam(input, options.gradCamLayer, 0));
	const camTimes = cams.map((c) => c.ms);
	results.push({ task: 'grad-cam', setting: `${options.gradCamLayer}, class 0`, times: camTimes, totals: camTimes });

	const { patch, stride } = defaultOcclusion(inputSize);
	const maps = await repeat(Math.min(1, options.warmup), options.occlusionRuns, () =>
		engine.occlusion(input, { classIndex: 0, patch, stride })
	);
	const mapTimes = maps.map((m) => m.ms);
	const first = maps[0].result;
	results.push({
		task: 'occlusion',
		setting: `patch ${patch}, stride ${stride}, ${first.rows}×${first.cols} places`,
		times: mapTimes,
		totals: mapTimes,
		passes: first.passes
	});

	for (const layer of options.maximiseLayers) {
		if (options.warmup > 0) await engine.maximise({ layer, channel: 0, steps: 4 });
		const runs = await repeat(0, options.maximiseRuns, () => engine.maximise({ layer, channel: 0 }));
		const { steps, size } = runs[0].result;
		results.push({
			task: 'maximise',
			setting: `${layer}, channel 0, ${steps} steps at ${size}×${size}`,
			times: runs.map((r) => r.ms / r.result.steps),
			totals: runs.map((r) => r.ms)
		});
	}
	return results;
}
