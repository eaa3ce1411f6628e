import { describe, expect, test } from 'vitest';
import { deriveNetwork, paper2012, seed, torchvision, type Network } from '$lib/model';
import { layerFormulas } from './formulas';

const formula = (network: Network, id: string, key: string) => {
	const step = network.steps.find((s) => s.id === id)!;
	return layerFormulas(step, network).find((f) => f.key === key)?.tex ?? '';
};

describe('layerFormulas', () => {
	const one = deriveNetwork(seed);
	const two = deriveNetwork(paper2012);

	test('conv: parameters and multiply–adds with the layer’s numbers', () => {
		expect(formula(one, 'conv1', 'params')).toContain('= 48 \\cdot 3 \\cdot 11^2 + 48 = 17{,}472');
		expect(formula(one, 'conv1', 'macs')).toContain('= 48 \\cdot 55^2 \\cdot 3 \\cdot 11^2 = 52{,}707{,}600');
	});

	test('conv with groups=2 divides the input channels', () => {
		expect(formula(two, 'conv2', 'params')).toContain('= 256 \\cdot \\frac{96}{2} \\cdot 5^2 + 256 = 307{,}456');
	});

	test('pool: the size formula from its own input', () => {
		expect(formula(one, 'pool1', 'size')).toBe(
			'N = \\frac{W - F + 2P}{S} + 1 = \\frac{55 - 3 + 2 \\cdot 0}{2} + 1 = 27'
		);
	});

	test('flatten and linear: the vector length against fc1', () => {
		expect(formula(one, 'flatten', 'length')).toBe('128 \\times 6 \\times 6 = 4{,}608');
		expect(formula(one, 'fc1', 'params')).toBe('\\text{params} = 4{,}608 \\cdot 2{,}048 + 2{,}048 = 9{,}439{,}232');
	});

	test('LRN shows PyTorch’s α/n and the variant’s constants', () => {
		expect(formula(two, 'norm1', 'rule')).toContain('\\frac{\\alpha}{n}');
		expect(formula(two, 'norm1', 'constants')).toContain('\\beta = 0.75');
	});

	test('adaptive average pooling at 224 is 6 windows of one cell', () => {
		expect(formula(deriveNetwork(torchvision), 'avgpool', 'widest')).toBe('F_\\text{widest} = 1');
	});

	test('every step of every variant has at least one formula', () => {
		for (const network of [one, two, deriveNetwork(torchvision)]) {
			for (const step of network.steps) expect(layerFormulas(step, network).length, step.id).toBeGreaterThan(0);
		}
	});
});
