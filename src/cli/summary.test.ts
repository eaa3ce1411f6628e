/** The summary CLI, run as `npm run summary` runs it (tsx), for each format and for mistakes. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { classSource, deriveNetwork, modelRepr, summaryJson, summaryTable, variants } from '../lib/model';

function summary(...args: string[]) {
	const run = spawnSync('npx', ['tsx', 'src/cli/summary.ts', ...args], { encoding: 'utf8' });
	if (run.error) throw run.error;
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('formats', () => {
	it('json: the description’s summary, PyTorch’s names', () => {
		const run = summary('--variant', 'seed', '--classes', '10', '--format', 'json');
		expect([run.status, run.stderr]).toEqual([0, '']);
		const network = deriveNetwork(variants.seed, { classes: 10 });
		expect(JSON.parse(run.stdout)).toEqual(summaryJson(network));
		expect(run.stdout.startsWith('{"layers":[{"name":"features.0","type":"Conv2d","outputShape":[48,55,55]')).toBe(
			true
		);
	});

	it('table: the torchinfo-style table (the default format)', () => {
		const run = summary('--variant', 'torchvision', '--input', '256');
		expect(run.status).toBe(0);
		expect(run.stdout).toBe(`${summaryTable(deriveNetwork(variants.torchvision, { inputSize: 256 }))}\n`);
	});

	it('repr: print(model), exactly', () => {
		const run = summary('--variant', 'paper2012', '--format', 'repr');
		expect(run.stdout).toBe(`${modelRepr(deriveNetwork(variants.paper2012))}\n`);
	});

	it('pytorch: the class source', () => {
		const run = summary('--format=pytorch', '--variant=torchvision', '--classes', '5');
		expect(run.stdout).toBe(classSource(deriveNetwork(variants.torchvision, { classes: 5 })));
	});
});

describe('mistakes', () => {
	it.each([
		[['--variant', 'vgg16'], 'Unknown --variant "vgg16": choose seed, torchvision or paper2012.'],
		[['--variant', 'seed', '--classes', 'ten'], '--classes must be a whole number from 1 to 100000 (got "ten").'],
		[['--variant', 'seed', '--classes', '0'], '--classes must be a whole number from 1 to 100000 (got "0").'],
		[['--input', '-3'], '--input must be a whole number from 1 to 4096 (got "-3").'],
		[['--variant', 'seed', '--input'], '--input needs a value.'],
		[['--input', '22.5'], '--input must be a whole number from 1 to 4096 (got "22.5").'],
		[['--format', 'yaml'], 'Unknown --format "yaml": choose table, json, repr or pytorch.'],
		[['--colour'], 'Unknown option --colour: known are --variant, --classes, --input, --format, --help.']
	])('%j: one line and exit code 2', (args, message) => {
		const run = summary(...args);
		expect(run).toEqual({ status: 2, stdout: '', stderr: `${message}\n` });
	});

	it('prints an impossible configuration with its problem, and exits 1', () => {
		const run = summary('--variant', 'seed', '--input', '32', '--format', 'json');
		expect(run.status).toBe(1);
		expect(JSON.parse(run.stdout).problems).toEqual([expect.stringMatching(/^pool5: /)]);
	});
});
