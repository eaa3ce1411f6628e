import { describe, expect, it } from 'vitest';
import { readWeights } from '../engine/weights';
import { deriveNetwork, variants } from '../model';
import { untrainedCard, untrainedWeights } from '../weights/untrained';
import { DEFAULT_MODEL_CARD } from './default-model';
import { WeightsRegistry, type LoadedWeights } from './weights-registry.svelte';

const shipped = { seed: { url: '/models/fashion-mnist/model.json', card: DEFAULT_MODEL_CARD } };

/** A loaded .pth as the reader hands it over: only the card matters here. */
function loadedFile(variant: 'seed' | 'torchvision', classes: number): LoadedWeights {
	const card = { ...untrainedCard(variant, `my ${variant}`), classes };
	return { manifest: { format: 'alexnet-lab-weights', version: 1, modelCard: card, weightsManifest: [] }, data: [] };
}

describe('WeightsRegistry', () => {
	it('runs the shipped default model for seed: 10 Fashion-MNIST classes', () => {
		const choice = new WeightsRegistry(shipped).weightsFor('seed');
		expect(choice.kind).toBe('default');
		expect(choice.card.classes).toBe(10);
		expect(choice.card.labels).toContain('Ankle boot');
		expect(choice.source()).toEqual({ url: '/models/fashion-mnist/model.json' });
	});

	it('runs untrained, seeded weights for a variant with no weights, with that variant’s own description', () => {
		const registry = new WeightsRegistry(shipped);
		for (const variant of ['torchvision', 'paper2012'] as const) {
			const choice = registry.weightsFor(variant);
			const network = deriveNetwork(variants[variant]);
			expect(choice.kind).toBe('untrained');
			expect(choice.variant).toBe(variant);
			expect(choice.card.classes).toBe(network.classes);
			expect(choice.card.inputSize).toBe(network.inputSize);
			expect(choice.card.name).toMatch(/untrained/i);
			expect(registry.weightsFor(variant)).toBe(choice);
		}
		expect(registry.weightsFor('paper2012').card.inputSize).toBe(227);
	});

	it('runs a loaded file for its variant only, until another replaces it or it is forgotten', () => {
		const remembered: string[] = [];
		const registry = new WeightsRegistry(shipped, { onLoaded: (variant) => remembered.push(variant) });
		const first = registry.setLoadedWeights('torchvision', loadedFile('torchvision', 1000));
		expect(registry.weightsFor('torchvision')).toBe(first);
		expect(first.kind).toBe('loaded');
		expect(registry.weightsFor('seed').kind).toBe('default');
		expect(registry.weightsFor('paper2012').kind).toBe('untrained');
		const second = registry.setLoadedWeights('torchvision', loadedFile('torchvision', 1000));
		expect(second.key).not.toBe(first.key);
		expect(registry.weightsFor('torchvision')).toBe(second);
		const seven = registry.setLoadedWeights('seed', loadedFile('seed', 7));
		expect(registry.weightsFor('seed').card.classes).toBe(7);
		expect(seven.source()).toEqual({ manifest: loadedFile('seed', 7).manifest, data: [] });
		registry.forgetLoadedWeights('seed');
		expect(registry.weightsFor('seed').kind).toBe('default');
		expect(remembered).toEqual(['torchvision', 'torchvision', 'seed']);
	});

	it('refuses weights filed under another variant than their own', () => {
		const registry = new WeightsRegistry(shipped);
		expect(() => registry.setLoadedWeights('paper2012', loadedFile('torchvision', 1000))).toThrow(
			/for the torchvision variant, not paper2012/
		);
		expect(registry.weightsFor('paper2012').kind).toBe('untrained');
	});
});

describe('untrainedWeights', () => {
	it('makes every parameter of the variant, the same values every time, within the He-uniform bound', () => {
		const card = untrainedCard('seed', 'untrained seed');
		const a = untrainedWeights(card);
		const b = untrainedWeights(card);
		const network = deriveNetwork(variants.seed);
		const decoded = readWeights(a.manifest, a.data);
		expect(decoded.parameters.size).toBe(16);
		const conv1 = decoded.parameters.get('features.0.weight');
		expect(conv1?.shape).toEqual([network.steps[0].outShape[0], 3, 11, 11]);
		const total = [...decoded.parameters.values()].reduce((sum, p) => sum + p.data.length, 0);
		expect(total).toBe(network.totals.params);
		expect(new Uint8Array(b.data[0])).toEqual(new Uint8Array(a.data[0]));
		const bound = Math.sqrt(6 / (3 * 11 * 11));
		const values = conv1?.data ?? new Float32Array();
		expect(Math.max(...values)).toBeLessThanOrEqual(bound + 1e-6);
		expect(Math.min(...values)).toBeGreaterThanOrEqual(-bound - 1e-6);
		expect(new Set(values).size).toBeGreaterThan(200);
	});
});
