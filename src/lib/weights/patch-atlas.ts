/**
 * Top-activating patches shipped beside a model, in `patches/`, named by the
 * model card (`patches: "patches/patches.json"`, so the page asks for them
 * only when they exist): `patches.json` says which layers have an atlas; per layer, `LAYER.png` holds
 * the crops (a 3 × 3 block of `crop`-pixel squares per channel, blocks in a
 * near-square grid: `atlasLayout`) and `LAYER.json` which picture each came from, how strongly it
 * excited the channel and where. Written by `npm run patches`, read lazily by
 * the channel view when a layer's channel is opened.
 */
import type { Rgba } from '../visual/atlas';
import type { Peak } from '../engine/explain/top-peaks';

export const PATCH_INDEX_FILE = 'patches.json';
export const PATCHES_DIR = 'patches';

/** A card's `patches`: a plain relative path inside the model's folder, nothing that could leave it. */
export function isPatchIndexPath(path: unknown): path is string {
	return typeof path === 'string' && /^[\w-]+(\/[\w-]+)*\.json$/.test(path);
}

export interface PatchIndex {
	version: 1;
	/** The model card's name and the set searched, for the caption. */
	model: string;
	dataset: string;
	/** How many pictures were searched. */
	images: number;
	/** Side of one crop in the atlas, in pixels. */
	crop: number;
	/** Patches per channel (9). */
	top: number;
	/** Layers with an atlas, in forward order. */
	layers: string[];
}

export interface LayerPatches {
	layer: string;
	channels: number;
	/** Per channel, strongest first: [picture, value, row, column]. */
	peaks: [number, number, number, number][][];
}

export interface AtlasLayout {
	crop: number;
	top: number;
	/** Crops per side of one channel's block. */
	side: number;
	columns: number;
	width: number;
	height: number;
}

export function atlasLayout(channels: number, top: number, crop: number): AtlasLayout {
	const side = Math.ceil(Math.sqrt(top));
	const columns = Math.ceil(Math.sqrt(channels));
	const rows = Math.ceil(channels / columns);
	return { crop, top, side, columns, width: columns * side * crop, height: rows * side * crop };
}

/** Where crop `rank` of `channel` lies in the atlas. */
export function patchRect(layout: AtlasLayout, channel: number, rank: number): { x: number; y: number } {
	const { crop, side, columns } = layout;
	return {
		x: ((channel % columns) * side + (rank % side)) * crop,
		y: (Math.floor(channel / columns) * side + Math.floor(rank / side)) * crop
	};
}

export function blankAtlas(layout: AtlasLayout): Rgba {
	return { data: new Uint8ClampedArray(layout.width * layout.height * 4), width: layout.width, height: layout.height };
}

export function placePatch(atlas: Rgba, layout: AtlasLayout, channel: number, rank: number, patch: Rgba): void {
	const { x, y } = patchRect(layout, channel, rank);
	for (let row = 0; row < layout.crop; row++) {
		const from = row * layout.crop * 4;
		atlas.data.set(patch.data.subarray(from, from + layout.crop * 4), ((y + row) * atlas.width + x) * 4);
	}
}

export function readPatch(atlas: Rgba, layout: AtlasLayout, channel: number, rank: number): Rgba {
	const { x, y } = patchRect(layout, channel, rank);
	const { crop } = layout;
	const data = new Uint8ClampedArray(crop * crop * 4);
	for (let row = 0; row < crop; row++) {
		const from = ((y + row) * atlas.width + x) * 4;
		data.set(atlas.data.subarray(from, from + crop * 4), row * crop * 4);
	}
	return { data, width: crop, height: crop };
}

export function layerPatches(layer: string, lists: Peak[][]): LayerPatches {
	return {
		layer,
		channels: lists.length,
		peaks: lists.map((list) => list.map((p) => [p.image, Number(p.value.toPrecision(5)), p.row, p.column]))
	};
}

export function peaksOf(patches: LayerPatches, channel: number): Peak[] {
	return (patches.peaks[channel] ?? []).map(([image, value, row, column]) => ({ image, value, row, column }));
}

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

/** Checks what came over the network before the page trusts it. */
export function readPatchIndex(json: unknown): PatchIndex {
	const i = json as Partial<PatchIndex> | null;
	if (
		!i ||
		i.version !== 1 ||
		typeof i.model !== 'string' ||
		typeof i.dataset !== 'string' ||
		!isCount(i.images) ||
		!isCount(i.crop) ||
		!isCount(i.top) ||
		!Array.isArray(i.layers) ||
		!i.layers.every((l) => typeof l === 'string' && /^[\w-]+$/.test(l))
	) {
		throw new Error('patches.json is not a patch index of version 1.');
	}
	return i as PatchIndex;
}

export function readLayerPatches(json: unknown, layer: string, top: number): LayerPatches {
	const p = json as Partial<LayerPatches> | null;
	const peaksOk =
		Array.isArray(p?.peaks) &&
		p.peaks.length === p.channels &&
		p.peaks.every(
			(list) =>
				Array.isArray(list) &&
				list.length <= top &&
				list.every((e) => Array.isArray(e) && e.length === 4 && e.every((v) => typeof v === 'number'))
		);
	if (!p || p.layer !== layer || !isCount(p.channels) || !peaksOk) {
		throw new Error(`${layer}.json is not the patch list of ${layer}.`);
	}
	return p as LayerPatches;
}
