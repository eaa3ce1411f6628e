/**
 * Choosing a backend by measurement. The probe runs a slice of AlexNet's real
 * work (conv1 and conv2 at torchvision's sizes, one wide linear layer) a few
 * times and keeps the best time; software GPUs are ruled out by what their
 * adapter says, without spending seconds measuring them.
 */
import * as tf from '@tensorflow/tfjs-core';
import { startBackend, type BackendHooks } from './backends';
import type { BackendName, ProbeResult } from './types';
import { errorMessage } from '../errors';

const PROBE_RUNS = 3;

function probeWorkload(): { run: () => tf.Tensor[]; dispose: () => void } {
	const seeded = (shape: number[], seed: number) => tf.randomUniform(shape, -1, 1, 'float32', seed);
	const image = seeded([1, 224, 224, 3], 1) as tf.Tensor4D;
	const kernel1 = seeded([11, 11, 3, 64], 2) as tf.Tensor4D;
	const kernel2 = seeded([5, 5, 64, 192], 3) as tf.Tensor4D;
	const features = seeded([1, 9216], 4) as tf.Tensor2D;
	const weights = seeded([9216, 512], 5) as tf.Tensor2D;
	const all = [image, kernel1, kernel2, features, weights];
	return {
		run: () =>
			tf.tidy(() => {
				const c1 = tf.maxPool(tf.relu(tf.conv2d(image, kernel1, 4, 2)), 3, 2, 0);
				return [tf.conv2d(c1, kernel2, 1, 2), tf.matMul(features, weights)];
			}),
		dispose: () => tf.dispose(all)
	};
}

/** Best wall time (ms) of the probe on the current backend, the first (compiling) run excluded. */
async function timeCurrentBackend(): Promise<number> {
	const workload = probeWorkload();
	try {
		let best = Infinity;
		for (let i = 0; i <= PROBE_RUNS; i++) {
			const start = performance.now();
			const outputs = workload.run();
			await Promise.all(outputs.map((t) => t.data()));
			tf.dispose(outputs);
			if (i > 0) best = Math.min(best, performance.now() - start);
		}
		return best;
	} finally {
		workload.dispose();
	}
}

/** The measured backend with the best time; null when none was measured. */
function fastest(results: readonly ProbeResult[]): BackendName | null {
	const measured = results.filter((r) => r.ok && r.ms !== undefined);
	if (measured.length === 0) return null;
	return measured.reduce((best, r) => ((r.ms as number) < (best.ms as number) ? r : best)).name;
}

export function bestProbed(results: readonly ProbeResult[]): BackendName {
	const best = fastest(results);
	if (!best)
		throw new Error(`engine: no backend could start (${results.map((r) => `${r.name}: ${r.note}`).join('; ')}).`);
	return best;
}

async function probeOne(
	name: BackendName,
	hooks: BackendHooks | undefined,
	measureSoftware: boolean
): Promise<ProbeResult> {
	try {
		const { adapter, software } = await startBackend(name, hooks);
		if (software && !measureSoftware) return { name, ok: true, adapter, software, note: 'not measured: software GPU' };
		return { name, ok: true, ms: await timeCurrentBackend(), adapter, software };
	} catch (error) {
		return { name, ok: false, note: errorMessage(error) };
	}
}

/**
 * Starts and times each offered backend. Software GPUs are not timed and the plain CPU
 * backend is not even started, unless nothing else could be measured.
 */
export async function probeBackends(offered: readonly BackendName[], hooks?: BackendHooks): Promise<ProbeResult[]> {
	const results: ProbeResult[] = [];
	for (const name of offered) if (name !== 'cpu') results.push(await probeOne(name, hooks, false));
	if (fastest(results)) {
		if (offered.includes('cpu')) results.push({ name: 'cpu', ok: true, note: 'not measured: slower than WASM' });
		return results;
	}
	// Nothing fast started: measure what is left, software GPUs included.
	const rest = offered.filter((name) => name === 'cpu' || results.some((r) => r.name === name && r.software));
	for (const name of rest) {
		const result = await probeOne(name, hooks, true);
		const at = results.findIndex((r) => r.name === name);
		if (at >= 0) results[at] = result;
		else results.push(result);
	}
	return results;
}
