/** Figures checked by hand: receptive fields, the size formula, and the 224-versus-227 arithmetic. */
import { describe, expect, it } from 'vitest';
import { deriveNetwork } from './derive';
import { seed, paper2012, torchvision } from './variants';

const byId = (network: ReturnType<typeof deriveNetwork>, id: string) => {
	const step = network.steps.find((s) => s.id === id);
	if (!step) throw new Error(`no step ${id}`);
	return step;
};

describe('receptive field and jump of the seed network', () => {
	const network = deriveNetwork(seed);
	// rf grows by (F − 1)·jump, jump multiplies by the stride.
	it.each([
		['conv1', 11, 4],
		['relu1', 11, 4],
		['pool1', 19, 8],
		['conv2', 51, 8],
		['pool2', 67, 16],
		['conv3', 99, 16],
		['conv4', 131, 16],
		['conv5', 163, 16],
		['pool5', 195, 32]
	])('%s sees %i pixels, %i apart', (id, rf, jump) => {
		const step = byId(network, id);
		expect([step.receptiveField, step.jump]).toEqual([rf, jump]);
	});
});

describe('the output-size formula', () => {
	it('is exact for paper2012 at 227: (227 − 11 + 0)/4 + 1 = 55', () => {
		const conv1 = byId(deriveNetwork(paper2012), 'conv1');
		expect(conv1.formula).toEqual({ w: 227, f: 11, p: 0, s: 4, exact: 55, n: 55, floored: false });
	});

	it('floors for paper2012 at 224: (224 − 11)/4 + 1 = 54.25, so 54', () => {
		const network = deriveNetwork(paper2012, { inputSize: 224 });
		expect(byId(network, 'conv1').formula).toEqual({ w: 224, f: 11, p: 0, s: 4, exact: 54.25, n: 54, floored: true });
		expect(byId(network, 'pool5').outShape).toEqual([256, 5, 5]);
	});

	it('floors the seed net’s conv1 at 224: (224 − 11 + 4)/4 + 1 = 55.25', () => {
		const conv1 = byId(deriveNetwork(seed), 'conv1');
		expect(conv1.formula).toMatchObject({ exact: 55.25, n: 55, floored: true });
		expect(byId(deriveNetwork(seed), 'pool1').formula).toMatchObject({ w: 55, exact: 27, n: 27, floored: false });
	});

	it('belongs to convolutions and max-pools only', () => {
		const network = deriveNetwork(torchvision);
		const withFormula = network.steps.filter((s) => s.formula !== null).map((s) => s.kind);
		expect(new Set(withFormula)).toEqual(new Set(['conv', 'maxpool']));
	});
});

describe('torchvision’s adaptive pool', () => {
	it('passes a 6×6 map through at 224 and averages 2×2 windows of a 7×7 map at 256', () => {
		const at224 = byId(deriveNetwork(torchvision), 'avgpool');
		expect([at224.inShape, at224.outShape, at224.receptiveField, at224.jump]).toEqual([
			[256, 6, 6],
			[256, 6, 6],
			195,
			32
		]);
		const at256 = byId(deriveNetwork(torchvision, { inputSize: 256 }), 'avgpool');
		expect([at256.inShape, at256.outShape, at256.receptiveField]).toEqual([[256, 7, 7], [256, 6, 6], 195 + 32]);
		expect(at256.jump).toBeCloseTo((32 * 7) / 6, 12);
	});
});

describe('class count', () => {
	it('changes only the last layer', () => {
		const thousand = deriveNetwork(seed);
		const ten = deriveNetwork(seed, { classes: 10 });
		expect(byId(ten, 'fc3').outShape).toEqual([10]);
		expect(thousand.totals.params - ten.totals.params).toBe(990 * (2048 + 1));
	});
});
