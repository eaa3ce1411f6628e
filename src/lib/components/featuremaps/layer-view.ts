/**
 * What a grid needs to draw one step's output: the values as C×H×W (a vector
 * laid out as one square map), a colour scale per channel for the range mode,
 * and the colour map for the sign of the values.
 */
import type { Activation } from '$lib/engine';
import { asSquareMap } from '$lib/visual/atlas';
import { colourLut, diverging, sequential, type ColourScale, type Interpolator } from '$lib/visual/colour';
import { channelExtents, channelScales, type Extent, type RangeMode } from '$lib/visual/range';

export interface LayerView {
	data: Float32Array;
	shape: [number, number, number];
	/** False for fc outputs, shown as one square map of numbers rather than channels. */
	spatial: boolean;
	scales: ColourScale[];
	interpolator: Interpolator;
	lut: Uint8Array;
}

const luts = new Map<Interpolator, Uint8Array>();
const lutFor = (interpolator: Interpolator) => {
	let lut = luts.get(interpolator);
	if (!lut) luts.set(interpolator, (lut = colourLut(interpolator)));
	return lut;
};

export function layerView(activation: Activation, signed: boolean, mode: RangeMode, network: Extent): LayerView {
	const spatial = activation.shape.length === 3;
	const { data, shape } = spatial
		? { data: activation.data, shape: activation.shape as [number, number, number] }
		: asSquareMap(activation.data);
	const scales = channelScales(mode, channelExtents(data, shape[0]), signed, network);
	const interpolator = signed ? diverging : sequential;
	return { data, shape, spatial, scales, interpolator, lut: lutFor(interpolator) };
}
