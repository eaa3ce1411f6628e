/**
 * `npm run predict -- --weights DIR (--input x.npy | --image photo.jpg) [--backend wasm|cpu] [--json]`
 *
 * Runs the engine in Node on one image: x.npy is a float32 [1, 3, H, W] or
 * [3, H, W] array already preprocessed; --image applies the model card's
 * preprocessing to a JPEG or PNG. Prints the top-5 classes, or with --json
 * {"backend", "logits", "top5"}. Any bad path, shape or file: one line, exit 2.
 */
import { readFile, stat } from 'node:fs/promises';
import { MAX_FILE_BYTES } from '../lib/image/limits';
import { preprocess } from '../lib/image/preprocess';
import { createNodeEngine, nodeBackends, readWeightsSource } from '../lib/engine/node';
import { parseNpy } from '../lib/engine/npy';
import { topK } from '../lib/engine/top-k';
import type { BackendName, InputTensor } from '../lib/engine/types';
import type { ModelCard } from '../lib/weights/manifest';
import { oneLineFailures, parseArgs, runCli, UsageError } from './args';
import { decodeImageFile } from './read-image';
import { errorMessage } from '../lib/errors';

const USAGE =
	'Usage: npm run predict -- --weights DIR (--input x.npy | --image photo.jpg|png) [--backend wasm|cpu] [--json]';

/** File and shape problems are the user's to fix: one line and exit code 2, like a usage mistake. */
async function orUsageError<T>(what: string, task: () => Promise<T> | T): Promise<T> {
	try {
		return await task();
	} catch (error) {
		const reason = errorMessage(error);
		throw new UsageError(`${what}: ${reason}`);
	}
}

async function readInput(path: string, image: boolean, card: ModelCard): Promise<InputTensor> {
	// Refused by size before reading, as the browser does: a picture of gigabytes is never loaded.
	const info = await orUsageError(`Cannot read ${path}`, () => stat(path));
	if (image && info.size > MAX_FILE_BYTES) {
		throw new UsageError(
			`Bad --image: ${path} is ${info.size.toLocaleString('en')} bytes, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB the app opens.`
		);
	}
	const bytes = await orUsageError(`Cannot read ${path}`, () => readFile(path));
	if (image) {
		const pixels = await orUsageError('Bad --image', () => decodeImageFile(bytes, path));
		const { data, size } = preprocess(pixels, card.preprocessing);
		return { data, shape: [3, size, size] };
	}
	const input = await orUsageError(`Bad --input ${path}`, () => parseNpy(bytes));
	if (input.shape.length === 4 && input.shape[0] !== 1) {
		throw new UsageError(
			`Bad --input ${path}: predict takes one image, [1, 3, H, W] or [3, H, W], not [${input.shape.join(', ')}].`
		);
	}
	return input;
}

async function main(argv: readonly string[]): Promise<number> {
	const args = parseArgs(argv, { values: ['weights', 'input', 'image', 'backend'], flags: ['json', 'help'] });
	if (args.flag('help')) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const dir = args.string('weights');
	const inputPath = args.string('input');
	const imagePath = args.string('image');
	if (!dir) throw new UsageError(`--weights is required. ${USAGE}`);
	if (!inputPath === !imagePath) throw new UsageError(`Give exactly one of --input and --image. ${USAGE}`);
	const backend = args.choice('backend', nodeBackends, 'wasm');
	const inputArg = (inputPath ?? imagePath) as string;
	return oneLineFailures(`Cannot predict ${inputArg} with ${dir}`, () =>
		predict(dir, inputArg, Boolean(imagePath), backend, args.flag('json'))
	);
}

async function predict(
	dir: string,
	inputPath: string,
	image: boolean,
	backend: BackendName,
	json: boolean
): Promise<number> {
	const engine = createNodeEngine();
	const info = await engine.selectBackend(backend);
	const model = await orUsageError(`Bad --weights ${dir}`, async () => engine.load(await readWeightsSource(dir)));
	const input = await readInput(inputPath, image, model.card);
	const result = await orUsageError('Bad input', () => engine.run(input, { activations: false }));
	const top5 = topK(result.probabilities, model.card.labels, 5);

	if (json) {
		process.stdout.write(`${JSON.stringify({ backend: info.name, logits: Array.from(result.logits), top5 })}\n`);
	} else {
		process.stdout.write(
			`${model.card.name} on ${info.name} (${info.adapter}), ${result.timings.totalMs.toFixed(0)} ms\n`
		);
		top5.forEach((r, i) =>
			process.stdout.write(
				`${i + 1}. ${r.label.padEnd(24)} ${(100 * r.p).toFixed(2).padStart(6)} %  (class ${r.index})\n`
			)
		);
	}
	engine.dispose();
	return 0;
}

void runCli(main);
