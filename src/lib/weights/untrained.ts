/**
 * Untrained weights for a variant nobody has loaded weights for: seeded random
 * values (the same in every browser, every time), so the page can still show
 * the network's shapes with its own maps — and says plainly that they are not
 * a trained model. uint8-quantised, a quarter of float32's memory: the values
 * mean nothing, only their shapes do.
 */
import { deriveNetwork } from '../model/derive';
import type { VariantId } from '../model/types';
import { variants } from '../model/variants';
import type { ModelCard, ModelJson, WeightEntry } from './manifest';
import { placeholderLabels, preprocessingPreset } from './presets';

/** The seed every untrained network is drawn with: the same maps on every machine. */
export const UNTRAINED_SEED = 1;

/** xorshift32: the same numbers in Node and every browser. */
function nextState(state: number): number {
	state ^= state << 13;
	state ^= state >>> 17;
	state ^= state << 5;
	return state >>> 0;
}

/** The card of the untrained `variant`: its description's default classes and input size, ImageNet's preprocessing. */
export function untrainedCard(variant: VariantId, name: string): ModelCard {
	const { classes, inputSize } = deriveNetwork(variants[variant]);
	return {
		name,
		variant,
		classes,
		labels: placeholderLabels(classes),
		inputSize,
		preprocessing: preprocessingPreset('imagenet', inputSize),
		description: `Seeded random weights (seed ${UNTRAINED_SEED}): not a trained model.`
	};
}

/**
 * He-uniform weights (so activations keep their scale through the ReLUs) and
 * small biases, every tensor its own uint8 shard.
 */
export function untrainedWeights(card: ModelCard, seed = UNTRAINED_SEED): { manifest: ModelJson; data: ArrayBuffer[] } {
	const network = deriveNetwork(variants[card.variant], { classes: card.classes, inputSize: card.inputSize });
	let state = seed >>> 0 || 1;
	const entries: WeightEntry[] = [];
	const data: ArrayBuffer[] = [];
	for (const step of network.steps) {
		if (step.spec.kind !== 'conv' && step.spec.kind !== 'linear') continue;
		const out = step.outShape[0];
		const inChannels = step.inChannels as number;
		const weightShape =
			step.spec.kind === 'conv'
				? [out, inChannels / step.spec.groups, step.spec.kernel, step.spec.kernel]
				: [out, inChannels];
		const fanIn = weightShape.slice(1).reduce((a, b) => a * b, 1);
		for (const [suffix, shape, bound] of [
			['weight', weightShape, Math.sqrt(6 / fanIn)],
			['bias', [out], 0.05]
		] as const) {
			const bytes = new Uint8Array(shape.reduce((a, b) => a * b, 1));
			// Four bytes from each draw: the largest layers hold tens of millions of values.
			const words = new Uint32Array(bytes.buffer, 0, bytes.length >>> 2);
			for (let i = 0; i < words.length; i++) words[i] = state = nextState(state);
			for (let i = words.length * 4; i < bytes.length; i++) bytes[i] = state = nextState(state);
			entries.push({
				name: `${step.torchName}.${suffix}`,
				shape: [...shape],
				dtype: 'float32',
				quantization: { dtype: 'uint8', scale: (2 * bound) / 255, min: -bound }
			});
			data.push(bytes.buffer);
		}
	}
	const manifest: ModelJson = {
		format: 'alexnet-lab-weights',
		version: 1,
		modelCard: card,
		weightsManifest: [{ paths: entries.map((_, i) => `part${i}.bin`), weights: entries }]
	};
	return { manifest, data };
}
