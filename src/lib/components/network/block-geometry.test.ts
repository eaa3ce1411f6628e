import { expect, test } from 'vitest';
import { deriveNetwork, seed } from '$lib/model';
import { blockGeometry, MAX_FACE } from './block-geometry';

const network = deriveNetwork(seed);
const geometryOf = blockGeometry(network);

test('maps are boxes that shrink with the map and deepen with the channels', () => {
	const input = geometryOf(network.inputShape, 'input');
	const conv1 = geometryOf([48, 55, 55], 'conv');
	const conv3 = geometryOf([192, 13, 13], 'conv');
	if (input.form !== 'box' || conv1.form !== 'box' || conv3.form !== 'box') throw new Error('expected boxes');
	expect(input.face).toBe(MAX_FACE);
	expect(conv1.face).toBeGreaterThan(conv3.face);
	expect(conv3.depth).toBeGreaterThan(conv1.depth);
});

test('vectors are bars, longer vectors taller; shape-keeping steps are tags', () => {
	const fc1 = geometryOf([2048], 'linear');
	const fc3 = geometryOf([1000], 'linear');
	if (fc1.form !== 'bar' || fc3.form !== 'bar') throw new Error('expected bars');
	expect(fc1.height).toBeGreaterThan(fc3.height);
	expect(geometryOf([48, 55, 55], 'relu')).toEqual({ form: 'tag' });
});
