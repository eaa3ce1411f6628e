/**
 * Generated PyTorch code: each layer's line, Python's float repr, and the whole
 * class run by Debian's PyTorch, which must print exactly `modelRepr`.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { deriveNetwork, moduleSteps, type Network } from './derive';
import { readPyFloatGoldens } from './golden-cases';
import { classSource, layerLines, modelRepr } from './pytorch';
import { pyFloat } from './python-format';
import { paper2012, seed, torchvision } from './variants';

const PYTHON = '/usr/bin/python3';

describe('pyFloat', () => {
	it.each(readPyFloatGoldens())('writes %s as Python writes %s', (value, repr) => {
		expect(pyFloat(value)).toBe(repr);
	});
});

describe('layerLines', () => {
	const network = deriveNetwork(seed);
	it.each([
		['conv1', 'nn.Conv2d(3, 48, kernel_size=11, stride=4, padding=2),  # output[48, 55, 55]'],
		['conv2', 'nn.Conv2d(48, 128, kernel_size=5, padding=2),  # output[128, 27, 27]'],
		['relu1', 'nn.ReLU(inplace=True),'],
		['pool5', 'nn.MaxPool2d(kernel_size=3, stride=2),  # output[128, 6, 6]'],
		['flatten', 'x = torch.flatten(x, start_dim=1)  # output[4608]'],
		['drop1', 'nn.Dropout(p=0.5),'],
		['fc1', 'nn.Linear(128 * 6 * 6, 2048),  # output[2048]'],
		['fc3', 'nn.Linear(2048, 1000),  # output[1000]']
	])('%s: %s', (id, line) => {
		expect(layerLines(network, id)).toEqual([line]);
	});

	it('writes the groups and LRN of the 2012 paper', () => {
		const paper = deriveNetwork(paper2012);
		expect(layerLines(paper, 'conv2')).toEqual([
			'nn.Conv2d(96, 256, kernel_size=5, padding=2, groups=2),  # output[256, 27, 27]'
		]);
		expect(layerLines(paper, 'norm1')).toEqual(['nn.LocalResponseNorm(size=5, alpha=0.0001, beta=0.75, k=2.0),']);
	});

	it('keeps fc1 written as 128 * 6 * 6 when a 7×7 map arrives, as its author wrote it', () => {
		expect(layerLines(deriveNetwork(seed, { inputSize: 256 }), 'fc1')).toEqual([
			'nn.Linear(128 * 6 * 6, 2048),  # output[2048]'
		]);
	});

	it('gives nothing for an unknown step', () => {
		expect(layerLines(network, 'conv9')).toEqual([]);
	});
});

/** Runs the generated class in PyTorch, with hooks on every module, and reads back what it printed. */
function runInPyTorch(network: Network): { repr: string; params: number; shapes: Record<string, number[]> } {
	const size = network.inputSize;
	const probe = [
		'import json',
		'torch.set_num_threads(1)',
		'shapes = {}',
		'for name, module in model.named_modules():',
		'    if not list(module.children()):',
		'        module.register_forward_hook(lambda m, i, o, name=name: shapes.__setitem__(name, list(o.shape[1:])))',
		'with torch.no_grad():',
		`    model(torch.zeros(1, 3, ${size}, ${size}))`,
		'print("@@" + json.dumps({"params": sum(p.numel() for p in model.parameters()), "shapes": shapes}))'
	].join('\n');
	const run = spawnSync(PYTHON, ['-'], { input: `${classSource(network)}\n${probe}\n`, encoding: 'utf8' });
	if (run.error || run.status !== 0) throw new Error(`${PYTHON} failed: ${run.error?.message ?? run.stderr}`);
	const [repr, report] = run.stdout.split('\n@@');
	return { repr, ...JSON.parse(report) };
}

describe.each([
	['seed', deriveNetwork(seed)],
	['seed with 10 classes', deriveNetwork(seed, { classes: 10 })],
	['torchvision', deriveNetwork(torchvision)],
	['paper2012', deriveNetwork(paper2012)]
])('the generated class for %s, run by python3-torch', (_name, network) => {
	const result = runInPyTorch(network);

	it('prints exactly modelRepr', () => {
		expect(result.repr).toBe(modelRepr(network));
	});

	it('has the description’s parameter count', () => {
		expect(result.params).toBe(network.totals.params);
	});

	it('produces the shapes its comments promise', () => {
		const promised = Object.fromEntries(moduleSteps(network).map((s) => [s.torchName, s.outShape]));
		expect(result.shapes).toEqual(promised);
	});
});
