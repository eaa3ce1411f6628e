import { describe, expect, it } from 'vitest';
import { deriveNetwork, variants } from '../model';
import { asSquareMap, paintAtlas } from './atlas';
import { colourLut, diverging, lutIndex, parseRgb, sequential } from './colour';
import { gridLayout, neighbourTile, tileAt, tileOrigin } from './layout';
import { channelExtents, channelScales } from './range';
import { fieldGeometry, receptiveField } from './receptive';
import { signedSteps } from './signedness';

describe('colour', () => {
	it('parses both forms d3 interpolators return', () => {
		expect(parseRgb('rgb(12, 34, 255)')).toEqual([12, 34, 255]);
		expect(parseRgb('#0a0b0c')).toEqual([10, 11, 12]);
	});

	it('maps zero to the neutral middle of the diverging map and negatives to purple', () => {
		const lut = colourLut(diverging);
		const scale = { domain: [-2, 2] as [number, number], signed: true };
		const [r, g, b] = lut.slice(lutIndex(0, scale) * 3, lutIndex(0, scale) * 3 + 3);
		expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThan(12);
		const low = lut.slice(0, 3);
		expect(low[2]).toBeGreaterThan(low[0]);
		const high = lut.slice(lut.length - 3);
		expect(high[0]).toBeGreaterThan(high[2]);
	});

	it('runs the sequential map from dark to light', () => {
		const lut = colourLut(sequential);
		const luma = (i: number) => lut[i * 3] + lut[i * 3 + 1] + lut[i * 3 + 2];
		expect(luma(255)).toBeGreaterThan(luma(128));
		expect(luma(128)).toBeGreaterThan(luma(0));
	});
});

describe('range', () => {
	const data = Float32Array.from([-1, 0, 2, 3, 0, 0, 0, 0]);
	const extents = channelExtents(data, 2);

	it('finds each channel extent', () => {
		expect(extents).toEqual([
			{ min: -1, max: 3 },
			{ min: 0, max: 0 }
		]);
	});

	it('keeps signed scales symmetric and shares them by layer or network', () => {
		const network = { min: -10, max: 5 };
		expect(channelScales('channel', extents, true, network)[0].domain).toEqual([-3, 3]);
		expect(channelScales('layer', extents, false, network)[1].domain).toEqual([-1, 3]);
		expect(channelScales('network', extents, true, network)[1].domain).toEqual([-10, 10]);
	});
});

describe('atlas', () => {
	it('paints every channel into its own tile, varying where the values vary', () => {
		const activation = new Float32Array(3 * 2 * 2);
		activation.set([0, 1, 2, 3], 4);
		const lut = colourLut(sequential);
		const scales = channelScales('channel', channelExtents(activation, 3), false, { min: 0, max: 3 });
		const atlas = paintAtlas(activation, [3, 2, 2], 2, scales, lut);
		expect([atlas.width, atlas.height]).toEqual([4, 4]);
		const pixel = (x: number, y: number) => Array.from(atlas.data.slice((y * 4 + x) * 4, (y * 4 + x) * 4 + 4));
		expect(pixel(0, 0)).toEqual(pixel(1, 1));
		expect(pixel(2, 0)).toEqual([...lut.slice(0, 3), 255]);
		expect(pixel(3, 1)).toEqual([...lut.slice(255 * 3), 255]);
		expect(pixel(2, 2)[3]).toBe(0);
	});

	it('lays a vector out as a square, marking the unused cells', () => {
		const { data, shape } = asSquareMap(new Float32Array(10));
		expect(shape).toEqual([1, 3, 4]);
		expect(Number.isNaN(data[10])).toBe(true);
	});
});

describe('layout', () => {
	it('fits 384 tiles into the space given with the largest whole cell', () => {
		const layout = gridLayout({ count: 384, width: 800, maxHeight: 600 });
		expect(layout.rows * layout.columns).toBeGreaterThanOrEqual(384);
		expect(layout.height).toBeLessThanOrEqual(600);
		expect(gridLayout({ count: 384, width: 800, maxHeight: 600, minCell: layout.cell + 1 }).height).toBeGreaterThan(
			600
		);
	});

	it('finds tiles under points and by arrow keys', () => {
		const layout = gridLayout({ count: 10, width: 100, maxHeight: 1000, maxCell: 30, gap: 2 });
		expect(layout.columns).toBe(3);
		const { x, y } = tileOrigin(layout, 4);
		expect(tileAt(layout, x + 1, y + 1)).toBe(4);
		expect(tileAt(layout, x + layout.cell, y)).toBe(-1);
		expect(neighbourTile(layout, 4, 'ArrowDown')).toBe(7);
		expect(neighbourTile(layout, 8, 'ArrowDown')).toBe(8);
		expect(neighbourTile(layout, 9, 'ArrowRight')).toBe(9);
		expect(neighbourTile(layout, 3, 'ArrowUp')).toBe(0);
	});
});

describe('signedness', () => {
	it('marks conv and linear outputs signed and everything after ReLU unsigned', () => {
		const signed = signedSteps(deriveNetwork(variants.paper2012).steps);
		expect(signed.get('conv1')).toBe(true);
		expect(signed.get('norm1')).toBe(false);
		expect(signed.get('pool5')).toBe(false);
		expect(signed.get('fc3')).toBe(true);
		expect(signed.get('softmax')).toBe(false);
	});
});

describe('receptive field', () => {
	it('agrees with the derived field sizes for every variant', () => {
		for (const variant of Object.values(variants)) {
			const network = deriveNetwork(variant);
			const geometry = fieldGeometry(network.steps);
			for (const step of network.steps) expect(geometry.get(step.id)?.rf).toBe(step.receptiveField);
		}
	});

	it("places conv1's windows at stride 4 starting inside the padding of 2", () => {
		const network = deriveNetwork(variants.seed);
		const conv1 = fieldGeometry(network.steps).get('conv1')!;
		expect(receptiveField(conv1, 0, 0, 224)).toEqual({ x: 0, y: 0, width: 9, height: 9 });
		expect(receptiveField(conv1, 1, 2, 224)).toEqual({ x: 6, y: 2, width: 11, height: 11 });
		expect(receptiveField(conv1, 54, 54, 224)).toEqual({ x: 214, y: 214, width: 10, height: 10 });
	});

	it('lets one pool5 cell see a large part of the image', () => {
		const network = deriveNetwork(variants.seed);
		const pool5 = fieldGeometry(network.steps).get('pool5')!;
		expect(pool5.rf).toBe(195);
		expect(pool5.jump).toBe(32);
	});
});
