/**
 * `npm run convert -- in.pth --out static/models/NAME [--quantize float16|uint8] [--labels labels.txt]
 *   [--preprocess imagenet|seed|fashion-mnist|fashion-photo] [--stats preprocessing.json] [--name "Display name"]
 *   [--dataset NAME] [--description TEXT] [--allow-nonfinite]`
 *
 * Reads a PyTorch checkpoint without running its code, finds its AlexNet
 * variant, and writes the weights the app loads: model.json (tfjs weights
 * manifest + model card) and its .bin shards. Any file that cannot be
 * converted, and any usage mistake: one line on stderr saying why, exit code 2,
 * nothing written.
 */
import { openAsBlob } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { blobSource } from '../lib/pth/byte-source';
import { PthError } from '../lib/pth/errors';
import { matchVariant, type VariantComparison } from '../lib/pth/match-variant';
import { readPthStateDict, type PthCheckpoint } from '../lib/pth/read-pth';
import { forEachFloat32 } from '../lib/pth/to-weights';
import { makeModelCard } from '../lib/weights/card';
import { countNonFinite, nonFiniteError, totalNonFinite, type NonFiniteTensor } from '../lib/weights/finite';
import {
	defaultLabelsFile,
	defaultPreset,
	parseChannelStats,
	presetNames,
	type ChannelStats,
	type PresetName
} from '../lib/weights/presets';
import { encodeTensor, writeWeights, type EncodedTensor, type Encoding } from '../lib/weights/writer';
import { errorReason, oneLineFailures, parseArgs, runCli, UsageError, type ParsedArgs } from './args';

const encodings = ['float32', 'float16', 'uint8'] as const satisfies readonly Encoding[];
const SHIPPED_LABELS = resolve(import.meta.dirname, '../../static/labels');

const USAGE =
	'Usage: npm run convert -- in.pth --out static/models/NAME [--quantize float16|uint8] [--labels labels.txt] ' +
	`[--preprocess ${presetNames.join('|')}] [--stats preprocessing.json] [--name "Display name"] [--dataset NAME] ` +
	'[--description TEXT] [--allow-nonfinite]';
/** A label file larger than this is a mistake (ImageNet-21k's 21,841 names are 500 KB): refused before reading. */
const MAX_LABELS_BYTES = 4 * 1024 * 1024;

/** The training run's per-channel mean and std (its preprocessing.json), for the card. */
async function readStats(path: string): Promise<ChannelStats> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		throw new UsageError(`Cannot read --stats ${path}: ${errorReason(error)}.`);
	}
	try {
		return parseChannelStats(JSON.parse(text));
	} catch (error) {
		throw new UsageError(`Bad --stats ${path}: ${(error as Error).message}`);
	}
}

/** One label a line (blank lines ignored), or a JSON list of strings for a .json file. */
async function readLabels(path: string): Promise<string[]> {
	const info = await stat(path).catch((error: unknown) => {
		throw new UsageError(`Cannot read --labels ${path}: ${errorReason(error)}.`);
	});
	if (!info.isFile()) throw new UsageError(`--labels ${path} is not a file.`);
	if (info.size > MAX_LABELS_BYTES) {
		throw new UsageError(
			`--labels ${path} is ${info.size.toLocaleString('en')} bytes; a label list is at most ${MAX_LABELS_BYTES.toLocaleString('en')}.`
		);
	}
	const text = await readFile(path, 'utf8').catch((error: unknown) => {
		throw new UsageError(`Cannot read --labels ${path}: ${errorReason(error)}.`);
	});
	if (extname(path) !== '.json')
		return text
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter(Boolean);
	let labels: unknown;
	try {
		labels = JSON.parse(text);
	} catch {
		throw new UsageError(`${path} is not valid JSON.`);
	}
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

/** --out naming a file is refused before the checkpoint is read; the folder is made only once there is something to write. */
async function checkOut(out: string): Promise<void> {
	const info = await stat(out).catch(() => null);
	if (info && !info.isDirectory()) throw new UsageError(`--out ${out} is a file, not a folder.`);
}

/**
 * Makes --out and any folders above it that are missing, one at a time.
 * (Node's `mkdir({ recursive: true })` never returns where the file system
 * refuses new folders with ENOENT, as /proc does.)
 */
async function makeOut(out: string): Promise<void> {
	const missing: string[] = [];
	for (let folder = resolve(out); !(await stat(folder).catch(() => null)); folder = dirname(folder)) {
		missing.unshift(folder);
		if (dirname(folder) === folder) break;
	}
	for (const folder of missing) {
		await mkdir(folder).catch((error: unknown) => {
			const refused = (error as NodeJS.ErrnoException).code === 'ENOENT';
			throw new UsageError(
				`Cannot create --out ${out}: ${refused ? `${dirname(folder)} does not take new folders` : errorReason(error)}.`
			);
		});
	}
}

/** Shards of an earlier conversion would linger beside the new model.json: remove them first (a link is removed, not followed). */
async function clearOldShards(folder: string): Promise<void> {
	const names = await readdir(folder).catch((error: unknown) => {
		throw new UsageError(`Cannot read --out ${folder}: ${errorReason(error)}.`);
	});
	for (const name of names.filter((n) => /^group\d+-shard\d+of\d+\.bin$/.test(n))) {
		await rm(join(folder, name)).catch((error: unknown) => {
			throw new UsageError(`Cannot remove the old shard ${join(folder, name)}: ${errorReason(error)}.`);
		});
	}
}

/**
 * Writes a file in --out without ever following a link there: the bytes go to
 * a new file (O_EXCL refuses any existing name, link or not) that then
 * replaces the name; rename replaces a symlink itself, never its target.
 */
async function writeFileSafely(folder: string, name: string, pieces: readonly (Uint8Array | string)[]): Promise<void> {
	const target = join(folder, name);
	const existing = await lstat(target).catch(() => null);
	if (existing?.isDirectory()) throw new UsageError(`Cannot write ${target}: it is a folder.`);
	const temporary = join(folder, `.${name}.${process.pid}.tmp`);
	try {
		const file = await open(temporary, 'wx');
		try {
			// writeFile continues from where the last one ended, and writes all of its piece.
			for (const piece of pieces) await file.writeFile(piece);
		} finally {
			await file.close();
		}
		await rename(temporary, target);
	} catch (error) {
		await rm(temporary, { force: true }).catch(() => {});
		throw new UsageError(`Cannot write ${target}: ${errorReason(error)}.`);
	}
}

/** A checkpoint's refusal (PthError) becomes the CLI's one line and exit code 2, naming the file. */
async function refused<T>(input: string, task: () => Promise<T> | T): Promise<T> {
	try {
		return await task();
	} catch (error) {
		if (!(error instanceof PthError)) throw error;
		throw new UsageError(`${input}: ${error.message}`);
	}
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(argv: readonly string[]): Promise<number> {
	const args = parseArgs(argv, {
		values: ['out', 'quantize', 'labels', 'preprocess', 'stats', 'name', 'dataset', 'description'],
		flags: ['help', 'allow-nonfinite'],
		maxPositional: 1
	});
	if (args.flag('help')) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const input = args.positional[0];
	const out = args.string('out');
	if (!input || !out) throw new UsageError(`Give the .pth file and --out. ${USAGE}`);
	const inputInfo = await stat(input).catch((error: unknown) => {
		throw new UsageError(`Cannot read ${input}: ${errorReason(error)}.`);
	});
	if (!inputInfo.isFile()) throw new UsageError(`${input} is not a file.`);
	const encoding = args.choice('quantize', encodings, 'float32');
	await checkOut(out);
	return oneLineFailures(`Cannot convert ${input}`, () => convert(args, input, out, encoding));
}

async function convert(args: ParsedArgs, input: string, out: string, encoding: Encoding): Promise<number> {
	const statsPath = args.string('stats');
	const stats = statsPath ? await readStats(statsPath) : undefined;

	// Read as a Blob: only the directory, the pickle and the weights' storages are loaded.
	const blob = await openAsBlob(input).catch((error: unknown) => {
		throw new UsageError(`Cannot read ${input}: ${errorReason(error)}.`);
	});
	const checkpoint: PthCheckpoint = await refused(input, () => readPthStateDict(blobSource(blob)));
	const match: VariantComparison = await refused(input, () =>
		matchVariant(new Map([...checkpoint.tensors].map(([key, tensor]) => [key, tensor.shape])))
	);
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

	// Each tensor is encoded as it is read, so a float16 or uint8 conversion holds one float32 tensor at a time.
	const tensors: EncodedTensor[] = [];
	const nonFinite: NonFiniteTensor[] = [];
	let params = 0;
	await refused(input, () =>
		forEachFloat32(checkpoint, match, (tensor) => {
			// Counted before quantisation: uint8's range would become NaN, and a NaN scale is written to JSON as null.
			const count = countNonFinite(tensor.values);
			if (count > 0) nonFinite.push({ name: tensor.name, count });
			params += tensor.values.length;
			tensors.push(encodeTensor(tensor, encoding));
		})
	);
	if (nonFinite.length > 0) {
		if (!args.flag('allow-nonfinite')) {
			const advice = ' To write them anyway (the model card then says so), add --allow-nonfinite.';
			await refused(input, () => {
				throw nonFiniteError(nonFinite, advice);
			});
		}
		if (encoding === 'uint8') {
			throw new UsageError('uint8 cannot hold NaN or infinite weights: use --quantize float16 or float32.');
		}
		card.nonFiniteWeights = totalNonFinite(nonFinite);
	}
	const { modelJson, shards } = writeWeights(card, tensors);
	await makeOut(out);
	await clearOldShards(out);
	for (const [name, pieces] of shards) await writeFileSafely(out, name, pieces);
	await writeFileSafely(out, 'model.json', [`${JSON.stringify(modelJson, null, '\t')}\n`]);

	const total = tensors.reduce((sum, t) => sum + t.bytes.length, 0);
	const lines = [
		...checkpoint.notes,
		...(card.nonFiniteWeights
			? [`Kept ${card.nonFiniteWeights} NaN or infinite weights (--allow-nonfinite); the model card says so.`]
			: []),
		`${match.variant} AlexNet, ${match.classes} classes, ${params.toLocaleString('en')} parameters.`,
		`Preprocessing: ${preset}${stats ? ` (mean and std from ${statsPath})` : ''}; labels: ${labels ? 'given' : 'placeholders (class 0 …)'}.`,
		`Wrote ${join(out, 'model.json')} and ${shards.size} shard${shards.size === 1 ? '' : 's'} (${encoding}, ${megabytes(total)}).`
	];
	process.stdout.write(`${lines.join('\n')}\n`);
	return 0;
}

await runCli(main);
