/**
 * `npm run summary -- --variant seed|torchvision|paper2012 [--classes N] [--input 224] [--format table|json|repr|pytorch]`
 *
 * Prints what the model description derives: a torchinfo-style table, JSON,
 * the text of PyTorch's print(model), or the PyTorch class itself. Exit code 2
 * for a usage mistake, 1 when the configuration cannot work (the output says why).
 */
import {
	classSource,
	deriveNetwork,
	modelRepr,
	summaryJson,
	summaryTable,
	variantIds,
	variants,
	type Network
} from '../lib/model';
import { parseArgs, runCli } from './args';

const formats = ['table', 'json', 'repr', 'pytorch'] as const;
type Format = (typeof formats)[number];

const USAGE = `Usage: npm run summary -- --variant ${variantIds.join('|')} [--classes N] [--input SIZE] [--format ${formats.join('|')}]`;

const render: Record<Format, (network: Network) => string> = {
	table: summaryTable,
	json: (network) => JSON.stringify(summaryJson(network)),
	repr: modelRepr,
	pytorch: classSource
};

function main(argv: readonly string[]): number {
	const args = parseArgs(argv, { values: ['variant', 'classes', 'input', 'format'], flags: ['help'] });
	if (args.flag('help')) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const variant = variants[args.choice('variant', variantIds, 'seed')];
	const network = deriveNetwork(variant, {
		classes: args.wholeNumber('classes', variant.defaultClasses, { min: 1, max: 100_000 }),
		inputSize: args.wholeNumber('input', variant.defaultInputSize, { min: 1, max: 4096 })
	});
	const format = args.choice('format', formats, 'table');
	process.stdout.write(`${render[format](network).replace(/\n$/, '')}\n`);
	for (const problem of network.problems) {
		if (format === 'repr' || format === 'pytorch') process.stderr.write(`Problem: ${problem.message}\n`);
	}
	return network.valid ? 0 : 1;
}

await runCli(main);
