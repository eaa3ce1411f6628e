/**
 * Seeded random weights for any variant, in the app's weights format: what the
 * benchmark loads (its speed does not depend on the values) without needing
 * trained files or PyTorch.
 */
import { deriveNetwork } from '../../model/derive';
import { variants } from '../../model/variants';
import type { VariantId } from '../../model/types';
import type { ModelJson, WeightEntry } from '../../weights/manifest';

/** xorshift32: the same numbers in Node and every browser. */
function uniformSource(seed: number): () => number {
	let state = seed >>> 0 || 1;
	return () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 4294967296;
	};
}

export function randomWeights(variant: VariantId, seed = 1): { manifest: ModelJson; data: ArrayBuffer[] } {
	const spec = variants[variant];
	const network = deriveNetwork(spec);
	const next = uniformSource(seed);
	const entries: WeightEntry[] = [];
	const data: ArrayBuffer[] = [];
	for (const step of network.steps) {
		if (step.kind !== 'conv' && step.kind !== 'linear') continue;
		const out = step.outShape[0];
		const weightShape =
			step.spec.kind === 'conv'
				? [out, (step.inChannels as number) / step.spec.groups, step.spec.kernel, step.spec.kernel]
				: [out, step.inChannels as number];
		// He-uniform, so activations keep their scale through the ReLUs.
		const fanIn = weightShape.slice(1).reduce((a, b) => a * b, 1);
		for (const [suffix, shape, bound] of [
			['weight', weightShape, Math.sqrt(6 / fanIn)],
			['bias', [out], 0.05]
		] as const) {
			const values = new Float32Array(shape.reduce((a, b) => a * b, 1));
			for (let i = 0; i < values.length; i++) values[i] = (2 * next() - 1) * bound;
			entries.push({ name: `${step.torchName}.${suffix}`, shape: [...shape], dtype: 'float32' });
			data.push(values.buffer);
		}
	}
	const manifest: ModelJson = {
		format: 'alexnet-lab-weights',
		version: 1,
		modelCard: {
			name: `random ${variant}`,
			variant,
			classes: network.classes,
			labels: Array.from({ length: network.classes }, (_, i) => `class ${i}`),
			inputSize: network.inputSize,
			preprocessing: {
				preset: 'imagenet',
				resize: { kind: 'resize-crop', resize: 256, crop: network.inputSize },
				grayscale: false,
				mean: [0.485, 0.456, 0.406],
				std: [0.229, 0.224, 0.225]
			},
			description: 'Seeded random weights for benchmarks; not a trained model.'
		},
		weightsManifest: [{ paths: entries.map((_, i) => `part${i}.bin`), weights: entries }]
	};
	return { manifest, data };
}

/** A seeded random batch [N, 3, S, S]. */
export function randomInput(batch: number, size: number, seed = 7): { data: Float32Array; shape: number[] } {
	const next = uniformSource(seed);
	const data = Float32Array.from({ length: batch * 3 * size * size }, () => 2 * next() - 1);
	return { data, shape: [batch, 3, size, size] };
}
