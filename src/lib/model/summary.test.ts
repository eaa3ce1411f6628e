/** The torchinfo-style table and the JSON summary. */
import { describe, expect, it } from 'vitest';
import { deriveNetwork, moduleSteps } from './derive';
import { readGoldenCases } from './golden-cases';
import { groupThousands, summaryJson, summaryTable } from './summary';
import { seed, torchvision, variants } from './variants';

describe('summaryJson', () => {
	it('starts as the issue shows it', () => {
		const json = summaryJson(deriveNetwork(seed));
		expect(json.layers[0]).toEqual({
			name: 'features.0',
			type: 'Conv2d',
			outputShape: [48, 55, 55],
			params: 17472,
			macs: 52707600,
			receptiveField: 11
		});
		expect(Object.keys(json).slice(0, 2)).toEqual(['layers', 'totals']);
	});

	it.each(readGoldenCases().filter((c) => c.golden.error === null))(
		'lists PyTorch’s modules with PyTorch’s figures for $golden.case',
		({ golden }) => {
			const network = deriveNetwork(variants[golden.variant], { classes: golden.classes, inputSize: golden.inputSize });
			const json = summaryJson(network);
			expect(
				json.layers.map(({ name, type, outputShape, params, macs }) => ({ name, type, outputShape, params, macs }))
			).toEqual(
				golden.layers.map(({ name, type, outputShape, params, macs }) => ({ name, type, outputShape, params, macs }))
			);
			expect([json.totals.params, json.totals.macs]).toEqual([golden.totals.params, golden.totals.macs]);
			expect(json.problems).toEqual([]);
		}
	);

	it('carries the problems in words', () => {
		expect(summaryJson(deriveNetwork(seed, { inputSize: 32 })).problems).toEqual([
			expect.stringMatching(/^pool5: the 3×3 pooling window does not fit/)
		]);
	});
});

describe('summaryTable', () => {
	const network = deriveNetwork(torchvision);
	const table = summaryTable(network);
	const lines = table.split('\n');
	const columnStarts = [
		0,
		...['Output Shape', 'Param #', 'Mult-Adds', 'Receptive Field'].map((t) => lines[1].indexOf(t))
	];
	/** A row's cells, cut where the header's titles start. */
	const cells = (line: string): string[] =>
		columnStarts.map((start, i) => line.slice(start, columnStarts[i + 1] ?? line.length).trim());
	const row = (name: string): string[] => cells(lines.find((l) => l.includes(name)) as string);

	it('has one row per PyTorch module, in order, under its Sequential', () => {
		const rows = lines.filter((l) => /^(├─|│)/.test(l)).map((l) => cells(l)[0]);
		expect(rows).toEqual([
			'├─Sequential: features',
			...moduleSteps(network)
				.filter((s) => s.spec.group === 'features')
				.map((s) => `│    └─${s.torchType}: ${s.torchName}`),
			'├─AdaptiveAvgPool2d: avgpool',
			'├─Sequential: classifier',
			...moduleSteps(network)
				.filter((s) => s.spec.group === 'classifier')
				.map((s) => `│    └─${s.torchType}: ${s.torchName}`)
		]);
	});

	it('lines up its columns under the header', () => {
		expect(columnStarts.every((at, i) => i === 0 || at > columnStarts[i - 1])).toBe(true);
		expect(row('features.0')).toEqual(['│    └─Conv2d: features.0', '[1, 64, 55, 55]', '23,296', '70,276,800', '11']);
		expect(row('avgpool')).toEqual(['├─AdaptiveAvgPool2d: avgpool', '[1, 256, 6, 6]', '--', '--', '195']);
		expect(lines.every((l) => l === l.trimEnd())).toBe(true);
		const rule = lines[0];
		expect(lines.every((l) => l.length <= rule.length)).toBe(true);
	});

	it('shows -- where a module has no parameters, and no receptive field after flatten', () => {
		expect(row('ReLU: features.1').slice(2)).toEqual(['--', '--', '11']);
		expect(row('Linear: classifier.1').slice(2)).toEqual(['37,752,832', '37,748,736', '--']);
		expect(row('Sequential: classifier')).toEqual(['├─Sequential: classifier', '[1, 1000]', '--', '--', '--']);
	});

	it('ends with totals and sizes in MB', () => {
		const { params, macs } = network.totals;
		expect(table).toContain(`Total params: ${groupThousands(params)}\n`);
		expect(table).toContain('Total params: 61,100,840');
		expect(table).toContain(`Total mult-adds (M): ${(macs / 1e6).toFixed(2)}`);
		expect(table).toContain('Input size (MB): 0.60'); // 3·224·224·4 bytes
		expect(table).toContain('Params size (MB): 244.40'); // 61,100,840·4 bytes
		expect(table).toMatch(/Forward pass size \(MB\): \d+\.\d\d\nParams/);
	});

	it('ends with the problem, in words, when there is one', () => {
		expect(
			summaryTable(deriveNetwork(seed, { inputSize: 32 }))
				.split('\n')
				.at(-1)
		).toMatch(/^Problem: pool5: the 3×3 pooling window does not fit/);
	});
});
