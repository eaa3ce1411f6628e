/**
 * `npm run convert -- in.pth --out static/models/NAME [--quantize float16|uint8] [--labels labels.txt]
 *   [--preprocess imagenet|seed|fashion-mnist|fashion-photo] [--stats preprocessing.json] [--name "Display name"]
 *   [--dataset NAME] [--description TEXT]`
 *
 * Reads a PyTorch checkpoint without running its code, finds its AlexNet
 * variant, and writes the weights the app loads: model.json (tfjs weights
 * manifest + model card) and its .bin shards. Exit code 2 for a usage mistake,
 * 1 when the file cannot be converted (the message says why).
 */
import { existsSync, openAsBlob } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { blobSource } from '../lib/pth/byte-source';
import { PthError } from '../lib/pth/errors';
import { matchVariant, type VariantComparison } from '../lib/pth/match-variant';
import { readPthStateDict, type PthCheckpoint } from '../lib/pth/read-pth';
import { readAllFloat32 } from '../lib/pth/to-weights';
import { makeModelCard } from '../lib/weights/card';
import {
	defaultLabelsFile,
	defaultPreset,
	parseChannelStats,
	presetNames,
	type ChannelStats,
	type PresetName
} from '../lib/weights/presets';
import { encodeTensor, writeWeights, type Encoding } from '../lib/weights/writer';
import { parseArgs, runCli, UsageError } from './args';

const encodings = ['float32', 'float16', 'uint8'] as const satisfies readonly Encoding[];
const SHIPPED_LABELS = resolve(import.meta.dirname, '../../static/labels');

const USAGE =
	'Usage: npm run convert -- in.pth --out static/models/NAME [--quantize float16|uint8] [--labels labels.txt] ' +
	`[--preprocess ${presetNames.join('|')}] [--stats preprocessing.json] [--name "Display name"] [--dataset NAME] ` +
	'[--description TEXT]';

/** The training run's per-channel mean and std (its preprocessing.json), for the card. */
async function readStats(path: string): Promise<ChannelStats> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch {
		throw new UsageError(`Cannot read --stats ${path}.`);
	}
	try {
		return parseChannelStats(JSON.parse(text));
	} catch (error) {
		throw new UsageError(`Bad --stats ${path}: ${(error as Error).message}`);
	}
}

/** One label a line (blank lines ignored), or a JSON list of strings for a .json file. */
async function readLabels(path: string): Promise<string[]> {
	const text = await readFile(path, 'utf8');
	if (extname(path) !== '.json')
		return text
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter(Boolean);
	const labels: unknown = JSON.parse(text);
	if (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string')) {
		throw new UsageError(`${path} must hold a JSON list of strings.`);
	}
	return labels;
}

async function labelsFor(path: string | undefined, preset: PresetName, classes: number): Promise<string[] | undefined> {
	if (path) return readLabels(path);
	const shipped = defaultLabelsFile(preset, classes);
	return shipped ? readLabels(join(SHIPPED_LABELS, `${shipped}.json`)) : undefined;
}

/** Shards of an earlier conversion would linger beside the new model.json: remove them first. */
async function clearOldShards(folder: string): Promise<void> {
	const names = await readdir(folder).catch(() => [] as string[]);
	await Promise.all(names.filter((n) => /^group\d+-shard\d+of\d+\.bin$/.test(n)).map((n) => rm(join(folder, n))));
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(argv: readonly string[]): Promise<number> {
	const args = parseArgs(argv, {
		values: ['out', 'quantize', 'labels', 'preprocess', 'stats', 'name', 'dataset', 'description'],
		flags: ['help'],
		maxPositional: 1
	});
	if (args.flag('help')) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const input = args.positional[0];
	const out = args.string('out');
	if (!input || !out) throw new UsageError(`Give the .pth file and --out. ${USAGE}`);
	if (!existsSync(input)) throw new UsageError(`No such file: ${input}`);
	const encoding = args.choice('quantize', encodings, 'float32');
	const statsPath = args.string('stats');
	const stats = statsPath ? await readStats(statsPath) : undefined;

	let checkpoint: PthCheckpoint;
	let match: VariantComparison;
	try {
		// Read as a Blob: only the directory, the pickle and the weights' storages are loaded.
		checkpoint = await readPthStateDict(blobSource(await openAsBlob(input)));
		match = matchVariant(new Map([...checkpoint.tensors].map(([key, tensor]) => [key, tensor.shape])));
	} catch (error) {
		if (!(error instanceof PthError)) throw error;
		process.stderr.write(`${input}: ${error.message}\n`);
		return 1;
	}
	const preset = args.choice('preprocess', presetNames, defaultPreset(match.variant, match.classes));
	const labels = await labelsFor(args.string('labels'), preset, match.classes);
	if (labels && labels.length !== match.classes) {
		throw new UsageError(`The model has ${match.classes} classes but ${labels.length} labels were given.`);
	}
	const card = makeModelCard({
		name: args.string('name') ?? basename(resolve(out)),
		variant: match.variant,
		classes: match.classes,
		inputSize: match.network.inputSize,
		preset,
		stats,
		labels,
		source: `Converted from ${basename(input)} by npm run convert`,
		dataset: args.string('dataset'),
		description: args.string('description')
	});

	const tensors = await readAllFloat32(checkpoint, match);
	const { modelJson, shards } = writeWeights(
		card,
		tensors.map((t) => encodeTensor(t, encoding))
	);
	await mkdir(out, { recursive: true });
	await clearOldShards(out);
	for (const [name, bytes] of shards) await writeFile(join(out, name), bytes);
	await writeFile(join(out, 'model.json'), `${JSON.stringify(modelJson, null, '\t')}\n`);

	const total = [...shards.values()].reduce((sum, s) => sum + s.length, 0);
	const params = tensors.reduce((sum, t) => sum + t.values.length, 0);
	const lines = [
		...checkpoint.notes,
		`${match.variant} AlexNet, ${match.classes} classes, ${params.toLocaleString('en')} parameters.`,
		`Preprocessing: ${preset}${stats ? ` (mean and std from ${statsPath})` : ''}; labels: ${labels ? 'given' : 'placeholders (class 0 …)'}.`,
		`Wrote ${join(out, 'model.json')} and ${shards.size} shard${shards.size === 1 ? '' : 's'} (${encoding}, ${megabytes(total)}).`
	];
	process.stdout.write(`${lines.join('\n')}\n`);
	return 0;
}

await runCli(main);
