/**
 * Which values set a colour map's ends: each channel on its own (every tile
 * uses its full contrast), the whole layer (tiles can be compared), or the whole
 * network (layers can be compared). Signed maps stay symmetric so zero keeps
 * the neutral colour.
 */
import type { ColourScale } from './colour';

export type RangeMode = 'channel' | 'layer' | 'network';

export const rangeModes: RangeMode[] = ['channel', 'layer', 'network'];

export interface Extent {
	min: number;
	max: number;
}

/** Min and max of each channel of a C×H×W (or flat, C = 1) activation; NaN cells (padding) never compare, so are skipped. */
export function channelExtents(data: Float32Array, channels: number): Extent[] {
	const area = data.length / channels;
	const extents: Extent[] = [];
	for (let c = 0; c < channels; c++) {
		let min = Infinity;
		let max = -Infinity;
		for (let i = c * area, end = i + area; i < end; i++) {
			const v = data[i];
			if (v < min) min = v;
			if (v > max) max = v;
		}
		extents.push({ min, max });
	}
	return extents;
}

export function mergeExtents(extents: readonly Extent[]): Extent {
	let min = Infinity;
	let max = -Infinity;
	for (const e of extents) {
		if (e.min < min) min = e.min;
		if (e.max > max) max = e.max;
	}
	return { min, max };
}

/** The colour scale for a set of values: [−m, m] when signed, [0, max] otherwise. */
export function scaleFor(extent: Extent, signed: boolean): ColourScale {
	if (signed) {
		const m = Math.max(Math.abs(extent.min), Math.abs(extent.max));
		return { domain: [-m, m], signed };
	}
	return { domain: [Math.min(0, extent.min), extent.max], signed };
}

/** One scale per channel, following the chosen range mode. */
export function channelScales(
	mode: RangeMode,
	channels: readonly Extent[],
	signed: boolean,
	network: Extent
): ColourScale[] {
	if (mode === 'channel') return channels.map((e) => scaleFor(e, signed));
	const shared = scaleFor(mode === 'layer' ? mergeExtents(channels) : network, signed);
	return channels.map(() => shared);
}

/** Extent over every feature map (C×H×W output) of a pass, for the "whole network" range; cached per pass. */
const networkCache = new WeakMap<object, Extent>();
export function networkExtent(activations: Iterable<{ shape: number[]; data: Float32Array }>, key: object): Extent {
	let extent = networkCache.get(key);
	if (!extent) {
		const maps = Array.from(activations).filter((a) => a.shape.length === 3);
		extent = mergeExtents(maps.flatMap((a) => channelExtents(a.data, a.shape[0])));
		networkCache.set(key, extent);
	}
	return extent;
}
