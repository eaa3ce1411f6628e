/**
 * `npm run evaluate -- --model DIR --dataset fashion-mnist [--limit N] [--batch B] [--backend wasm|cpu] [--json]`
 *
 * Measures a shipped model with our own TypeScript engine, from its files:
 * every test image goes through the model card's preprocessing and the
 * forward pass; prints the top-1 accuracy and the confusion matrix.
 */
import { loadFashionMnist } from '../lib/datasets/fashion-mnist';
import { createNodeEngine, nodeBackends, readWeightsSource } from '../lib/engine/node';
import { confusionTable, evaluatePredictions } from '../lib/evaluation/confusion';
import { preprocess } from '../lib/image/preprocess';
import { parseArgs, runCli, UsageError } from './args';

const USAGE =
	'Usage: npm run evaluate -- --model DIR --dataset fashion-mnist [--limit N] [--batch B] [--backend wasm|cpu] [--json]';
const datasets = ['fashion-mnist'] as const;

function argmax(row: Float32Array): number {
	let best = 0;
	for (let i = 1; i < row.length; i++) if (row[i] > row[best]) best = i;
	return best;
}

async function main(argv: readonly string[]): Promise<number> {
	const args = parseArgs(argv, { values: ['model', 'dataset', 'limit', 'batch', 'backend'], flags: ['json', 'help'] });
	if (args.flag('help')) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const dir = args.string('model');
	if (!dir) throw new UsageError(`--model is required. ${USAGE}`);
	const dataset = args.choice('dataset', datasets, 'fashion-mnist');
	const backend = args.choice('backend', nodeBackends, 'wasm');
	const batch = args.wholeNumber('batch', 25, { min: 1, max: 256 });

	let test;
	try {
		test = loadFashionMnist('test');
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const limit = args.wholeNumber('limit', test.count, { min: 1, max: test.count });

	const engine = createNodeEngine();
	const info = await engine.selectBackend(backend);
	let model;
	try {
		model = await engine.load(await readWeightsSource(dir));
	} catch (error) {
		throw new UsageError(`Bad --model ${dir}: ${(error as Error).message}`);
	}
	const { card } = model;
	if (card.classes !== 10) throw new UsageError(`${dataset} has 10 classes; the model at ${dir} has ${card.classes}.`);

	const area = test.width * test.height;
	const predicted = new Uint8Array(limit);
	const started = performance.now();
	for (let first = 0; first < limit; first += batch) {
		const n = Math.min(batch, limit - first);
		let size = 0;
		let data: Float32Array | null = null;
		for (let i = 0; i < n; i++) {
			const pixels = {
				data: test.images.subarray((first + i) * area, (first + i + 1) * area),
				width: test.width,
				height: test.height,
				channels: 1 as const
			};
			const one = preprocess(pixels, card.preprocessing);
			size = one.size;
			data ??= new Float32Array(n * one.data.length);
			data.set(one.data, i * one.data.length);
		}
		const result = await engine.run({ data: data as Float32Array, shape: [n, 3, size, size] }, { activations: false });
		for (let i = 0; i < n; i++)
			predicted[first + i] = argmax(result.logits.subarray(i * card.classes, (i + 1) * card.classes));
		if (!args.flag('json') && process.stderr.isTTY) process.stderr.write(`\r${first + n}/${limit}`);
	}
	const seconds = (performance.now() - started) / 1000;
	engine.dispose();

	const evaluation = evaluatePredictions(test.labels.subarray(0, limit), predicted, card.classes);
	if (args.flag('json')) {
		const report = {
			model: card.name,
			dataset,
			backend: info.name,
			seconds: Number(seconds.toFixed(1)),
			...evaluation
		};
		process.stdout.write(`${JSON.stringify(report)}\n`);
	} else {
		if (process.stderr.isTTY) process.stderr.write('\n');
		process.stdout.write(
			`${card.name} on ${dataset} test (${limit} images), ${info.name}, ${seconds.toFixed(1)} s\n` +
				`top-1 accuracy: ${(100 * evaluation.accuracy).toFixed(2)} % (${evaluation.correct}/${limit})\n\n` +
				`${confusionTable(evaluation, card.labels)}\n`
		);
	}
	return 0;
}

void runCli(main);
