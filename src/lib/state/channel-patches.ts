/**
 * The top-activating patches the channel view shows, from one of two places:
 * - the atlas shipped beside the default model (`npm run patches`), fetched
 *   one layer at a time when a channel of that layer is opened;
 * - for any other weights, the same search run in the page over the sample
 *   gallery (a handful of pictures, so a much weaker claim), on request.
 */
import type { Explainer } from './image.svelte';
import { TopPeaks, type Peak } from '../engine/explain/top-peaks';
import { decodeImage } from '../image/decode';
import { normalise, resizeToInput } from '../image/preprocess';
import { samplesFor, type Sample } from '../image/samples';
import type { Network } from '../model';
import type { Rgba } from '../visual/atlas';
import { fieldGeometry } from '../visual/receptive';
import { cropPatch, patchBox } from '../visual/top-patches';
import type { ModelCard } from '../weights/manifest';
import { atlasLayout, peaksOf, readLayerPatches, readPatch, readPatchIndex } from '../weights/patch-atlas';

export interface ChannelPatch {
	picture: Rgba;
	value: number;
	/** Which picture it was cut from: a test-set index or a sample's title. */
	from: string;
}

/** One layer's patches: what was searched, and each channel's top crops. */
export interface LayerPatchSet {
	origin: 'atlas' | 'gallery';
	/** How many pictures were searched, and which set. */
	images: number;
	dataset: string;
	channel(channel: number): ChannelPatch[];
}

async function fetchOk(url: URL): Promise<Response> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}.`);
	return response;
}

async function decodePng(response: Response): Promise<Rgba> {
	const bitmap = await createImageBitmap(await response.blob(), {
		premultiplyAlpha: 'none',
		colorSpaceConversion: 'none'
	});
	const canvas = document.createElement('canvas');
	canvas.width = bitmap.width;
	canvas.height = bitmap.height;
	const context = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
	context.drawImage(bitmap, 0, 0);
	bitmap.close();
	const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
	return { data, width: canvas.width, height: canvas.height };
}

// Private caches of promises, never read reactively: plain Maps on purpose.
const indexes = new Map<string, Promise<ReturnType<typeof readPatchIndex>>>();
const atlases = new Map<string, Promise<LayerPatchSet | null>>();

/** The atlas of `layer` whose index is at `indexPath` beside `modelUrl` (the card's `patches`); null when it has no such layer. */
export function atlasPatches(modelUrl: string, indexPath: string, layer: string): Promise<LayerPatchSet | null> {
	const indexUrl = new URL(indexPath, new URL(modelUrl, location.href));
	const base = new URL('./', indexUrl);
	const key = `${indexUrl}|${layer}`;
	let found = atlases.get(key);
	if (!found) {
		let index = indexes.get(indexUrl.href);
		if (!index) {
			index = fetchOk(indexUrl).then(async (r) => readPatchIndex(await r.json()));
			index.catch(() => indexes.delete(indexUrl.href));
			indexes.set(indexUrl.href, index);
		}
		found = index.then(async (i) => {
			if (!i.layers.includes(layer)) return null;
			const [list, atlas] = await Promise.all([
				fetchOk(new URL(`${layer}.json`, base)).then(async (r) => readLayerPatches(await r.json(), layer, i.top)),
				fetchOk(new URL(`${layer}.png`, base)).then(decodePng)
			]);
			const layout = atlasLayout(list.channels, i.top, i.crop);
			return {
				origin: 'atlas',
				images: i.images,
				dataset: i.dataset,
				channel: (c: number) =>
					peaksOf(list, c).map((p, rank) => ({
						picture: readPatch(atlas, layout, c, rank),
						value: p.value,
						from: `#${p.image}`
					}))
			} satisfies LayerPatchSet;
		});
		// A failed fetch is tried again next time.
		found.catch(() => atlases.delete(key));
		atlases.set(key, found);
	}
	return found;
}

const GALLERY_CROP = 48;
const GALLERY_BATCH = 2;

/**
 * Every conv layer's top patches over the sample gallery, with the weights the engine holds.
 * `onProgress(done, total)` after each batch of pictures.
 */
export async function galleryPatches(
	explainer: Explainer,
	card: ModelCard,
	network: Network,
	sampleUrl: (sample: Sample) => string,
	onProgress: (done: number, total: number) => void
): Promise<Map<string, LayerPatchSet>> {
	const samples = samplesFor(card);
	const pre = card.preprocessing;
	const layers = network.steps.filter((s) => s.kind === 'conv').map((s) => s.id);
	const tops = new Map<string, TopPeaks>();
	const pictures: { planes: Float32Array[]; size: number }[] = [];
	onProgress(0, samples.length);
	for (let first = 0; first < samples.length; first += GALLERY_BATCH) {
		const batch = samples.slice(first, first + GALLERY_BATCH);
		const inputs = await Promise.all(
			batch.map(async (sample) => {
				const blob = await (await fetchOk(new URL(sampleUrl(sample), location.href))).blob();
				return resizeToInput((await decodeImage(blob, sample.title)).pixels, pre);
			})
		);
		pictures.push(...inputs);
		const size = inputs[0].size;
		const data = new Float32Array(inputs.length * 3 * size * size);
		inputs.forEach(({ planes }, i) => data.set(normalise(planes, size, pre), i * 3 * size * size));
		const found = await explainer.channelMaxima({ data, shape: [inputs.length, 3, size, size] }, layers);
		for (const f of found) {
			if (!tops.has(f.layer)) tops.set(f.layer, new TopPeaks(f.channels, 9));
			tops.get(f.layer)!.add(f, first);
		}
		onProgress(first + batch.length, samples.length);
	}
	const geometry = fieldGeometry(network.steps);
	const crop = (layer: string, p: Peak): ChannelPatch => {
		const { planes, size } = pictures[p.image];
		const box = patchBox(geometry.get(layer)!, p.row, p.column, size);
		return { picture: cropPatch(planes, size, box, GALLERY_CROP), value: p.value, from: samples[p.image].title };
	};
	return new Map(
		layers.map((layer) => [
			layer,
			{
				origin: 'gallery',
				images: samples.length,
				dataset: 'sample gallery',
				channel: (c: number) => (tops.get(layer)?.lists[c] ?? []).map((p) => crop(layer, p))
			} satisfies LayerPatchSet
		])
	);
}

/** Gallery results per weights, for this visit. */
const galleries = new Map<string, Map<string, LayerPatchSet>>();

export const galleryFor = (weightsKey: string) => galleries.get(weightsKey);
export const keepGallery = (weightsKey: string, sets: Map<string, LayerPatchSet>) => galleries.set(weightsKey, sets);
