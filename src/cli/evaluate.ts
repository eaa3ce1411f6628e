/**
 * `npm run evaluate -- --model DIR (--dataset fashion-mnist | --images FOLDER) [--limit N] [--batch B]
 *   [--backend wasm|cpu] [--json]`
 *
 * Measures a shipped model with our own TypeScript engine, from its files:
 * every picture goes through the model card's preprocessing and the forward
 * pass; prints the top-1 accuracy, the confusion matrix and how smooth conv1's
 * filters are. `--images` reads any folder of JPEGs and PNGs, one subfolder
 * per class (src/cli/image-folder.ts): what cannot be read is reported, not fatal.
 */
import { loadFashionMnist } from '../lib/datasets/fashion-mnist';
import { createNodeEngine, nodeBackends, readWeightsSource } from '../lib/engine/node';
import { readWeights } from '../lib/engine/weights';
import { confusionTable, evaluatePredictions } from '../lib/evaluation/confusion';
import { filterSmoothness } from '../lib/evaluation/smoothness';
import { preprocess, type Pixels } from '../lib/image/preprocess';
import type { ModelJson } from '../lib/weights/manifest';
import { parseArgs, runCli, UsageError } from './args';
import { listImageFolder, readFolderPicture, type FolderProblem } from './image-folder';

const USAGE =
	'Usage: npm run evaluate -- --model DIR (--dataset fashion-mnist | --images FOLDER) [--limit N] [--batch B] ' +
	'[--backend wasm|cpu] [--json]';
const datasets = ['fashion-mnist'] as const;

/** Where the labelled pictures come from: `count` of them, read one at a time in order. */
interface PictureSource {
	/** For the report: `fashion-mnist` or the folder. */
	name: string;
	count: number;
	/** The picture and its class, or null when it cannot be read (then `problems` says why). */
	read(index: number): Promise<{ pixels: Pixels; label: number } | null>;
	problems: FolderProblem[];
	unknownFolders: string[];
}

function fashionMnistSource(limit: (total: number) => number): PictureSource {
	let test;
	try {
		test = loadFashionMnist('test');
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const area = test.width * test.height;
	const { images, labels, width, height } = test;
	return {
		name: 'fashion-mnist',
		count: limit(test.count),
		read: async (i) => ({
			pixels: { data: images.subarray(i * area, (i + 1) * area), width, height, channels: 1 },
			label: labels[i]
		}),
		problems: [],
		unknownFolders: []
	};
}

function imageFolderSource(root: string, labels: string[], limit: (total: number) => number): PictureSource {
	let folder;
	try {
		folder = listImageFolder(root, labels);
	} catch (error) {
		throw new UsageError(`Cannot read --images ${root}: ${(error as Error).message}`);
	}
	if (folder.pictures.length === 0) {
		throw new UsageError(
			`--images ${root} holds no pictures in folders named after the model's labels (${labels.join(', ')}).`
		);
	}
	const source: PictureSource = {
		name: root,
		count: limit(folder.pictures.length),
		read: async (i) => {
			const picture = folder.pictures[i];
			const result = await readFolderPicture(root, picture);
			if ('problem' in result) {
				source.problems.push(result.problem);
				return null;
			}
			return { pixels: result.pixels, label: picture.label };
		},
		problems: [...folder.skipped],
		unknownFolders: folder.unknownFolders
	};
	return source;
}

function argmax(row: Float32Array): number {
	let best = 0;
	for (let i = 1; i < row.length; i++) if (row[i] > row[best]) best = i;
	return best;
}

/** conv1's smoothness from the shipped (dequantised) weights: the first four-dimensional parameter. */
function conv1Smoothness(manifest: ModelJson, data: ArrayBuffer[]): number | null {
	const decoded = readWeights(manifest, data);
	const conv1 = [...decoded.parameters.values()].find((p) => p.shape.length === 4);
	return conv1 ? Number(filterSmoothness(conv1.data, conv1.shape).toFixed(4)) : null;
}

async function main(argv: readonly string[]): Promise<number> {
	const args = parseArgs(argv, {
		values: ['model', 'dataset', 'images', 'limit', 'batch', 'backend'],
		flags: ['json', 'help']
	});
	if (args.flag('help')) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const dir = args.string('model');
	if (!dir) throw new UsageError(`--model is required. ${USAGE}`);
	const imagesRoot = args.string('images');
	if (imagesRoot && args.string('dataset')) throw new UsageError(`Give --dataset or --images, not both. ${USAGE}`);
	const dataset = args.choice('dataset', datasets, 'fashion-mnist');
	const backend = args.choice('backend', nodeBackends, 'wasm');
	const batch = args.wholeNumber('batch', 25, { min: 1, max: 256 });
	const limit = (total: number) => args.wholeNumber('limit', total, { min: 1, max: total });

	const engine = createNodeEngine();
	const info = await engine.selectBackend(backend);
	let model;
	let smoothness;
	try {
		const { manifest, data } = await readWeightsSource(dir);
		smoothness = conv1Smoothness(manifest, data);
		model = await engine.load({ manifest, data });
	} catch (error) {
		engine.dispose();
		throw new UsageError(`Bad --model ${dir}: ${(error as Error).message}`);
	}
	const { card } = model;
	let source: PictureSource;
	try {
		if (imagesRoot) source = imageFolderSource(imagesRoot, card.labels, limit);
		else {
			source = fashionMnistSource(limit);
			if (card.classes !== 10)
				throw new UsageError(`${dataset} has 10 classes; the model at ${dir} has ${card.classes}.`);
		}
	} catch (error) {
		engine.dispose();
		throw error;
	}

	const truth: number[] = [];
	const predicted: number[] = [];
	const started = performance.now();
	for (let first = 0; first < source.count; first += batch) {
		const n = Math.min(batch, source.count - first);
		const inputs: Float32Array[] = [];
		const labels: number[] = [];
		let size = 0;
		for (let i = first; i < first + n; i++) {
			const picture = await source.read(i);
			if (!picture) continue;
			const one = preprocess(picture.pixels, card.preprocessing);
			size = one.size;
			inputs.push(one.data);
			labels.push(picture.label);
		}
		if (inputs.length) {
			const data = new Float32Array(inputs.length * inputs[0].length);
			inputs.forEach((input, i) => data.set(input, i * input.length));
			const result = await engine.run({ data, shape: [inputs.length, 3, size, size] }, { activations: false });
			labels.forEach((label, i) => {
				truth.push(label);
				predicted.push(argmax(result.logits.subarray(i * card.classes, (i + 1) * card.classes)));
			});
		}
		if (!args.flag('json') && process.stderr.isTTY) process.stderr.write(`\r${first + n}/${source.count}`);
	}
	const seconds = (performance.now() - started) / 1000;
	engine.dispose();

	const evaluation = evaluatePredictions(truth, predicted, card.classes);
	if (args.flag('json')) {
		const report = {
			model: card.name,
			dataset: source.name,
			backend: info.name,
			seconds: Number(seconds.toFixed(1)),
			...evaluation,
			perClass: Object.fromEntries(card.labels.map((label, i) => [label, perClassCounts(evaluation.confusion, i)])),
			conv1Smoothness: smoothness,
			...(imagesRoot
				? { unreadable: source.problems, unknownFolders: source.unknownFolders, pictures: source.count }
				: {})
		};
		process.stdout.write(`${JSON.stringify(report)}\n`);
	} else {
		if (process.stderr.isTTY) process.stderr.write('\n');
		const what = imagesRoot ? `the pictures in ${imagesRoot}` : `${dataset} test`;
		const lines = [
			`${card.name} on ${what} (${evaluation.count} images), ${info.name}, ${seconds.toFixed(1)} s`,
			`top-1 accuracy: ${(100 * evaluation.accuracy).toFixed(2)} % (${evaluation.correct}/${evaluation.count})`,
			...(smoothness === null ? [] : [`conv1 smoothness: ${smoothness.toFixed(3)} (random initialisation ≈ 0)`]),
			...source.unknownFolders.map((f) => `skipped folder ${f}/: it names none of the model's labels`),
			...source.problems.map((p) => `skipped: ${p.reason}`),
			'',
			confusionTable(evaluation, card.labels)
		];
		process.stdout.write(`${lines.join('\n')}\n`);
	}
	return 0;
}

/** One class's row of the confusion matrix as counts: how many pictures, how many right. */
function perClassCounts(confusion: number[][], c: number): { count: number; correct: number; accuracy: number } {
	const count = confusion[c].reduce((a, b) => a + b, 0);
	return { count, correct: confusion[c][c], accuracy: count ? confusion[c][c] / count : 0 };
}

void runCli(main);
