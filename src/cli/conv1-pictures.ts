/**
 * `npm run conv1-pictures -- --model DIR`
 *
 * The model card's conv1 filters, before and after: draws conv1 of the model's
 * shipped weights and, if the folder keeps one, of the grey model it replaced
 * (conv1-grey.json) as PNG pictures, one pixel a weight, and writes
 * conv1-pictures.json beside them with their sizes and smoothness.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { readWeights } from '../lib/engine/weights';
import { filterSmoothness } from '../lib/evaluation/smoothness';
import { rgbKernelAtlas, type Kernels } from '../lib/visual/filters';
import type { Conv1Picture } from '../lib/components/modelcard/training';
import type { ModelJson } from '../lib/weights/manifest';
import { parseArgs, runCli, UsageError } from './args';

const USAGE = 'Usage: npm run conv1-pictures -- --model DIR';

function picture(kernels: Kernels, folder: string, file: string): Conv1Picture {
	const atlas = rgbKernelAtlas(kernels, Math.ceil(Math.sqrt(kernels.shape[0] * 2)));
	const png = new PNG({ width: atlas.width, height: atlas.height });
	png.data = Buffer.from(atlas.data.buffer, atlas.data.byteOffset, atlas.data.byteLength);
	writeFileSync(join(folder, file), PNG.sync.write(png));
	return {
		file,
		width: atlas.width,
		height: atlas.height,
		count: kernels.shape[0],
		smoothness: filterSmoothness(kernels.data, kernels.shape)
	};
}

function main(argv: readonly string[]): void {
	const args = parseArgs(argv, { values: ['model'], flags: ['help'] });
	const folder = args.string('model');
	if (!folder) throw new UsageError(USAGE);
	let manifest: ModelJson;
	let shards: ArrayBuffer[];
	try {
		manifest = JSON.parse(readFileSync(join(folder, 'model.json'), 'utf8')) as ModelJson;
		shards = manifest.weightsManifest
			.flatMap((group) => group.paths)
			.map((path) => {
				const bytes = readFileSync(join(folder, path));
				return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
			});
	} catch (error) {
		throw new UsageError(`Cannot read the model in ${folder}: ${(error as Error).message}`);
	}
	const conv1 = readWeights(manifest, shards).parameters.get('features.0.weight');
	if (!conv1) throw new UsageError(`${folder}: the weights hold no features.0.weight`);
	let before: Conv1Picture | null = null;
	try {
		const grey = JSON.parse(readFileSync(join(folder, 'conv1-grey.json'), 'utf8')) as {
			shape: number[];
			weights: number[];
		};
		before = picture({ shape: grey.shape, data: Float32Array.from(grey.weights) }, folder, 'conv1-before.png');
	} catch {
		before = null;
	}
	const after = picture(conv1 as Kernels, folder, 'conv1-after.png');
	writeFileSync(join(folder, 'conv1-pictures.json'), `${JSON.stringify({ before, after }, null, 1)}\n`);
	process.stdout.write(`conv1 pictures in ${folder}: ${before ? 'before and after' : 'after only'}\n`);
}

void runCli(main);
