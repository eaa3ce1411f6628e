/**
 * `npm run patches -- --model DIR --dataset fashion-mnist [--limit N] [--batch B] [--crop PX] [--backend wasm|cpu]`
 *
 * For every channel of every conv layer (after its ReLU), the 9 test pictures
 * that excite it most, found with our own engine over the test set, and the
 * part of each picture the channel's maximum saw (its receptive field). Writes
 * DIR/patches/: patches.json, and per layer LAYER.png (the crops) and
 * LAYER.json (which picture, how strong, where): src/lib/weights/patch-atlas.ts.
 * The model card in DIR/model.json then names the index, so the page asks for
 * patches only for models that have them: run this after `convert`.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { loadFashionMnist, type LabelledImages } from '../lib/datasets/fashion-mnist';
import { channelMaxima } from '../lib/engine/explain/channel-peaks';
import { convIds } from '../lib/engine/explain/steps';
import { TopPeaks, type Peak } from '../lib/engine/explain/top-peaks';
import { createNodeEngine, nodeBackends, readWeightsSource } from '../lib/engine/node';
import { normalise, resizeToInput, type Pixels } from '../lib/image/preprocess';
import type { Rgba } from '../lib/visual/atlas';
import type { ModelJson } from '../lib/weights/manifest';
import { fieldGeometry } from '../lib/visual/receptive';
import { cropPatch, patchBox } from '../lib/visual/top-patches';
import {
	atlasLayout,
	blankAtlas,
	layerPatches,
	PATCH_INDEX_FILE,
	PATCHES_DIR,
	placePatch,
	type PatchIndex
} from '../lib/weights/patch-atlas';
import { parseArgs, runCli, UsageError } from './args';

const USAGE =
	'Usage: npm run patches -- --model DIR --dataset fashion-mnist [--limit N] [--batch B] [--crop PX] [--backend wasm|cpu]';
const datasets = ['fashion-mnist'] as const;
const TOP = 9;
/** How the page names the set searched. */
const datasetNames: Record<(typeof datasets)[number], string> = { 'fashion-mnist': 'Fashion-MNIST test' };

function picture(test: LabelledImages, i: number): Pixels {
	const area = test.width * test.height;
	return { data: test.images.subarray(i * area, (i + 1) * area), width: test.width, height: test.height, channels: 1 };
}

/** PNG bytes of an atlas: grey when every pixel is, which is about a third of the size. */
function pngBytes(atlas: Rgba): Buffer {
	const d = atlas.data;
	let grey = true;
	for (let i = 0; i < d.length && grey; i += 4) grey = d[i] === d[i + 1] && d[i] === d[i + 2];
	const png = new PNG({ width: atlas.width, height: atlas.height });
	png.data = Buffer.from(d.buffer, d.byteOffset, d.byteLength);
	return PNG.sync.write(png, { colorType: grey ? 0 : 2, inputColorType: 6, deflateLevel: 9 });
}

async function main(argv: readonly string[]): Promise<number> {
	const args = parseArgs(argv, {
		values: ['model', 'dataset', 'limit', 'batch', 'crop', 'backend'],
		flags: ['help']
	});
	if (args.flag('help')) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const dir = args.string('model');
	if (!dir) throw new UsageError(`--model is required. ${USAGE}`);
	const dataset = args.choice('dataset', datasets, 'fashion-mnist');
	const backend = args.choice('backend', nodeBackends, 'wasm');
	const batch = args.wholeNumber('batch', 25, { min: 1, max: 256 });
	const crop = args.wholeNumber('crop', 32, { min: 8, max: 128 });
	let test: LabelledImages;
	try {
		test = loadFashionMnist('test');
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const count = args.wholeNumber('limit', test.count, { min: 1, max: test.count });

	const engine = createNodeEngine();
	await engine.selectBackend(backend);
	let model;
	try {
		model = await engine.load(await readWeightsSource(dir));
	} catch (error) {
		engine.dispose();
		throw new UsageError(`Bad --model ${dir}: ${(error as Error).message}`);
	}
	const { card } = model;
	const pre = card.preprocessing;
	const started = performance.now();
	try {
		const layers = await engine.withModel(async ({ network }) => convIds(network));
		const tops = new Map<string, TopPeaks>();
		for (let first = 0; first < count; first += batch) {
			const n = Math.min(batch, count - first);
			const inputs = Array.from({ length: n }, (_, i) => {
				const { planes, size } = resizeToInput(picture(test, first + i), pre);
				return { data: normalise(planes, size, pre), size };
			});
			const size = inputs[0].size;
			const data = new Float32Array(n * 3 * size * size);
			inputs.forEach((input, i) => data.set(input.data, i * input.data.length));
			const found = await engine.withModel((m) => channelMaxima(m, { data, shape: [n, 3, size, size] }, layers));
			for (const f of found) {
				if (!tops.has(f.layer)) tops.set(f.layer, new TopPeaks(f.channels, TOP));
				tops.get(f.layer)!.add(f, first);
			}
			if (process.stderr.isTTY) process.stderr.write(`\r${first + n}/${count}`);
		}
		if (process.stderr.isTTY) process.stderr.write('\n');

		const out = join(dir, PATCHES_DIR);
		// Not recursive: the model folder exists (its model.json was read), and a recursive mkdir never
		// returns where a file system refuses new folders with ENOENT (as /proc does).
		if (!existsSync(out)) mkdirSync(out);
		const geometry = await engine.withModel(async ({ network }) => fieldGeometry(network.steps));
		const lines: string[] = [];
		for (const layer of layers) {
			const lists = tops.get(layer)!.lists;
			const layout = atlasLayout(lists.length, TOP, crop);
			const atlas = blankAtlas(layout);
			// Each picture is resized once, however many of its patches are kept.
			const byImage = new Map<number, { channel: number; rank: number; peak: Peak }[]>();
			lists.forEach((list, channel) =>
				list.forEach((peak, rank) => {
					const uses = byImage.get(peak.image) ?? [];
					uses.push({ channel, rank, peak });
					byImage.set(peak.image, uses);
				})
			);
			for (const [image, uses] of byImage) {
				const { planes, size } = resizeToInput(picture(test, image), pre);
				for (const { channel, rank, peak } of uses) {
					const box = patchBox(geometry.get(layer)!, peak.row, peak.column, size);
					placePatch(atlas, layout, channel, rank, cropPatch(planes, size, box, crop));
				}
			}
			writeFileSync(join(out, `${layer}.png`), pngBytes(atlas));
			writeFileSync(join(out, `${layer}.json`), JSON.stringify(layerPatches(layer, lists)));
			const bytes = statSync(join(out, `${layer}.png`)).size + statSync(join(out, `${layer}.json`)).size;
			lines.push(
				`${layer}: ${lists.length} channels, ${layout.width}×${layout.height} px, ${(bytes / 1024).toFixed(0)} KiB`
			);
		}
		const index: PatchIndex = {
			version: 1,
			model: card.name,
			dataset: datasetNames[dataset],
			images: count,
			crop,
			top: TOP,
			layers
		};
		writeFileSync(join(out, PATCH_INDEX_FILE), `${JSON.stringify(index)}\n`);
		const modelJson = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as ModelJson;
		modelJson.modelCard.patches = `${PATCHES_DIR}/${PATCH_INDEX_FILE}`;
		writeFileSync(join(dir, 'model.json'), `${JSON.stringify(modelJson, null, '\t')}\n`);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		process.stdout.write(
			`${[`${count} pictures of ${datasetNames[dataset]} in ${seconds} s → ${out}`, ...lines].join('\n')}\n`
		);
	} finally {
		engine.dispose();
	}
	return 0;
}

void runCli(main);
