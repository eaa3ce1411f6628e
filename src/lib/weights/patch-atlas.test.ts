/** The patch atlas: every crop lands in its own place and reads back unchanged; the index survives JSON and refuses junk. */
import { describe, expect, it } from 'vitest';
import {
	atlasLayout,
	blankAtlas,
	isPatchIndexPath,
	layerPatches,
	patchRect,
	peaksOf,
	placePatch,
	readLayerPatches,
	readPatch,
	readPatchIndex
} from './patch-atlas';

const crop = 4;
function patch(seed: number) {
	const data = new Uint8ClampedArray(crop * crop * 4).map((_, i) => (seed * 31 + i * 7) % 256);
	return { data, width: crop, height: crop };
}

describe('patch atlas', () => {
	it('lays out 3 × 3 blocks in a near-square grid, each crop in a place of its own', () => {
		const layout = atlasLayout(48, 9, crop);
		expect([layout.columns, layout.width, layout.height]).toEqual([7, 7 * 3 * crop, 7 * 3 * crop]);
		const places = new Set<string>();
		for (let c = 0; c < 48; c++)
			for (let r = 0; r < 9; r++) {
				const { x, y } = patchRect(layout, c, r);
				expect(x + crop).toBeLessThanOrEqual(layout.width);
				expect(y + crop).toBeLessThanOrEqual(layout.height);
				places.add(`${x},${y}`);
			}
		expect(places.size).toBe(48 * 9);
		expect(patchRect(layout, 8, 4)).toEqual({ x: (3 + 1) * crop, y: (3 + 1) * crop });
	});

	it('reads back every crop it placed', () => {
		const layout = atlasLayout(10, 9, crop);
		const atlas = blankAtlas(layout);
		for (let c = 0; c < 10; c++) for (let r = 0; r < 9; r++) placePatch(atlas, layout, c, r, patch(c * 9 + r));
		for (let c = 0; c < 10; c++)
			for (let r = 0; r < 9; r++) expect(readPatch(atlas, layout, c, r)).toEqual(patch(c * 9 + r));
	});

	it('keeps the peaks through JSON, and refuses what is not an index', () => {
		const lists = [[{ image: 3, value: 2.5, row: 1, column: 2 }], []];
		const json = JSON.parse(JSON.stringify(layerPatches('conv2', lists)));
		const back = readLayerPatches(json, 'conv2', 9);
		expect(peaksOf(back, 0)).toEqual(lists[0]);
		expect(peaksOf(back, 1)).toEqual([]);
		expect(() => readLayerPatches(json, 'conv3', 9)).toThrow(/not the patch list of conv3/);
		expect(() => readLayerPatches({ ...json, channels: 3 }, 'conv2', 9)).toThrow();
		const index = { version: 1, model: 'm', dataset: 'd', images: 10, crop: 32, top: 9, layers: ['conv1'] };
		expect(readPatchIndex(JSON.parse(JSON.stringify(index)))).toEqual(index);
		expect(() => readPatchIndex({ ...index, layers: ['../x'] })).toThrow(/not a patch index/);
		expect(() => readPatchIndex(null)).toThrow();
	});
});

describe('the card’s patches path', () => {
	it('is a plain relative path to a JSON file inside the model folder', () => {
		expect(['patches/patches.json', 'patches.json', 'a-b/c_d.json'].every(isPatchIndexPath)).toBe(true);
		const bad = ['../patches.json', '/patches.json', 'https://x.org/p.json', 'patches/', 'p.png', 'a//b.json', 3];
		expect(bad.filter(isPatchIndexPath)).toEqual([]);
	});
});
