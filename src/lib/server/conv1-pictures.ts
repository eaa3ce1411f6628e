/**
 * conv1's filters as small PNG pictures for the model card, made when the page is prerendered:
 * the shipped colour model's and the grey model's it replaced (conv1-grey.json), each with its smoothness.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { readWeights } from '$lib/engine/weights';
import { filterSmoothness } from '$lib/evaluation/smoothness';
import { rgbKernelAtlas, type Kernels } from '$lib/visual/filters';
import type { ModelJson } from '$lib/weights/manifest';

export interface Conv1Picture {
	/** A PNG data URL, one pixel a weight, transparent gaps between the filters. */
	src: string;
	width: number;
	height: number;
	count: number;
	smoothness: number;
}

function picture(kernels: Kernels): Conv1Picture {
	const atlas = rgbKernelAtlas(kernels, Math.ceil(Math.sqrt(kernels.shape[0] * 2)));
	const png = PNG.sync.write(
		Object.assign(new PNG({ width: atlas.width, height: atlas.height }), {
			data: Buffer.from(atlas.data.buffer, atlas.data.byteOffset, atlas.data.byteLength)
		})
	);
	return {
		src: `data:image/png;base64,${png.toString('base64')}`,
		width: atlas.width,
		height: atlas.height,
		count: kernels.shape[0],
		smoothness: filterSmoothness(kernels.data, kernels.shape)
	};
}

/** Reads the model folder from disk (`static/...`) and draws conv1 of its weights and, if kept, of the grey model. */
export function conv1Pictures(folder: string): { after: Conv1Picture; before: Conv1Picture | null } {
	const manifest = JSON.parse(readFileSync(join(folder, 'model.json'), 'utf8')) as ModelJson;
	const shards = manifest.weightsManifest
		.flatMap((group) => group.paths)
		.map((path) => {
			const bytes = readFileSync(join(folder, path));
			return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
		});
	const conv1 = readWeights(manifest, shards).parameters.get('features.0.weight');
	if (!conv1) throw new Error(`${folder}: the weights hold no features.0.weight`);
	let before: Conv1Picture | null = null;
	try {
		const grey = JSON.parse(readFileSync(join(folder, 'conv1-grey.json'), 'utf8')) as {
			shape: number[];
			weights: number[];
		};
		before = picture({ shape: grey.shape, data: Float32Array.from(grey.weights) });
	} catch {
		before = null;
	}
	return { after: picture(conv1), before };
}
