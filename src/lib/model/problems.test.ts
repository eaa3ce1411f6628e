/** Impossible configurations: reported in words, first cause only, and never NaN, Infinity or undefined. */
import { describe, expect, it } from 'vitest';
import { deriveNetwork, type Network } from './derive';
import type { ModelProblem } from './problems';
import { seed, paper2012, torchvision } from './variants';
import { withOverrides, type Overrides } from './whatif';
import type { VariantSpec } from './types';

/** Every number anywhere in the derived network, with its path, for the finiteness check. */
function numbers(value: unknown, path = ''): [string, unknown][] {
	if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return [[path, value]];
	if (typeof value === 'number') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}[${i}]`));
	if (value !== null && typeof value === 'object') {
		return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
	}
	return [];
}

/** Derived numbers only: the spec and a problem's cause hold what the student typed, which may be anything. */
function expectAllFinite(network: Network) {
	const derived = network.steps.map(({ spec: _spec, problems: _problems, ...rest }) => rest);
	const bad = numbers({ steps: derived, totals: network.totals, inputShape: network.inputShape })
		.filter(([, v]) => typeof v !== 'number' || !Number.isFinite(v))
		.map(([path, v]) => `${path} = ${v}`);
	expect(bad).toEqual([]);
	for (const step of network.steps) {
		expect(
			step.outShape.every((d) => Number.isInteger(d) && d >= 0),
			step.id
		).toBe(true);
		for (const n of [step.params, step.macs, step.activationBytes]) expect(Number.isInteger(n), step.id).toBe(true);
	}
	for (const p of network.problems) expect(p.message).not.toMatch(/NaN|Infinity|undefined|null|\[object/);
}

interface Case {
	name: string;
	variant: VariantSpec;
	overrides?: Overrides;
	inputSize?: number;
	classes?: number;
	stepId: string;
	cause: Partial<ModelProblem>;
	words: RegExp;
}

const cases: Case[] = [
	{
		name: 'a kernel bigger than the padded input',
		variant: seed,
		overrides: { conv1: { kernel: 231, padding: 2 } },
		stepId: 'conv1',
		cause: { kind: 'no-output', w: 224, f: 231, p: 2, s: 4, n: 0 },
		words: /231×231 kernel does not fit.*only 228 pixels wide/
	},
	{
		name: 'an input too small for the whole net (PyTorch fails at pool5)',
		variant: seed,
		inputSize: 32,
		stepId: 'pool5',
		cause: { kind: 'no-output', window: 'pooling window', w: 1, n: 0 },
		words: /pool5: the 3×3 pooling window does not fit.*only 1 pixel wide/
	},
	{
		name: 'padding as wide as the kernel',
		variant: seed,
		overrides: { conv3: { padding: 3 } },
		stepId: 'conv3',
		cause: { kind: 'padding-vs-kernel', padding: 3, kernel: 3 },
		words: /padding \(3\) is as wide as the 3×3 kernel.*padded zeros/
	},
	{
		name: 'pool padding over half the window',
		variant: seed,
		overrides: { pool1: { padding: 2 } },
		stepId: 'pool1',
		cause: { kind: 'pool-padding', padding: 2, kernel: 3 },
		words: /more than half the 3×3 pooling window/
	},
	{
		name: 'stride 0',
		variant: seed,
		overrides: { conv1: { stride: 0 } },
		stepId: 'conv1',
		cause: { kind: 'not-whole', name: 'stride', value: 0, min: 1 },
		words: /^conv1: the stride must be a whole number of at least 1 \(it is 0\)\.$/
	},
	{
		name: 'a pool with stride 0',
		variant: torchvision,
		overrides: { pool2: { stride: 0 } },
		stepId: 'pool2',
		cause: { kind: 'not-whole', name: 'stride' },
		words: /stride must be a whole number/
	},
	{
		name: 'a fractional kernel',
		variant: seed,
		overrides: { conv2: { kernel: 2.5 } },
		stepId: 'conv2',
		cause: { kind: 'not-whole', name: 'kernel', value: 2.5 },
		words: /kernel size must be a whole number of at least 1 \(it is 2\.5\)/
	},
	{
		name: 'no output channels',
		variant: seed,
		overrides: { conv4: { outChannels: 0 } },
		stepId: 'conv4',
		cause: { kind: 'not-whole', name: 'outChannels', value: 0 },
		words: /number of output channels must be a whole number of at least 1/
	},
	{
		name: 'channels that groups=2 cannot split',
		variant: paper2012,
		overrides: { conv1: { outChannels: 95 } },
		stepId: 'conv2',
		cause: { kind: 'groups', groups: 2, inChannels: 95, outChannels: 256 },
		words: /groups=2.*95 input and 256 output channels must both split evenly/
	},
	{
		name: 'a flatten size that no longer fits fc1',
		variant: seed,
		overrides: { conv5: { outChannels: 100 } },
		stepId: 'fc1',
		cause: { kind: 'flatten-mismatch', expected: 4608, received: 3600, flattenedFrom: [100, 6, 6] },
		words: /built for 4608 inputs, but the layer before hands it 3600 \(the 100 × 6 × 6 map, flattened\).*mat1 and mat2/
	},
	{
		name: 'a negative input size',
		variant: torchvision,
		inputSize: -5,
		stepId: 'input',
		cause: { kind: 'bad-input-size', value: -5 },
		words: /^The input image must be a whole number of pixels wide, at least 1 \(it is −5\)\.$/
	},
	{
		name: 'a class count that is not a number',
		variant: seed,
		classes: Number.NaN,
		stepId: 'fc3',
		cause: { kind: 'bad-classes' },
		words: /^The number of classes must be a whole number of at least 1 \(it is not a number\)\.$/
	}
];

describe.each(cases)('$name', (c) => {
	const variant = c.overrides ? withOverrides(c.variant, c.overrides) : c.variant;
	const network = deriveNetwork(variant, { inputSize: c.inputSize, classes: c.classes });

	it('is reported once, at the step at fault, in words', () => {
		expect(network.valid).toBe(false);
		expect(network.problems).toHaveLength(1);
		const [problem] = network.problems;
		expect(problem.stepId).toBe(c.stepId);
		expect(problem.cause).toMatchObject(c.cause);
		expect(problem.message).toMatch(c.words);
	});

	it('keeps every derived number finite, whole and non-negative where it is a count', () => {
		expectAllFinite(network);
	});
});

it('keeps the numbers finite for an input size that is not a number', () => {
	const network = deriveNetwork(seed, { inputSize: Number.NaN });
	expect(network.inputSize).toBe(0);
	expect(network.problems.map((p) => p.message)).toEqual([
		'The input image must be a whole number of pixels wide, at least 1 (it is not a number).'
	]);
	expectAllFinite(network);
});

it('says "endless" rather than Infinity', () => {
	const network = deriveNetwork(withOverrides(seed, { conv2: { padding: Number.POSITIVE_INFINITY } }));
	expect(network.problems[0].message).toBe('conv2: the padding must be a whole number of at least 0 (it is endless).');
	expectAllFinite(network);
});

it('leaves a stride-0 layer without a formula, rather than dividing by zero', () => {
	const network = deriveNetwork(withOverrides(seed, { conv1: { stride: 0 } }));
	const conv1 = network.steps[0];
	expect([conv1.formula, conv1.outShape]).toEqual([null, [48, 0, 0]]);
});

it('gives the real negative N in the formula but a 0×0 map in the shape', () => {
	const network = deriveNetwork(torchvision, { inputSize: 1 });
	const conv1 = network.steps[0];
	expect(conv1.formula).toMatchObject({ w: 1, f: 11, p: 2, s: 4, n: -1, floored: true });
	expect(conv1.outShape).toEqual([64, 0, 0]);
	expect(network.problems[0].message).toContain('N = ⌊(1 − 11 + 2·2)/4⌋ + 1 = −1');
});

it('leaves the original variant untouched', () => {
	withOverrides(seed, { conv1: { kernel: 3, stride: 1, padding: 1, outChannels: 7 } });
	expect(seed.steps[0]).toMatchObject({ kernel: 11, stride: 4, padding: 2, outChannels: 48 });
});

it('treats an override left undefined as unchanged', () => {
	const variant = withOverrides(seed, { conv1: { kernel: undefined, padding: 3 } });
	expect(variant.steps[0]).toMatchObject({ kernel: 11, padding: 3 });
	expect(deriveNetwork(variant).valid).toBe(true);
});

it('ignores outChannels on a pool and keeps a valid variant valid', () => {
	const variant = withOverrides(seed, { pool1: { outChannels: 5 } });
	expect(variant.steps.find((s) => s.id === 'pool1')).not.toHaveProperty('outChannels');
	expect(deriveNetwork(variant).valid).toBe(true);
});
